package org.annalist.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annalist.store.AnnalistStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the store as CSV tables ({@link CsvTable}) in one zip archive: RFC 4180 (comma, double
 * quotes doubled inside quoted cells, CRLF between records), UTF-8 without a byte-order mark, a
 * header row in each. Text cells pass through {@link FormulaGuard}. The archive's entries carry a
 * fixed time, so the same store gives the same bytes.
 */
public final class CsvExport {
  static final String NAME = "csv";
  private static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

  private CsvExport() {}

  public static void write(AnnalistStore store, OutputStream out) {
    ExportException.unchecked(NAME, () -> {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      for (CsvTable table : CsvTable.values()) {
        ZipEntry entry = new ZipEntry(table.fileName());
        entry.setLastModifiedTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        writeTable(store, table, new OutputStreamWriter(new KeptOpen(zip), StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
    });
  }

  private static void writeTable(AnnalistStore store, CsvTable table, Writer writer)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180
        .builder()
        .setHeader(table.columns().toArray(String[]::new))
        .get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      table.rows(
          store,
          cells -> ExportException.unchecked(NAME, () -> printer.printRecord(guarded(cells))));
    }
  }

  private static List<@Nullable Object> guarded(@Nullable Object[] cells) {
    List<@Nullable Object> guarded = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      guarded.add(
          cell == null || cell instanceof Number ? cell : FormulaGuard.guard(cell.toString()));
    }
    return guarded;
  }

  /** The archive seen through a table's writer: closing the writer ends the table, not the archive. */
  private static final class KeptOpen extends FilterOutputStream {
    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
