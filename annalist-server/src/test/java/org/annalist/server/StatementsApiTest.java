package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import okhttp3.Response;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredTimeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/statements}: the mentions kept off the timeline, paged, of one document or one
 * reason; the search hit that says its sentence holds one; and the timeline's mark on events
 * only fiction tells. On {@link HostileStore}, whose every document has one statement.
 */
class StatementsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  private AnnalistStore store;

  @BeforeEach
  void writeStore() {
    store = HostileStore.write(directory, 3);
  }

  @Test
  void statementsComeInPagesAndNarrowToADocumentOrAReason() {
    String document = store.documents().get(1).id().value();
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode all = json(client.get("/api/statements?limit=2"), 200);
      assertThat(all.get("total").asInt()).isEqualTo(3);
      assertThat(all.get("items")).hasSize(2);
      assertThat(all.get("limit").asInt()).isEqualTo(2);

      JsonNode one = json(client.get("/api/statements?document=" + document), 200);
      assertThat(one.get("total").asInt()).isEqualTo(1);
      JsonNode statement = one.get("items").get(0);
      assertThat(statement.get("document").asText()).isEqualTo(document);
      assertThat(statement.get("why").asText()).isEqualTo("report");
      String text = store.documents().stream()
          .filter(d -> d.id().value().equals(document))
          .findFirst()
          .flatMap(d -> store.document(d.id()))
          .orElseThrow()
          .document()
          .text();
      assertThat(text.substring(
              statement.get("start").asInt(), statement.get("end").asInt()))
          .isEqualTo(statement.get("quote").asText());
      assertThat(statement.get("factuality").get("reported_by").asText())
          .isEqualTo(HostileStore.MARKUP.get(1));

      assertThat(
              json(client.get("/api/statements?why=report"), 200).get("total").asInt())
          .isEqualTo(3);
      assertThat(
              json(client.get("/api/statements?why=negated"), 200).get("total").asInt())
          .isZero();
      assertThat(json(client.get("/api/statements?offset=3"), 200).get("items")).isEmpty();
    });
  }

  @Test
  void badFiltersAreRefusedInTheErrorShape() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode why = json(client.get("/api/statements?why=rumour"), 400);
      assertThat(why.get("type").asText()).isEqualTo("bad-request");
      assertThat(why.get("details").asText()).contains("mental-state").contains("rumour");
      assertThat(
              json(client.get("/api/statements?document=abc"), 400).get("title").asText())
          .isEqualTo("Bad request");
      assertThat(
              json(client.get("/api/statements?limit=501"), 400).get("details").asText())
          .contains("limit");
    });
  }

  @Test
  void aSearchHitSaysWhyItsSentenceHoldsAStatement() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode hits = json(client.get("/api/search?q=Brand%20wrote"), 200).get("hits");
      assertThat(hits).isNotEmpty();
      assertThat(hits.get(0).get("text").asText()).startsWith("Brand wrote to Alder");
      assertThat(hits.get(0).get("statements")).hasSize(1);
      assertThat(hits.get(0).get("statements").get(0).asText()).isEqualTo("report");
      JsonNode other =
          json(client.get("/api/search?q=Carrow%20fell"), 200).get("hits").get(0);
      assertThat(other.get("statements")).isEmpty();
    });
  }

  @Test
  void theTimelineSaysWhichEventsOnlyFictionTells() {
    String told = "{\"id\":\"%s\",\"summary\":\"%s\",\"status\":\"single-source\",\"time\":null,"
        + "\"fiction\":%s,\"attestations\":[]}";
    store.replaceTimeline(
        new StoredTimeline(
            List.of(
                new StoredTimeline.Item("ev-1", "~1", told.formatted("ev-1", "a story", "true")),
                new StoredTimeline.Item("ev-2", "~2", told.formatted("ev-2", "history", "false")),
                new StoredTimeline.Item(
                    "ev-3",
                    "~3",
                    "{\"id\":\"ev-3\",\"summary\":\"stored before\","
                        + "\"status\":\"single-source\",\"time\":null,\"attestations\":[]}")),
            List.of(),
            List.of()),
        store.generation());
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode events = json(client.get("/api/timeline"), 200).get("events");
      assertThat(events).hasSize(3);
      assertThat(events.get(0).get("fiction").asBoolean()).isTrue();
      assertThat(events.get(1).get("fiction").asBoolean()).isFalse();
      assertThat(events.get(2).get("fiction").asBoolean())
          .as("an event stored without the mark")
          .isFalse();
    });
  }

  private static JsonNode json(Response response, int status) throws IOException {
    assertThat(response.code()).isEqualTo(status);
    return JSON.readTree(response.body().string());
  }
}
