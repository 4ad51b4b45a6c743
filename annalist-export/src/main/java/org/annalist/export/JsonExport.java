package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredDocument;
import org.annalist.store.StoredEntity;

/**
 * Writes a store as {@code annalist-export/1} JSON, streaming one document at a time so memory
 * stays flat, each item as its typed record ({@link ExportContract}). The output is
 * deterministic: the same store gives the same bytes.
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
        store.forEachDocument(document -> ExportException.unchecked(
            NAME,
            () -> ExportContract.write(
                json, document(document, store.profile(document.document().id())))));
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (StoredEntity entity : store.entities()) {
          ExportContract.write(json, entity(entity));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        TimelineItems.forEachEvent(
            store,
            event -> ExportException.unchecked(NAME, () -> ExportContract.write(json, event)));
        json.writeEndArray();
        json.writeArrayFieldStart("conflicts");
        TimelineItems.forEachConflict(
            store,
            conflict ->
                ExportException.unchecked(NAME, () -> ExportContract.write(json, conflict)));
        json.writeEndArray();
        json.writeArrayFieldStart("statements");
        TimelineItems.forEachStatement(
            store,
            statement ->
                ExportException.unchecked(NAME, () -> ExportContract.write(json, statement)));
        json.writeEndArray();
        json.writeEndObject();
      }
    });
  }

  private static ExportedEntity entity(StoredEntity entity) {
    return new ExportedEntity(
        entity.id(),
        entity.name(),
        entity.type().name(),
        entity.aliases(),
        entity.mentions().size(),
        entity.documents().stream().map(DocumentId::value).toList(),
        entity.merges().stream()
            .map(merge -> new ExportedEntity.Merge(
                merge.alias(), merge.canonical(), merge.rule(), merge.score(), merge.explanation()))
            .toList());
  }

  private static ExportedDocument document(StoredDocument stored, Optional<String> profile) {
    DocumentMetadata metadata = stored.document().metadata();
    SourceAssessment assessment = SourceAssessment.of(profile, stored.flags());
    List<ExportedProfile.FlagReason> flagReasons = new ArrayList<>();
    assessment
        .flagReasons()
        .forEach((flag, reason) -> flagReasons.add(new ExportedProfile.FlagReason(flag, reason)));
    return new ExportedDocument(
        stored.document().id().value(),
        stored.document().sourcePath(),
        metadata.title(),
        metadata.publishedIfKnown().map(Object::toString).orElse(null),
        stored.document().text(),
        assessment.flags(),
        assessment.reliability(),
        assessment.reasons(),
        stored.document().mediaType(),
        metadata.site(),
        stored.flags().countsByName(),
        flagReasons,
        stored.paths());
  }
}
