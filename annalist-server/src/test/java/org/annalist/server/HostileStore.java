package org.annalist.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.export.ExportContract;
import org.annalist.export.ExportedAttestation;
import org.annalist.export.ExportedConflict;
import org.annalist.export.ExportedEvent;
import org.annalist.export.ExportedProfile;
import org.annalist.export.ExportedStatement;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.EntityType;
import org.annalist.model.FlagName;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StatementDrafts;
import org.annalist.store.StoredEntity;
import org.annalist.store.StoredTimeline;
import org.annalist.testsupport.TestDocuments;
import org.jspecify.annotations.Nullable;

/**
 * A store written by hand, without models, whose documents are hostile: markup, script, event
 * handlers and {@code javascript:} links in their text and paths, quoted by events, conflicts,
 * mentions and search hits. Each document has sentences (so search finds them), a redaction,
 * mentions of three entities, three events, a conflict and a statement. For the server's security tests and
 * the load test's short version.
 */
public final class HostileStore {
  /** Markup each document holds, which must never reach a page as markup. */
  public static final List<String> MARKUP = List.of(
      "<script>alert('annalist')</script>",
      "\"><img src=x onerror=alert(1)>",
      "<b onmouseover=alert(2)>bold</b>",
      "<a href=\"javascript:alert(3)\">link</a>");
  /** The names every document mentions, each an entity. */
  public static final List<String> NAMES = List.of("Alder", "Brand", "Carrow");

  private static final LayerName SENTENCES = LayerName.of("time.sentence-reference");
  private static final Provenance MADE = new Provenance("test", "1", "run-1");
  private static final String[] STATUSES = {"corroborated", "single-source", "conflicting"};

  private HostileStore() {}

  /** Writes {@code documents} hostile documents with their entities and timeline into a store in this directory. */
  public static AnnalistStore write(Path directory, int documents) {
    AnnalistStore store = AnnalistStore.open(directory);
    List<Document> written = new ArrayList<>();
    for (int i = 0; i < documents; i++) {
      Document document =
          TestDocuments.of("/c/" + MARKUP.get(i % MARKUP.size()) + "-" + i + ".txt", text(i));
      store.save(annotated(document), "test@1", "run-1");
      written.add(document);
    }
    List<StoredTimeline.Item> events = new ArrayList<>();
    List<StoredTimeline.Item> conflicts = new ArrayList<>();
    List<StoredTimeline.Item> profiles = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      Document document = written.get(i);
      List<Span> lines = sentences(document.text());
      for (int k = 0; k < lines.size(); k++) {
        String id = String.format(Locale.ROOT, "event:%d-%d", i, k);
        String day = String.format(Locale.ROOT, "19%02d-%02d-%02d", 40 + k, 1 + i % 12, 1 + i % 28);
        events.add(new StoredTimeline.Item(
            id, day, event(id, day, STATUSES[(i + k) % 3], document, lines.get(k))));
      }
      ExportedConflict conflict = new ExportedConflict(
          "conflict:" + i,
          "event:" + i + "-0",
          "time",
          "one says " + MARKUP.get(0) + ", the other not",
          List.of(claim(document, lines.get(0)), claim(document, lines.get(1))));
      conflicts.add(new StoredTimeline.Item(
          "conflict:" + i, "event:" + i + "-0", ExportContract.toJson(conflict)));
      ExportedProfile profile = new ExportedProfile(
          List.of(MARKUP.get(1)),
          List.of(new ExportedProfile.FlagReason(MARKUP.get(1), MARKUP.get(2))),
          0.5,
          List.of(MARKUP.get(3)));
      profiles.add(new StoredTimeline.Item(
          document.id().value(), document.sourcePath(), ExportContract.toJson(profile)));
    }
    store.replaceEntities(entities(written));
    StatementDrafts statements = store.draftStatements();
    for (Document document : written) {
      statements.add(statement(document, sentences(document.text()).get(1)));
    }
    store.replaceTimeline(
        new StoredTimeline(events, conflicts, profiles), statements, store.generation());
    return store;
  }

  private static String text(int i) {
    return "Report " + i + " " + MARKUP.get(i % MARKUP.size()) + "\n"
        + "On 3 May 1941 Alder met Brand in Carrow " + MARKUP.get((i + 1) % MARKUP.size()) + ".\n"
        + "Brand wrote to Alder about ** and " + MARKUP.get((i + 2) % MARKUP.size()) + ".\n"
        + "Carrow fell in June 1942 after Alder left " + MARKUP.get((i + 3) % MARKUP.size())
        + ".\n";
  }

  /** Each line after the first is a sentence. */
  private static List<Span> sentences(String text) {
    List<Span> sentences = new ArrayList<>();
    for (int start = text.indexOf('\n') + 1;
        start < text.length();
        start = text.indexOf('\n', start) + 1) {
      sentences.add(Span.of(start, text.indexOf('\n', start)));
    }
    return sentences;
  }

  private static AnnotatedDocument annotated(Document document) {
    AnnotationLayer.Builder sentences = AnnotationLayer.builder(SENTENCES, document, MADE);
    sentences(document.text())
        .forEach(sentence -> sentences.add(sentence.start(), sentence.end(), "DATE 1941"));
    int mark = document.text().indexOf("**");
    AnnotationLayer redaction = AnnotationLayer.builder(Layers.REDACTION, document, MADE)
        .add(mark, mark + 2, "asterisks")
        .build();
    return AnnotatedDocument.of(document)
        .with(
            List.of(sentences.build(), redaction), DocumentFlags.of(Map.of(FlagName.REDACTED, 1)));
  }

  /** A statement of the sentence, a report whose title and reporter are markup. */
  private static StoredTimeline.Item statement(Document document, Span told) {
    String id = "st-" + document.id().value().substring(0, 16);
    ExportedStatement statement = new ExportedStatement(
        id,
        "report",
        MARKUP.get(3) + " wrote",
        "communication",
        List.of("person:brand", "person:alder"),
        telling(document, told, null));
    return new StoredTimeline.Item(
        id, document.sourcePath() + "#" + told.start(), ExportContract.toJson(statement));
  }

  private static String event(String id, String day, String status, Document document, Span told) {
    ExportedAttestation attestation = telling(document, told, day);
    return ExportContract.toJson(new ExportedEvent(
        id,
        MARKUP.get(0) + " " + id,
        MARKUP.get(0) + " told " + id,
        "other",
        0.5,
        List.of(new ExportedEvent.Relation("series", id, 1)),
        new ExportedEvent.Time(day, day, day, "stated", 0.9, MARKUP.get(2)),
        List.of("person:alder", "person:brand"),
        List.of("place:carrow"),
        status,
        false,
        List.of(attestation)));
  }

  /** A sentence as an attestation's fields, dated to the day, or undated; its reporter is markup. */
  private static ExportedAttestation telling(Document document, Span told, @Nullable String day) {
    return new ExportedAttestation(
        document.id().value(),
        told.start(),
        told.end(),
        told.quote(document.text()),
        day == null ? null : MARKUP.get(2),
        day,
        day == null ? "none" : "sentence",
        day == null ? "none" : "stated",
        told.start(),
        told.start() + 2,
        MARKUP.get(3),
        "positive",
        new ExportedAttestation.Factuality(
            "positive", "certain", null, false, false, false, MARKUP.get(1)),
        "none",
        null,
        null,
        List.of(),
        null,
        List.of());
  }

  private static ExportedConflict.Claim claim(Document document, Span span) {
    return new ExportedConflict.Claim(
        document.id().value(),
        span.start(),
        span.end(),
        span.quote(document.text()),
        MARKUP.get(2));
  }

  private static List<StoredEntity> entities(List<Document> documents) {
    List<StoredEntity> entities = new ArrayList<>();
    for (String name : NAMES) {
      List<StoredEntity.Mention> mentions = new ArrayList<>();
      for (Document document : documents) {
        String text = document.text();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          mentions.add(new StoredEntity.Mention(document.id(), Span.of(at, at + name.length())));
        }
      }
      String id = (name.equals("Carrow") ? "place:" : "person:") + name.toLowerCase(Locale.ROOT);
      entities.add(new StoredEntity(
          id,
          name,
          name.equals("Carrow") ? EntityType.LOCATION : EntityType.PERSON,
          List.of(name, MARKUP.get(1)),
          mentions,
          List.of(new StoredEntity.Merge(MARKUP.get(1), name, "test", 0.5, MARKUP.get(3)))));
    }
    return entities;
  }
}
