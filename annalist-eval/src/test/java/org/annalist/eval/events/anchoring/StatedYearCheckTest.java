package org.annalist.eval.events.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatedYearCheckTest {
  @Test
  void findsATellingDatedOutsideTheYearItsSentenceStates() {
    StatedYearCheck.Result result = StatedYearCheck.check(export(
        attestation("In the battle of Korsk in 1943, the army won.", "1941-01", "story"),
        attestation("In 1943 the army won.", "1943", "stated"),
        attestation("The army won.", "1941-01", "story")));

    assertThat(result.attestations()).isEqualTo(3);
    assertThat(result.stating()).isEqualTo(2);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.value()).isEqualTo("1941-01");
      assertThat(finding.years()).containsExactly(1943);
    });
  }

  @Test
  void aWindowOfTwoDatesCoveringTheYearPasses() {
    StatedYearCheck.Result result = StatedYearCheck.check(
        export(attestation("By 1943 the army had won.", "1942-11/1943-02", "story")));

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void yearsInNamesAndCountsAreNotStatedYears() {
    assertThat(
            StatedYearCheck.statedYears("Mao spoke of the 1945 Treaty in 1949.").keySet())
        .containsExactly(1949);
    assertThat(StatedYearCheck.statedYears("The Treaty of 1945 was read.")).isEmpty();
    assertThat(StatedYearCheck.statedYears("Planes carried 2000 tons a day.")).isEmpty();
    assertThat(StatedYearCheck.statedYears("In the 1940s it grew.")).isEmpty();
    assertThat(StatedYearCheck.statedYears("In 1943 was the turn.").keySet()).containsExactly(1943);
  }

  @Test
  void exitsWithOneAndListsWhatItFinds(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("export.json");
    Files.writeString(
        file, export(attestation("In 1943 the army won.", "1941", "story")).toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = StatedYearCheck.run(
        new String[] {"--export", file.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        System.err);

    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("dated outside every year their sentence states: 1")
        .contains("In 1943 the army won.");
  }

  private static String attestation(String quote, String value, String basis) {
    return String.format(
        "{\"document\":\"d1\",\"quote\":\"%s\",\"time_value\":\"%s\",\"time_basis\":\"%s\"}",
        quote, value, basis);
  }

  private static JsonNode export(String... attestations) {
    try {
      return new ObjectMapper()
          .readTree("{\"events\":[{\"attestations\":[" + String.join(",", attestations) + "]}]}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
