package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentIdTest {

  @Test
  void isTheSha256OfTheBytes() {
    assertThat(DocumentId.ofBytes("abc".getBytes(StandardCharsets.US_ASCII)).value())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void rejectsAnythingButSixtyFourLowerCaseHexDigits() {
    assertThatThrownBy(() -> DocumentId.of("ABC")).hasMessageContaining("was 'ABC'");
  }
}
