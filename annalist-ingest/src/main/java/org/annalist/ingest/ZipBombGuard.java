package org.annalist.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Refuses zip-based files (DOCX, ODT, EPUB, ...) that expand far beyond their size, before any
 * parser unpacks them.
 *
 * <p>Some parsers hold a whole zip entry, or a whole run of text, in memory before the text limit
 * can stop them, so a small file whose entries inflate to gigabytes would exhaust the heap. This
 * guard inflates every entry once, counting bytes and keeping none, and stops as soon as the total
 * passes the budget: {@value #MAX_RATIO} times the file's size, but at least {@value
 * #MIN_BUDGET_BYTES} bytes. Zips it cannot read are left to the parser to report. A zip
 * embedded in a document is unpacked by the parser of the outer one, so these counts see it only
 * as the bytes of one entry: {@link EmbeddedDocumentGuard} checks each embedded zip on its own.
 */
final class ZipBombGuard {
  static final long MAX_RATIO = 100;
  static final long MIN_BUDGET_BYTES = 64L * 1024 * 1024;
  static final int MAX_ENTRIES = 50_000;

  private static final int[] LOCAL_HEADER = {'P', 'K', 3, 4};

  private ZipBombGuard() {}

  /**
   * Checks a file's bytes; does nothing unless they are a zip.
   *
   * @throws IngestFailedException {@link FailureReason#TOO_LARGE} if the zip expands too far
   */
  static void check(byte[] bytes) throws IngestFailedException {
    if (!isZip(bytes)) {
      return;
    }
    Expansion expansion = expand(bytes, budget(bytes.length));
    if (expansion.overBudget()) {
      throw new IngestFailedException(
          FailureReason.TOO_LARGE,
          String.format(
              Locale.ROOT,
              "expands to more than %s when unzipped, over %d times its size of %s: a suspected "
                  + "decompression bomb; it was not parsed",
              Sizes.megabytes(expansion.budget()),
              MAX_RATIO,
              Sizes.megabytes(bytes.length)));
    }
    if (expansion.tooManyEntries()) {
      throw new IngestFailedException(
          FailureReason.TOO_LARGE,
          String.format(
              Locale.ROOT,
              "holds more than %,d zip entries, far more than any document; it was not parsed",
              MAX_ENTRIES));
    }
  }

  /** How far a zip of {@code size} bytes may expand: {@value #MAX_RATIO} times, or the minimum. */
  static long budget(long size) {
    return Math.max(MIN_BUDGET_BYTES, MAX_RATIO * size);
  }

  /**
   * Inflates every entry of a zip once, counting bytes and keeping none, until the count passes
   * {@code budget} or {@value #MAX_ENTRIES} entries. Zips it cannot read count as far as they
   * could be read.
   */
  static Expansion expand(byte[] bytes, long budget) {
    Counter counter;
    try {
      counter = countByCentralDirectory(bytes, budget);
    } catch (IOException | RuntimeException unreadableDirectory) {
      counter = countByLocalHeaders(bytes, budget);
    }
    return new Expansion(counter.bytes, counter.entries, budget);
  }

  static boolean isZip(byte[] bytes) {
    if (bytes.length < LOCAL_HEADER.length) {
      return false;
    }
    for (int i = 0; i < LOCAL_HEADER.length; i++) {
      if (bytes[i] != LOCAL_HEADER[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads the entries the way document parsers do: through the central directory. */
  private static Counter countByCentralDirectory(byte[] bytes, long budget) throws IOException {
    Counter counter = new Counter(budget);
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
        .get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements() && counter.canContinue()) {
        ZipArchiveEntry entry = entries.nextElement();
        counter.entries++;
        if (zip.canReadEntryData(entry)) {
          try (InputStream in = zip.getInputStream(entry)) {
            counter.inflate(in);
          } catch (IOException | RuntimeException corruptEntry) {
            // What was inflated counts; the parser will report the damage.
          }
        }
      }
    }
    return counter;
  }

  /** For zips without a readable central directory (truncated ones): the local headers. */
  private static Counter countByLocalHeaders(byte[] bytes, long budget) {
    Counter counter = new Counter(budget);
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
      while (counter.canContinue() && zip.getNextEntry() != null) {
        counter.entries++;
        counter.inflate(zip);
      }
    } catch (IOException | RuntimeException e) {
      // A broken zip: what was counted stands, and the parser will report the damage.
    }
    return counter;
  }

  /**
   * How far a zip expanded, counted up to a budget.
   *
   * @param bytes the inflated bytes counted; past the budget, counting stopped
   * @param entries the entries counted
   * @param budget the budget counted against
   */
  record Expansion(long bytes, int entries, long budget) {
    boolean overBudget() {
      return bytes > budget;
    }

    boolean tooManyEntries() {
      return entries > MAX_ENTRIES;
    }
  }

  /** Counts inflated bytes and entries against a budget. */
  private static final class Counter {
    private final long budget;
    private final byte[] buffer = new byte[64 * 1024];
    private long bytes;
    private int entries;

    Counter(long budget) {
      this.budget = budget;
    }

    boolean canContinue() {
      return !overBudget() && entries <= MAX_ENTRIES;
    }

    boolean overBudget() {
      return bytes > budget;
    }

    void inflate(InputStream in) throws IOException {
      for (int n; !overBudget() && (n = in.read(buffer)) != -1; ) {
        bytes += n;
      }
    }
  }
}
