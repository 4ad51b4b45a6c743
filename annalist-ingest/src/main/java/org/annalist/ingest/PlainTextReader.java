package org.annalist.ingest;

/**
 * Reads a file that claims to be plain text (or says nothing about itself): refuses binary bytes,
 * then decodes the text exactly as it is in the file.
 */
final class PlainTextReader {
  private PlainTextReader() {}

  /**
   * The file's text, exactly as decoded (only a leading byte-order mark is dropped).
   *
   * @throws IngestFailedException {@link FailureReason#BINARY}, {@link
   *     FailureReason#UNDECODABLE}, {@link FailureReason#TOO_LARGE} or {@link
   *     FailureReason#NO_TEXT}
   */
  static DecodedText read(byte[] bytes, IngestLimits limits) throws IngestFailedException {
    rejectBinaryBytes(bytes);
    DecodedText decoded = TextDecoder.decode(bytes);
    if (decoded.hadByteOrderMark()) {
      // NUL bytes are normal in UTF-16 and UTF-32, so check the decoded characters instead.
      String evidence = BinarySniffer.binaryEvidence(decoded.text());
      if (evidence != null) {
        throw binary(evidence);
      }
    }
    if (decoded.text().length() > limits.maxTextChars()) {
      throw TextLimits.tooMuchText(limits);
    }
    if (TextLimits.isBlank(decoded.text())) {
      throw TextLimits.noText("the file holds only whitespace or control characters");
    }
    return decoded;
  }

  /** Refuses bytes that look binary, unless a byte-order mark says they are UTF-16 or UTF-32. */
  static void rejectBinaryBytes(byte[] bytes) throws IngestFailedException {
    if (ByteOrderMark.of(bytes) != null) {
      return;
    }
    String evidence = BinarySniffer.binaryEvidence(bytes);
    if (evidence != null) {
      throw binary(evidence);
    }
  }

  static IngestFailedException binary(String evidence) {
    return new IngestFailedException(
        FailureReason.BINARY,
        "looks like a binary file, not text: " + evidence + " in its first "
            + BinarySniffer.SNIFF_LENGTH + " bytes; give a text version of it");
  }
}
