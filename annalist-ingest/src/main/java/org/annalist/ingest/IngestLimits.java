package org.annalist.ingest;

import static org.annalist.model.Checks.requireArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a {@link DocumentReader} works under, so that one bad file cannot exhaust memory or
 * stall a run.
 *
 * @param maxFileBytes files larger than this are refused by their size, before they are read; at
 *     most {@link #MAX_FILE_BYTES_CEILING}, since a file is held in memory while it is read. A
 *     document embedded in a file is held in memory too, and may be no larger (if it is, the
 *     whole file is refused)
 * @param maxTextChars documents whose extracted text is longer than this are refused; for parsed
 *     formats the parser is stopped as soon as the limit is passed
 * @param parseTimeout how long a parser may run on one file before it is cancelled
 */
public record IngestLimits(long maxFileBytes, int maxTextChars, Duration parseTimeout) {

  /** The largest {@code maxFileBytes} allowed: the largest byte array a JVM can reliably hold. */
  public static final long MAX_FILE_BYTES_CEILING = Integer.MAX_VALUE - 16;

  /** 32 MiB per file, 20 million characters of text, 60 seconds of parsing. */
  public static final IngestLimits DEFAULTS =
      new IngestLimits(32L * 1024 * 1024, 20_000_000, Duration.ofSeconds(60));

  public IngestLimits {
    Objects.requireNonNull(parseTimeout, "parseTimeout");
    requireArgument(
        maxFileBytes > 0 && maxFileBytes <= MAX_FILE_BYTES_CEILING,
        "maxFileBytes must be between 1 and %s, was %s",
        MAX_FILE_BYTES_CEILING,
        maxFileBytes);
    requireArgument(maxTextChars > 0, "maxTextChars must be positive, was %s", maxTextChars);
    requireArgument(
        !parseTimeout.isNegative() && !parseTimeout.isZero(),
        "parseTimeout must be positive, was %s",
        parseTimeout);
  }

  /** These limits with another file size limit. */
  public IngestLimits withMaxFileBytes(long bytes) {
    return new IngestLimits(bytes, maxTextChars, parseTimeout);
  }

  /** These limits with another text length limit. */
  public IngestLimits withMaxTextChars(int chars) {
    return new IngestLimits(maxFileBytes, chars, parseTimeout);
  }

  /** These limits with another parse timeout. */
  public IngestLimits withParseTimeout(Duration timeout) {
    return new IngestLimits(maxFileBytes, maxTextChars, timeout);
  }
}
