package org.annalist.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.jspecify.annotations.Nullable;

/**
 * Finds the character set of a text file and decodes it exactly, changing nothing but a leading
 * byte-order mark, which is dropped.
 *
 * <p>The rules, in order: a byte-order mark names the charset; bytes that are valid UTF-8 are
 * UTF-8; otherwise Tika's statistical detector proposes charsets, and the first one with enough
 * confidence that decodes all the bytes without error wins; failing that, text that is mostly
 * ASCII and valid windows-1252 is taken as windows-1252 (the usual encoding of old Western
 * European text, which the detector often scores low on short texts). Anything else is refused as
 * undecodable.
 */
final class TextDecoder {
  /** The lowest detector confidence (0-100) accepted for a proposed charset. */
  static final int MIN_CONFIDENCE = 40;

  /** How many bytes the statistical detector looks at. */
  static final int DETECTION_SAMPLE = 64 * 1024;

  /** The highest share of non-ASCII bytes accepted for the windows-1252 fallback. */
  static final double MAX_NON_ASCII_SHARE_FOR_FALLBACK = 0.25;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes the bytes of a text file.
   *
   * @throws IngestFailedException {@link FailureReason#UNDECODABLE} if no charset fits
   */
  static DecodedText decode(byte[] bytes) throws IngestFailedException {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null) {
      return decodeWithMark(bytes, bom);
    }
    StrictDecoding utf8 = StrictDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.text() != null) {
      return new DecodedText(utf8.text(), StandardCharsets.UTF_8.name(), false);
    }
    DecodedText detected = decodeDetected(bytes);
    if (detected == null) {
      detected = decodeAsMostlyAsciiWindows1252(bytes);
    }
    if (detected == null) {
      throw new IngestFailedException(
          FailureReason.UNDECODABLE,
          String.format(
              "not valid UTF-8 (first invalid byte sequence at byte offset %d) and no other character "
                  + "set fits; convert the file to UTF-8",
              utf8.errorOffset()));
    }
    return detected;
  }

  private static DecodedText decodeWithMark(byte[] bytes, ByteOrderMark bom)
      throws IngestFailedException {
    StrictDecoding decoding = StrictDecoding.decode(bytes, bom.length(), bom.charset());
    if (decoding.text() == null) {
      throw new IngestFailedException(
          FailureReason.UNDECODABLE,
          String.format(
              "starts with a %s byte-order mark but is not valid %s (first invalid byte sequence at "
                  + "byte offset %d); convert the file to UTF-8",
              bom.charset().name(), bom.charset().name(), decoding.errorOffset()));
    }
    return new DecodedText(decoding.text(), bom.charset().name(), true);
  }

  private static @Nullable DecodedText decodeDetected(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(Arrays.copyOf(bytes, Math.min(bytes.length, DETECTION_SAMPLE)));
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < MIN_CONFIDENCE) {
        break; // matches come best first
      }
      Charset charset = charsetNamed(match.getName());
      if (charset == null) {
        continue;
      }
      StrictDecoding decoding = StrictDecoding.decode(bytes, 0, charset);
      if (decoding.text() != null && BinarySniffer.binaryEvidence(decoding.text()) == null) {
        return new DecodedText(decoding.text(), charset.name(), false);
      }
    }
    return null;
  }

  private static @Nullable DecodedText decodeAsMostlyAsciiWindows1252(byte[] bytes) {
    long nonAscii = 0;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii++;
      }
    }
    if (nonAscii > bytes.length * MAX_NON_ASCII_SHARE_FOR_FALLBACK) {
      return null;
    }
    StrictDecoding decoding = StrictDecoding.decode(bytes, 0, WINDOWS_1252);
    return decoding.text() == null
        ? null
        : new DecodedText(decoding.text(), WINDOWS_1252.name(), false);
  }

  private static @Nullable Charset charsetNamed(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
