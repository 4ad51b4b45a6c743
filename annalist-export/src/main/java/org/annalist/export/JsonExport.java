package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.DocumentMetadata;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredDocument;
import org.annalist.store.StoredEntity;

/**
 * Writes a store as {@code annalist-export/1} JSON, streaming one document at a time so memory
 * stays flat. The output is deterministic: the same store gives the same bytes.
 */
public final class JsonExport {
  public static final String FORMAT = "annalist-export/1";
  static final String NAME = "json";

  private JsonExport() {}

  public static void write(AnnalistStore store, OutputStream out) {
    ExportException.unchecked(NAME, () -> {
      try (JsonGenerator json = JsonOutput.generator(out)) {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeArrayFieldStart("documents");
        store.forEachDocument(document -> ExportException.unchecked(NAME,
            () -> writeDocument(json, document, store.profile(document.document().id()))));
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (StoredEntity entity : store.entities()) {
          writeEntity(json, entity);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        store.forEachEvent(item -> ExportException.unchecked(NAME, () -> json.writeTree(TimelineItems.parse(item))));
        json.writeEndArray();
        json.writeArrayFieldStart("conflicts");
        store.forEachConflict(item -> ExportException.unchecked(NAME, () -> json.writeTree(TimelineItems.parse(item))));
        json.writeEndArray();
        json.writeEndObject();
      }
    });
  }

  private static void writeEntity(JsonGenerator json, StoredEntity entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", entity.id());
    json.writeStringField("name", entity.name());
    json.writeStringField("type", entity.type());
    json.writeArrayFieldStart("aliases");
    for (String alias : entity.aliases()) {
      json.writeString(alias);
    }
    json.writeEndArray();
    json.writeNumberField("mentions", entity.mentions().size());
    json.writeArrayFieldStart("documents");
    for (var document : entity.documents()) {
      json.writeString(document.value());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("merges");
    for (StoredEntity.Merge merge : entity.merges()) {
      json.writeStartObject();
      json.writeStringField("alias", merge.alias());
      json.writeStringField("into", merge.canonical());
      json.writeStringField("rule", merge.rule());
      json.writeNumberField("score", merge.score());
      json.writeStringField("explanation", merge.explanation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeDocument(JsonGenerator json, StoredDocument stored, Optional<String> profile)
      throws IOException {
    DocumentMetadata metadata = stored.document().metadata();
    SourceAssessment assessment = SourceAssessment.of(profile, stored.flags());
    json.writeStartObject();
    json.writeStringField("id", stored.document().id().value());
    json.writeStringField("path", stored.document().sourcePath());
    json.writeStringField("title", metadata.title());
    json.writeStringField("published", metadata.publishedIfKnown().map(Object::toString).orElse(null));
    json.writeStringField("text", stored.document().text());
    json.writeArrayFieldStart("flags");
    for (String flag : assessment.flags()) {
      json.writeString(flag);
    }
    json.writeEndArray();
    json.writeNumberField("reliability", assessment.reliability());
    json.writeArrayFieldStart("reasons");
    for (String reason : assessment.reasons()) {
      json.writeString(reason);
    }
    json.writeEndArray();
    json.writeStringField("media_type", stored.document().mediaType());
    json.writeStringField("site", metadata.site());
    json.writeObjectFieldStart("flag_counts");
    for (Map.Entry<String, Integer> flag : stored.flags().counts().entrySet()) {
      json.writeNumberField(flag.getKey(), flag.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("flag_reasons");
    for (Map.Entry<String, String> reason : assessment.flagReasons().entrySet()) {
      json.writeStartObject();
      json.writeStringField("flag", reason.getKey());
      json.writeStringField("reason", reason.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("paths");
    for (String path : stored.paths()) {
      json.writeString(path);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
