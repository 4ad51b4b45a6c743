package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path work;

  @Test
  void printsOneJsonLinePerExpressionWithOffsetsIntoTheFilesText() throws IOException {
    String text =
        "Updated on 2024-02-08\r\n\r\nOn December 6, 1949, 😀 he left. He arrived on December 16.\r\nThe next day he met Stalin.\r\n";
    Path file = work.resolve("story.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("timex", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> lines = run.out().lines().map(TimexCommandTest::parse).toList();
    assertThat(lines)
        .extracting(line -> line.get("value").asText())
        .containsExactly("2024-02-08", "1949-12-06", "1949-12-16", "1949-12-17");
    for (JsonNode line : lines) {
      assertThat(line.get("file").asText()).isEqualTo(file.toString());
      assertThat(text.substring(line.get("start").asInt(), line.get("end").asInt()))
          .isEqualTo(line.get("text").asText());
      assertThat(line.get("type").asText()).isEqualTo("DATE");
    }
    assertThat(lines.get(3).get("earliest").asText()).isEqualTo("1949-12-17");
  }

  @Test
  void theModeAndCreationTimeCanBeGiven() throws IOException {
    Path file = work.resolve("news.txt");
    Files.writeString(file, "On Monday shares fell.\n");

    CliRun run = CliRun.of("timex", "--dct", "2009-06-03", "--mode", "news", file.toString());

    assertThat(parse(run.out().strip()).get("value").asText()).isEqualTo("2009-06-01");
  }

  @Test
  void badFilesGetAReasonAndTheOthersGoOn() throws IOException {
    Path empty = Files.write(work.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(work.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Path good = Files.writeString(work.resolve("good.txt"), "In July 1941 he asked.\n");

    CliRun run = CliRun.of("timex", empty.toString(), binary.toString(), good.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(empty + ": empty:").contains(binary + ": binary:");
    assertThat(parse(run.out().strip()).get("value").asText()).isEqualTo("1941-07");
  }

  @Test
  void anUnknownModeIsMisuse() throws IOException {
    Path file = Files.writeString(work.resolve("a.txt"), "In 1941.\n");
    CliRun run = CliRun.of("timex", "--mode", "poetry", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--mode", "must be auto, news or narrative, was 'poetry'");
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
