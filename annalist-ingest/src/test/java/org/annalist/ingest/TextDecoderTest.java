package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Property(tries = 200)
  void anyUtf8TextDecodesToItself(
      @ForAll @CharRange(from = ' ', to = '\uD7FF') @Chars({'\n', '\r', '\t'}) String text)
      throws Exception {
    Assume.that(!text.isEmpty());

    DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset()).isEqualTo("UTF-8");
  }

  @Property(tries = 200)
  void anyUtf16TextWithAMarkDecodesToItself(
      @ForAll @CharRange(from = ' ', to = '\uFFFD') @Chars({'\n', '\r'}) String text)
      throws Exception {
    Assume.that(text.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    assertThat(TextDecoder.decode(bytes).text()).isEqualTo(text);
  }

  @Test
  void cyrillicInWindows1251IsDetected() throws Exception {
    String text = "Сталин направил Мао Цзэдуну шесть телеграмм с просьбой прислать войска. "
        + "Мао отвечал уклончиво, ссылаясь на трудности войны с Японией. ".repeat(3);
    Charset cp1251 = Charset.forName("windows-1251");

    DecodedText decoded = TextDecoder.decode(text.getBytes(cp1251));

    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset()).isEqualTo("windows-1251");
  }

  @Test
  void malformedTextAfterAByteOrderMarkIsUndecodable() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k', (byte) 0xC3, '(', (byte) 0xFF};

    assertThatThrownBy(() -> TextDecoder.decode(bytes))
        .isInstanceOfSatisfying(IngestFailedException.class, e -> {
          assertThat(e.reason()).isEqualTo(FailureReason.UNDECODABLE);
          assertThat(e.getMessage()).contains("UTF-8 byte-order mark").contains("byte offset 5");
        });
  }

  @Test
  void theOffsetOfTheFirstInvalidSequenceIsReported() {
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i < 10 ? 'a' : 0xFF);
    }

    assertThatThrownBy(() -> TextDecoder.decode(bytes))
        .hasMessageContaining("first invalid byte sequence at byte offset 10");
  }

  /** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
  static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80
          ? 1
          : b >= 0xC2 && b <= 0xDF
              ? 2
              : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (length == 0 || i + length > bytes.length) {
        return i;
      }
      for (int k = 1; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      String decoded = new String(bytes, i, length, StandardCharsets.UTF_8);
      if (decoded.contains("\uFFFD")) {
        return i; // overlong forms and surrogates
      }
      i += length;
    }
    return -1;
  }
}
