package org.annalist.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export back with Apache Commons CSV (RFC 4180, header row): each table of the zip
 * as rows of cells by column name, raw as written or with the formula guard undone.
 */
public final class CsvExportReader {
  private static final CSVFormat RFC_4180_WITH_HEADER =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private CsvExportReader() {}

  /** Each table by file name, its rows as written (guarded cells keep their apostrophe). */
  public static Map<String, List<Map<String, String>>> raw(byte[] zip) throws IOException {
    Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
    try (ZipInputStream entries =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        String csv = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), RFC_4180_WITH_HEADER)) {
          for (CSVRecord record : parser) {
            if (!record.isConsistent()) {
              throw new IOException(entry.getName() + " line " + record.getRecordNumber() + " has "
                  + record.size() + " cells for " + parser.getHeaderNames().size() + " columns");
            }
            rows.add(record.toMap());
          }
        }
        tables.put(entry.getName(), rows);
      }
    }
    return tables;
  }

  /** Each table by file name, every cell with the formula guard undone: the exact values. */
  public static Map<String, List<Map<String, String>>> read(byte[] zip) throws IOException {
    Map<String, List<Map<String, String>>> tables = raw(zip);
    tables
        .values()
        .forEach(rows -> rows.replaceAll(row -> {
          Map<String, String> exact = new LinkedHashMap<>();
          row.forEach((column, cell) -> exact.put(column, unguard(cell)));
          return exact;
        }));
    return tables;
  }

  /** What a reader of the CSV does: one leading apostrophe is the guard's, not the value's. */
  public static String unguard(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  /** The quotes of the attestations, claims and statements tables. */
  public static List<ExportedQuote> quotes(Map<String, List<Map<String, String>>> tables) {
    List<ExportedQuote> quotes = new ArrayList<>();
    for (String table : List.of("attestations.csv", "claims.csv", "statements.csv")) {
      tables
          .get(table)
          .forEach(row -> quotes.add(new ExportedQuote(
              row.get("document_id"),
              Integer.parseInt(row.get("start")),
              Integer.parseInt(row.get("end")),
              row.get("quote"))));
    }
    return quotes;
  }
}
