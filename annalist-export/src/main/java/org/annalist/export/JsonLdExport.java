package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.DocumentMetadata;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredDocument;
import org.annalist.store.StoredEntity;
import org.jspecify.annotations.Nullable;

/**
 * Writes the store as JSON-LD in the Simple Event Model (SEM) with PROV-O provenance: each event a
 * {@code sem:Event} with its actors, places and time stamps, derived from its tellings; each
 * telling a W3C Web Annotation segment of its document ({@code oa:SpecificResource} with an
 * {@code oa:TextPositionSelector}) whose {@code prov:value} is the exact quote; entities as
 * {@code sem:Actor} or {@code sem:Place}; documents as {@code prov:Entity}; conflicts with their
 * claims. The mapping is documented in docs/EXPORT.md. Documents, events and conflicts stream from
 * the store; what is held is each document's code point table ({@link CodePointOffsets}).
 */
public final class JsonLdExport {
  static final String NAME = "jsonld";

  private JsonLdExport() {}

  public static void write(AnnalistStore store, OutputStream out) {
    Map<String, CodePointOffsets> offsets = new HashMap<>();
    ExportException.unchecked(NAME, () -> {
      try (JsonGenerator json = JsonOutput.generator(out)) {
        json.writeStartObject();
        JsonLdContext.write(json);
        json.writeArrayFieldStart("@graph");
        store.forEachDocument(document -> ExportException.unchecked(NAME, () -> {
          writeDocument(
              json,
              document,
              SourceAssessment.of(store.profile(document.document().id()), document.flags()));
          offsets.put(
              document.document().id().value(),
              CodePointOffsets.of(document.document().text()));
        }));
        for (StoredEntity entity : store.entities()) {
          writeEntity(json, entity);
        }
        TimelineItems.forEachEvent(
            store,
            event -> ExportException.unchecked(NAME, () -> writeEvent(json, event, offsets)));
        TimelineItems.forEachConflict(
            store,
            conflict ->
                ExportException.unchecked(NAME, () -> writeConflict(json, conflict, offsets)));
        json.writeEndArray();
        json.writeEndObject();
      }
    });
  }

  private static void writeDocument(
      JsonGenerator json, StoredDocument stored, SourceAssessment assessment) throws IOException {
    String id = stored.document().id().value();
    DocumentMetadata metadata = stored.document().metadata();
    json.writeStartObject();
    json.writeStringField("@id", LinkedDataIds.document(id));
    json.writeStringField("@type", "prov:Entity");
    json.writeStringField("dcterms:identifier", id);
    if (metadata.title() != null) {
      json.writeStringField("dcterms:title", metadata.title());
    }
    if (metadata.published() != null) {
      json.writeStringField("dcterms:issued", metadata.published().toString());
    }
    json.writeStringField("dcterms:format", stored.document().mediaType());
    json.writeStringField("annalist:path", stored.document().sourcePath());
    json.writeNumberField("annalist:reliability", assessment.reliability());
    writeStrings(json, "annalist:flag", assessment.flags());
    json.writeEndObject();
  }

  private static void writeEntity(JsonGenerator json, StoredEntity entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("@id", LinkedDataIds.entity(entity.id()));
    switch (entity.type()) {
      case PERSON, ORGANIZATION -> json.writeStringField("@type", "sem:Actor");
      case LOCATION -> json.writeStringField("@type", "sem:Place");
      case MISC -> {}
    }
    json.writeStringField("rdfs:label", entity.name());
    writeStrings(json, "skos:altLabel", entity.aliases());
    json.writeStringField("annalist:entityType", entity.type().name());
    json.writeNumberField("annalist:mentions", entity.mentions().size());
    json.writeEndObject();
  }

  private static void writeEvent(
      JsonGenerator json, ExportedEvent event, Map<String, CodePointOffsets> offsets)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("@id", LinkedDataIds.event(event.id()));
    json.writeStringField("@type", "sem:Event");
    json.writeStringField("rdfs:label", event.summary());
    json.writeStringField("annalist:status", event.status());
    EventDate time = event.date();
    if (time != null) {
      json.writeStringField("annalist:timexValue", time.value());
      if (time.isOneDay()) {
        json.writeStringField("sem:hasTimeStamp", time.earliest().toString());
      }
      json.writeStringField("sem:hasEarliestBeginTimeStamp", time.earliest().toString());
      json.writeStringField("sem:hasLatestEndTimeStamp", time.latest().toString());
    }
    writeStrings(
        json,
        "sem:hasActor",
        event.participants().stream().map(LinkedDataIds::entity).toList());
    writeStrings(
        json, "sem:hasPlace", event.places().stream().map(LinkedDataIds::entity).toList());
    json.writeArrayFieldStart("prov:wasDerivedFrom");
    for (ExportedAttestation attestation : event.attestations()) {
      writeSegment(
          json, attestation.located(), offsets, "annalist:timeText", attestation.timeText());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeConflict(
      JsonGenerator json, ExportedConflict conflict, Map<String, CodePointOffsets> offsets)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("@id", LinkedDataIds.conflict(conflict.id()));
    json.writeStringField("@type", "annalist:Conflict");
    json.writeStringField("annalist:about", LinkedDataIds.event(conflict.event()));
    json.writeStringField("annalist:kind", conflict.kind());
    json.writeStringField("rdfs:comment", conflict.explanation());
    json.writeArrayFieldStart("annalist:claim");
    for (ExportedConflict.Claim claim : conflict.claims()) {
      writeSegment(json, claim.located(), offsets, "annalist:claimedValue", claim.value());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * A quoted segment of a document: its exact words, the document it is quoted from, its place
   * there in code points ({@code oa:start}, {@code oa:end}) and in UTF-16 units
   * ({@code annalist:start}, {@code annalist:end}), and what the telling or claim adds, if anything.
   */
  private static void writeSegment(
      JsonGenerator json,
      Quote quote,
      Map<String, CodePointOffsets> offsets,
      String addedField,
      @Nullable String added)
      throws IOException {
    json.writeStartObject();
    String document = LinkedDataIds.document(quote.document());
    CodePointOffsets codePoints = offsets.getOrDefault(quote.document(), CodePointOffsets.NONE);
    writeStrings(json, "@type", List.of("oa:SpecificResource", "prov:Entity"));
    json.writeStringField("prov:value", quote.quote());
    json.writeStringField("oa:hasSource", document);
    json.writeStringField("prov:wasQuotedFrom", document);
    json.writeObjectFieldStart("oa:hasSelector");
    json.writeStringField("@type", "oa:TextPositionSelector");
    json.writeNumberField("oa:start", codePoints.codePointAt(quote.start()));
    json.writeNumberField("oa:end", codePoints.codePointAt(quote.end()));
    json.writeEndObject();
    json.writeNumberField("annalist:start", quote.start());
    json.writeNumberField("annalist:end", quote.end());
    if (added != null) {
      json.writeStringField(addedField, added);
    }
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
