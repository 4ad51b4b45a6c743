package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsExportTest {
  @TempDir
  Path directory;

  private HostileTimeline fixture;
  private JsonNode timeline;
  private final Map<String, JsonNode> slides = new HashMap<>();

  @BeforeEach
  void export() throws IOException {
    fixture = new HostileTimeline(directory);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFormat.TIMELINEJS.write(fixture.store, out);
    timeline = new ObjectMapper().readTree(out.toByteArray());
    timeline.get("events").forEach(slide -> slides.put(slide.get("unique_id").asText(), slide));
  }

  @Test
  void isValidTimelineJs3DataByTheSchemaWrittenFromItsDocumentation() {
    assertThat(TimelineJsReader.problems(timeline)).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTimelineJsCannotRead() throws IOException {
    ObjectMapper json = new ObjectMapper();
    assertThat(TimelineJsReader.problems(
            json.readTree("{\"events\":[{\"text\":{\"headline\":\"no date\"}}]}")))
        .isNotEmpty();
    assertThat(TimelineJsReader.problems(
            json.readTree("{\"events\":[{\"start_date\":{\"year\":1941,\"month\":13}}]}")))
        .isNotEmpty();
    assertThat(TimelineJsReader.problems(
            json.readTree("{\"events\":[{\"start-date\":{\"year\":1941}}]}")))
        .isNotEmpty();
  }

  @Test
  void aSlideAnEventDatedAsFinelyAsItIsKnownAndTheUndatedOneIsCountedNotShown() {
    assertThat(slides.keySet())
        .containsExactlyInAnyOrder(
            "ev-000000000001", "ev-000000000002", "ev-000000000003", "ev-000000000004");
    assertThat(slides.get("ev-000000000001").get("start_date").toString())
        .isEqualTo("{\"year\":1941,\"month\":7}");
    assertThat(slides.get("ev-000000000001").has("end_date")).isFalse();
    assertThat(slides.get("ev-000000000002").get("start_date").toString())
        .isEqualTo("{\"year\":1941,\"month\":6,\"day\":22}");
    assertThat(slides.get("ev-000000000003").get("start_date").toString())
        .isEqualTo("{\"year\":1942}");
    assertThat(slides.get("ev-000000000004").get("start_date").toString())
        .isEqualTo("{\"year\":1942,\"month\":5}");
    assertThat(slides.get("ev-000000000004").get("end_date").toString())
        .isEqualTo("{\"year\":1942,\"month\":7}");
    assertThat(slides.get("ev-000000000004").get("display_date").asText())
        .isEqualTo("between May and July 1942");
    assertThat(slides.get("ev-000000000001").get("group").asText()).isEqualTo("conflicting");
    assertThat(
            TimelineJsReader.shown(timeline.get("title").get("text").get("text").asText()))
        .contains("2 document(s)", "1 undated event(s) are not shown");
  }

  @Test
  void everyQuoteShownIsItsDocumentsTextAtItsOffsetsAndNoDocumentTextBecomesMarkup() {
    ExportedQuote.assertEachIsTheTextAtItsOffsets(
        ExportedQuote.texts(fixture.store), TimelineJsReader.quotes(timeline));
    assertThat(TimelineJsReader.quotes(timeline)).hasSize(6);

    JsonNode asked = slides.get("ev-000000000001");
    assertThat(TimelineJsReader.shown(asked.get("text").get("headline").asText()))
        .isEqualTo("Stalin ask Mao for troop <b>&</b>");
    String html = asked.get("text").get("text").asText();
    assertThat(Jsoup.parseBodyFragment(html).select("script, img, b, i")).isEmpty();
    assertThat(Jsoup.parseBodyFragment(html).select("cite").eachText())
        .containsExactly("Telegrams & \"Troops\"", "<img src=x onerror=alert(1)>");
    assertThat(Jsoup.parseBodyFragment(html).select("p.conflict").text())
        .contains("<i>a.txt</i> says Mao refused");
  }

  @Test
  void anEraASourceFromTheFirstToTheLastDayOfTheDatedEventsItTells() {
    assertThat(timeline.get("eras")).hasSize(2);
    JsonNode first = timeline.get("eras").get(0);
    assertThat(TimelineJsReader.shown(first.get("text").get("headline").asText()))
        .isEqualTo("Telegrams & \"Troops\"");
    assertThat(first.get("start_date").toString())
        .isEqualTo("{\"year\":1941,\"month\":6,\"day\":22}");
    assertThat(first.get("end_date").toString())
        .isEqualTo("{\"year\":1942,\"month\":12,\"day\":31}");
    JsonNode second = timeline.get("eras").get(1);
    assertThat(second.get("start_date").toString())
        .isEqualTo("{\"year\":1941,\"month\":7,\"day\":1}");
    assertThat(second.get("end_date").toString())
        .isEqualTo("{\"year\":1942,\"month\":7,\"day\":31}");
  }
}
