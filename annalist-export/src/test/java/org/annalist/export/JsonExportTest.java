package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.EntityType;
import org.annalist.model.FlagName;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.store.AnnalistStore;
import org.annalist.testsupport.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExportTest {
  private static final Provenance BY_TEST = new Provenance("clean", "1", "run-1");

  @TempDir
  Path directory;

  @Test
  void writesTheContractWithEveryDocumentTextAndFlags() throws IOException {
    AnnalistStore store = AnnalistStore.open(directory);
    Document redacted = TestDocuments.of("/c/b.txt", "Stalin wrote to ** twice.\r\n");
    store.save(
        AnnotatedDocument.of(redacted)
            .with(
                List.of(AnnotationLayer.builder(Layers.REDACTION, redacted, BY_TEST)
                    .add(16, 18, "asterisks")
                    .build()),
                DocumentFlags.of(Map.of(FlagName.REDACTED, 1))),
        "clean@1",
        "run-1");
    Document plain = TestDocuments.of("/c/a.txt", "A plain text \"quoted\" — 😀\n");
    store.save(AnnotatedDocument.of(plain), "clean@1", "run-1");

    JsonNode export = new ObjectMapper().readTree(exported(store));

    assertThat(export.get("format").asText()).isEqualTo("annalist-export/1");
    assertThat(export.get("entities").isArray()).isTrue();
    assertThat(export.get("events").isArray()).isTrue();
    assertThat(export.get("conflicts").isArray()).isTrue();
    JsonNode documents = export.get("documents");
    assertThat(documents).hasSize(2);
    JsonNode first = documents.get(0);
    assertThat(first.get("path").asText()).isEqualTo("/c/a.txt");
    assertThat(first.get("text").asText()).isEqualTo(plain.text());
    assertThat(first.get("id").asText()).isEqualTo(plain.id().value());
    assertThat(first.get("published").isNull()).isTrue();
    assertThat(first.get("flags")).isEmpty();
    JsonNode second = documents.get(1);
    assertThat(second.get("text").asText()).isEqualTo(redacted.text());
    assertThat(second.get("flags").get(0).asText()).isEqualTo("redacted");
    assertThat(second.get("reliability").asDouble()).isBetween(0.0, 1.0);
    assertThat(second.get("reasons").toString()).contains("redacted: 1 span");
  }

  @Test
  void writesEntitiesWithAliasesMentionCountsDocumentsAndMerges() throws IOException {
    AnnalistStore store = AnnalistStore.open(directory);
    Document document = TestDocuments.of("/c/a.txt", "Stalin and Dalin met.");
    store.save(AnnotatedDocument.of(document), "clean@1", "run-1");
    store.replaceEntities(List.of(new org.annalist.store.StoredEntity(
        "person:stalin",
        "Stalin",
        EntityType.PERSON,
        List.of("Dalin", "Stalin"),
        List.of(
            new org.annalist.store.StoredEntity.Mention(
                document.id(), org.annalist.model.Span.of(0, 6)),
            new org.annalist.store.StoredEntity.Mention(
                document.id(), org.annalist.model.Span.of(11, 16))),
        List.of(new org.annalist.store.StoredEntity.Merge(
            "Dalin", "Stalin", "spelling+context", 0.8, "one edit apart")))));

    JsonNode entity =
        new ObjectMapper().readTree(exported(store)).get("entities").get(0);

    assertThat(entity.get("id").asText()).isEqualTo("person:stalin");
    assertThat(entity.get("name").asText()).isEqualTo("Stalin");
    assertThat(entity.get("type").asText()).isEqualTo("PERSON");
    assertThat(entity.get("aliases").toString()).isEqualTo("[\"Dalin\",\"Stalin\"]");
    assertThat(entity.get("mentions").asInt()).isEqualTo(2);
    assertThat(entity.get("documents").get(0).asText()).isEqualTo(document.id().value());
    assertThat(entity.get("merges").get(0).get("rule").asText()).isEqualTo("spelling+context");
  }

  @Test
  void theSameStoreGivesTheSameBytes() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(AnnotatedDocument.of(TestDocuments.of("/c/a.txt", "Text.")), "clean@1", "run-1");
    assertThat(exported(store)).isEqualTo(exported(store));
  }

  @Test
  void namesTheKnownFormatsWhenAskedForAnUnknownOne() {
    assertThat(ExportFormat.named("JSON")).isEqualTo(ExportFormat.JSON);
    assertThat(ExportFormat.named("JsonLD")).isEqualTo(ExportFormat.JSONLD);
    assertThatThrownBy(() -> ExportFormat.named("xml"))
        .hasMessage(
            "unknown export format 'xml'; known formats: json, csv, timelinejs, graphml, jsonld");
  }

  @Test
  void aTimelineWithEveryKindOfItemKeepsToTheSchemaAndReadsBackAsItWasStored() throws IOException {
    HostileTimeline fixture = new HostileTimeline(directory);
    JsonNode export = new ObjectMapper().readTree(exported(fixture.store));

    assertThat(export.get("events")).hasSize(5);
    List<String> stored = new java.util.ArrayList<>();
    fixture.store.forEachEvent(stored::add);
    fixture.store.forEachConflict(stored::add);
    assertThat(stored)
        .isNotEmpty()
        .allSatisfy(json -> assertThat(ExportContract.toJson(
                json.contains("\"claims\"")
                    ? ExportContract.conflict(json)
                    : ExportContract.event(json)))
            .isEqualTo(json));
  }

  @Test
  void theSchemaRefusesAnExportThatBreaksTheContract() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String valid = exported(new HostileTimeline(directory).store);
    List<String> broken = List.of(
        valid.replaceFirst(
            "\"format\" : \"annalist-export/1\"", "\"format\" : \"annalist-export/2\""),
        valid.replaceFirst("\"status\" : \"conflicting\"", "\"status\" : \"disputed\""),
        valid.replaceFirst("\"time_source\" : \"sentence\"", "\"time_source\" : \"guess\""),
        valid.replaceFirst("\"id\" : \"ev-000000000001\"", "\"id\" : \"event 1\""),
        valid.replaceFirst("\"earliest\" : \"1941-07-01\"", "\"earliest\" : \"July 1941\""),
        valid.replaceFirst("\"trigger_start\" : ", "\"trigger_begin\" : "),
        valid.replaceFirst("\"reliability\" : 0.35", "\"reliability\" : 1.35"));
    assertThat(ExportSchema.problems(json.readTree(valid))).isEmpty();
    for (String export : broken) {
      assertThat(export).isNotEqualTo(valid);
      assertThat(ExportSchema.problems(json.readTree(export)))
          .as(export.substring(0, 80))
          .isNotEmpty();
    }
  }

  /** The JSON export of the store, checked against the contract's schema. */
  private static String exported(AnnalistStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonExport.write(store, out);
    String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    try {
      assertThat(ExportSchema.problems(new ObjectMapper().readTree(json)))
          .as("problems by the schema")
          .isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return json;
  }
}
