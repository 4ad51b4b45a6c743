package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {

  @Test
  void ordinaryTextIsNotBinary() {
    String text = "Line one\r\n\tindented\fnext page\u001B[1mbold\u001B[0m\n";

    assertThat(BinarySniffer.binaryEvidence(text.getBytes(StandardCharsets.UTF_8)))
        .isNull();
    assertThat(BinarySniffer.binaryEvidence(text)).isNull();
  }

  @Test
  void aNulByteIsBinaryAndItsOffsetIsGiven() {
    byte[] bytes = "abc\0def".getBytes(StandardCharsets.US_ASCII);

    assertThat(BinarySniffer.binaryEvidence(bytes)).isEqualTo("a NUL byte at byte offset 3");
  }

  @Test
  void onlyTheFirst8KiBAreExamined() {
    byte[] bytes = new byte[BinarySniffer.SNIFF_LENGTH + 10];
    java.util.Arrays.fill(bytes, (byte) 'a');
    bytes[BinarySniffer.SNIFF_LENGTH + 5] = 0;

    assertThat(BinarySniffer.binaryEvidence(bytes)).isNull();
  }

  @Test
  void aFewStrayControlCharactersAreTolerated() {
    String text = "a".repeat(95) + "\u0001\u0002\u0003\u0007\u0008";

    assertThat(BinarySniffer.binaryEvidence(text)).isNull();
  }

  @Test
  void randomBytesWithoutANulAreBinary() {
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 200; n++) {
      byte[] bytes = new byte[1024 + random.nextInt(4096)];
      random.nextBytes(bytes);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          bytes[i] = 1;
        }
      }
      assertThat(BinarySniffer.binaryEvidence(bytes))
          .as("random sample %s", n)
          .contains("control characters");
    }
  }

  @Test
  void manyControlCharactersAreBinaryAndTheShareIsGiven() {
    String text = "ab\u0001".repeat(100);

    assertThat(BinarySniffer.binaryEvidence(text))
        .isEqualTo("100 of the first 300 characters are control characters (33%)");
  }
}
