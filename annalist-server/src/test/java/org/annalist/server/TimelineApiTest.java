package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.annalist.export.ExportContract;
import org.annalist.export.ExportedAttestation;
import org.annalist.export.ExportedConflict;
import org.annalist.export.ExportedEvent;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.model.EntityType;
import org.annalist.model.Span;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredEntity;
import org.annalist.store.StoredTimeline;
import org.annalist.testsupport.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline, event, conflict, entity and source endpoints on a timeline written by hand. */
class TimelineApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIRST =
      "Intro line.\nIn July 1941 Stalin sent a telegram to Mao. It asked for troops.\nEnd.\n";
  private static final String SECOND = "Mao refused the request in 1942.\n";

  @TempDir
  Path directory;

  private AnnalistStore store;
  private Document first;
  private Document second;

  @BeforeEach
  void storeATimeline() {
    store = AnnalistStore.open(directory);
    first = TestDocuments.of("/c/first.txt", FIRST);
    second = TestDocuments.of("/c/second.txt", SECOND);
    store.save(AnnotatedDocument.of(first), "p@1", "r");
    store.save(AnnotatedDocument.of(second), "p@1", "r");
    Span telegram = quote(FIRST, "In July 1941 Stalin sent a telegram to Mao.");
    Span refusal = quote(SECOND, "Mao refused the request in 1942.");
    ExportedEvent event = new ExportedEvent(
        "ev-1",
        "Stalin send telegram to Mao",
        "Stalin sent a telegram to Mao",
        "communication",
        0.8,
        List.of(new ExportedEvent.Relation("series", "ev-1", 1)),
        new ExportedEvent.Time("1941-07", "1941-07-01", "1941-07-31", "stated", 0.9, "July 1941"),
        List.of("person:stalin", "person:mao"),
        List.of(),
        "conflicting",
        false,
        List.of(attestation(first, telegram), attestation(second, refusal)));
    ExportedConflict conflict = new ExportedConflict(
        "cf-1",
        "ev-1",
        "time",
        "one says 1941, the other 1942",
        List.of(claim(first, telegram), claim(second, refusal)));
    ExportedEvent undated = new ExportedEvent(
        "ev-2",
        "undated",
        "undated",
        "other",
        0.1,
        List.of(),
        null,
        List.of(),
        List.of(),
        "single-source",
        false,
        List.of());
    store.replaceTimeline(
        new StoredTimeline(
            List.of(
                new StoredTimeline.Item("ev-1", "1941-07-01", ExportContract.toJson(event)),
                new StoredTimeline.Item("ev-2", "~", ExportContract.toJson(undated))),
            List.of(new StoredTimeline.Item("cf-1", "ev-1", ExportContract.toJson(conflict))),
            List.of()),
        store.generation());
    store.replaceEntities(List.of(
        new StoredEntity(
            "person:stalin",
            "Stalin",
            EntityType.PERSON,
            List.of("Stalin", "Dalin"),
            List.of(new StoredEntity.Mention(first.id(), quote(FIRST, "Stalin"))),
            List.of(new StoredEntity.Merge(
                "Dalin", "Stalin", "garbled", 0.8, "one letter apart, same context"))),
        new StoredEntity(
            "person:mao",
            "Mao",
            EntityType.PERSON,
            List.of("Mao"),
            List.of(new StoredEntity.Mention(second.id(), quote(SECOND, "Mao"))),
            List.of())));
  }

  private static Span quote(String text, String quote) {
    int start = text.indexOf(quote);
    return Span.of(start, start + quote.length());
  }

  private static ExportedAttestation attestation(Document document, Span span) {
    return new ExportedAttestation(
        document.id().value(),
        span.start(),
        span.end(),
        span.quote(document.text()),
        null,
        null,
        "none",
        "none",
        span.start(),
        span.start() + 1,
        "send",
        "positive",
        ExportedAttestation.Factuality.ASSERTED,
        "none",
        null,
        null,
        List.of(),
        null,
        List.of());
  }

  private static ExportedConflict.Claim claim(Document document, Span span) {
    return new ExportedConflict.Claim(
        document.id().value(), span.start(), span.end(), span.quote(document.text()), "v");
  }

  @Test
  void theTimelineGivesEverySummaryAndEventsComeInFilteredPages() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode timeline = json(client.get("/api/timeline"), 200);
      assertThat(timeline.get("total").asInt()).isEqualTo(2);
      assertThat(timeline.get("events").get(0).get("earliest").asText()).isEqualTo("1941-07-01");
      assertThat(timeline.get("events").get(0).get("sources").asInt()).isEqualTo(2);
      assertThat(timeline.get("events").get(1).get("earliest").isNull()).isTrue();

      JsonNode page = json(
          client.get(
              "/api/events?status=conflicting&entity=person:mao&from=1941&to=1941-07&limit=1"),
          200);
      assertThat(page.get("total").asInt()).isEqualTo(1);
      assertThat(page.get("items").get(0).get("attestations")).hasSize(2);
      assertThat(json(client.get("/api/events?from=1942"), 200).get("total").asInt())
          .isZero();
      assertThat(json(client.get("/api/events?offset=1&limit=1"), 200)
              .get("items")
              .get(0)
              .get("id")
              .asText())
          .isEqualTo("ev-2");
    });
  }

  @Test
  void anEventComesWithItsConflictsSourcesEntitiesAndTheParagraphAroundEachQuote() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode view = json(client.get("/api/events/ev-1"), 200);
      assertThat(view.get("conflicts").get(0).get("explanation").asText()).contains("1942");
      JsonNode context = view.get("contexts").get(0);
      assertThat(context.get("text").asText())
          .isEqualTo("In July 1941 Stalin sent a telegram to Mao. It asked for troops.");
      assertThat(
              FIRST.substring(context.get("start").asInt(), context.get("end").asInt()))
          .isEqualTo(context.get("text").asText());
      assertThat(view.get("contexts")).hasSize(4);
      assertThat(view.get("sources").get(second.id().value()).get("path").asText())
          .isEqualTo("/c/second.txt");
      assertThat(view.get("entities").get("person:stalin").get("name").asText())
          .isEqualTo("Stalin");
      assertThat(json(client.get("/api/events/ev-none"), 404).get("type").asText())
          .isEqualTo("not-found");
    });
  }

  @Test
  void conflictsEntitiesAndSourcesAreListedAndGivenOneByOne() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode conflict =
          json(client.get("/api/conflicts?kind=time"), 200).get("items").get(0);
      assertThat(conflict.get("id").asText()).isEqualTo("cf-1");
      assertThat(conflict.get("event_summary").asText()).isEqualTo("Stalin send telegram to Mao");
      assertThat(
              json(client.get("/api/conflicts?kind=outcome"), 200).get("total").asInt())
          .isZero();

      JsonNode entities = json(client.get("/api/entities?q=dal"), 200);
      assertThat(entities.get("items")).hasSize(1);
      JsonNode stalin = json(client.get("/api/entities/person:stalin"), 200);
      assertThat(stalin.get("merges").get(0).get("explanation").asText())
          .isEqualTo("one letter apart, same context");
      assertThat(stalin.get("mentions").get(0).get("quote").asText()).isEqualTo("Stalin");
      assertThat(stalin.get("mentions").get(0).get("before").asText()).endsWith("In July 1941 ");
      assertThat(stalin.get("events").get(0).get("id").asText()).isEqualTo("ev-1");
      assertThat(stalin.get("co_participants").get(0).get("name").asText()).isEqualTo("Mao");

      JsonNode sources = json(client.get("/api/sources"), 200);
      assertThat(sources).hasSize(2);
      JsonNode source = json(client.get("/api/sources/" + first.id().value()), 200);
      assertThat(source.get("text").asText()).isEqualTo(FIRST);
      assertThat(source.get("mentions").get(0).get("entity").asText()).isEqualTo("person:stalin");
      assertThat(source.get("events").asInt()).isEqualTo(1);
      assertThat(source.get("reliability").isNull()).as("no profile stored").isTrue();
    });
  }

  @Test
  void badParametersAreRefusedInTheErrorShape() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      assertThat(
              json(client.get("/api/events?status=maybe"), 400).get("details").asText())
          .contains("status must be one of");
      assertThat(json(client.get("/api/events?from=July"), 400).get("details").asText())
          .contains("YYYY");
      assertThat(json(client.get("/api/events?from=1943&to=1942"), 400)
              .get("details")
              .asText())
          .contains("after");
      assertThat(json(client.get("/api/events?limit=0"), 400).get("type").asText())
          .isEqualTo("bad-request");
      assertThat(json(client.get("/api/entities/nobody"), 404).get("title").asText())
          .isEqualTo("Not found");
      assertThat(json(client.get("/api/search?q=" + "a".repeat(1001)), 400)
              .get("details")
              .asText())
          .contains("1000");
    });
  }

  @Test
  void everyPathTheOpenApiDescriptionNamesIsServed() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode description = json(client.get("/api/openapi.json"), 200);
      assertThat(description.get("openapi").asText()).startsWith("3.");
      List<String> paths = new ArrayList<>();
      description.get("paths").fieldNames().forEachRemaining(paths::add);
      assertThat(paths).contains("/api/events", "/api/search", "/api/entities/{id}");
      for (String path : paths) {
        String concrete = path.replace(
            "{id}",
            path.startsWith("/api/events")
                ? "ev-1"
                : path.startsWith("/api/entities") ? "person:mao" : first.id().value());
        Response response = client.get(concrete + (path.equals("/api/search") ? "?q=Mao" : ""));
        assertThat(response.code()).as(concrete).isEqualTo(200);
      }
    });
  }

  private static JsonNode json(Response response, int status) throws IOException {
    assertThat(response.code()).isEqualTo(status);
    return JSON.readTree(response.body().string());
  }
}
