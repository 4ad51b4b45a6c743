package org.annalist.ingest;

import java.util.Locale;

/** Formats byte counts for messages. */
final class Sizes {
  private static final long MB = 1024L * 1024L;

  private Sizes() {}

  /**
   * The size in MB (2<sup>20</sup> bytes) with one decimal, e.g. {@code "50.0 MB"}; sizes under
   * 1 MB also in bytes, e.g. {@code "0.0 MB (120 bytes)"}, so that small limits read clearly.
   */
  static String megabytes(long bytes) {
    String megabytes = String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    return bytes < MB ? megabytes + String.format(Locale.ROOT, " (%,d bytes)", bytes) : megabytes;
  }
}
