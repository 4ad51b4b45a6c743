package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IngestValuesTest {

  @Test
  void failureDescribesItselfOnOneLine() {
    IngestFailure failure = new IngestFailure(
        "docs/a.pdf", FailureReason.PARSE_ERROR, "cannot parse:\n  line one\r\n  line two ");

    assertThat(failure.message()).isEqualTo("cannot parse: line one line two");
    assertThat(failure.describe())
        .isEqualTo("docs/a.pdf: parse-error: cannot parse: line one line two");
    assertThat(failure.path()).isEqualTo("docs/a.pdf");
  }

  @Test
  void failureNeedsAMessage() {
    assertThatThrownBy(() -> new IngestFailure("a.txt", FailureReason.EMPTY, " \n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.txt");
  }

  @Test
  void reasonCodesAreLowerCaseWithHyphens() {
    assertThat(Arrays.stream(FailureReason.values()).map(FailureReason::code))
        .containsExactly(
            "empty",
            "too-large",
            "unreadable",
            "binary",
            "undecodable",
            "parse-error",
            "no-text",
            "timeout",
            "unsupported");
  }

  @Test
  void defaultLimits() {
    assertThat(IngestLimits.DEFAULTS)
        .isEqualTo(new IngestLimits(32L << 20, 20_000_000, Duration.ofSeconds(60)));
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> IngestLimits.DEFAULTS.withMaxFileBytes(0))
        .hasMessage("maxFileBytes must be between 1 and 2147483631, was 0");
    assertThatThrownBy(() -> IngestLimits.DEFAULTS.withMaxTextChars(-1))
        .hasMessage("maxTextChars must be positive, was -1");
    assertThatThrownBy(() -> IngestLimits.DEFAULTS.withParseTimeout(Duration.ZERO))
        .hasMessage("parseTimeout must be positive, was PT0S");
  }

  @Test
  void sizesReadInMegabytes() {
    assertThat(Sizes.megabytes(50L << 20)).isEqualTo("50.0 MB");
    assertThat(Sizes.megabytes(1500)).isEqualTo("0.0 MB (1,500 bytes)");
  }
}
