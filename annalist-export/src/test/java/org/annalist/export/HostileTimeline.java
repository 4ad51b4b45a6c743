package org.annalist.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.EntityType;
import org.annalist.model.Span;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StatementDrafts;
import org.annalist.store.StoredEntity;
import org.annalist.store.StoredTimeline;
import org.jspecify.annotations.Nullable;

/**
 * A store with a timeline built by hand from two documents whose text is hostile to every export
 * format: cells that spreadsheets run as formulas, HTML and script, quotes and commas, CRLF,
 * characters outside the BMP, a control character and {@code ]]>}. Its five events are dated to
 * a month, a day, a year, a stretch of months, and not at all; one names an entity the entity
 * tables lack; one has a conflict. Two sentences are statements kept off the timeline.
 */
final class HostileTimeline {
  static final String A_TEXT =
      "=HYPERLINK(\"http://evil.example\",\"Stalin\") asked Mao for troops in July 1941.\r\n"
          + "-1 reply came: Mao refused <script>alert('x')</script> & waited; \"twice\", he said.\r\n"
          + "@Stalin \uD83D\uDE00 the Germans attacked Stalin and Mao on 22 June 1941\u0001 near ]]> Moscow.\n"
          + "'Quoted' and +plus: in 1942 the war went on, between May and July 1942 most of all.\n";
  static final String B_TEXT =
      "In July 1941, Stalin sent a telegram to Mao in Yan'an, asking for troops.\n"
          + "Mao agreed to Stalin's request, said the \"official\" history, with commas, quotes and \uD834\uDD1E.\n"
          + "Nobody knows when the envoy came.\n";
  static final String HOSTILE_ENTITY_NAME = "<b>Comintern</b> & \u0001co";

  final Document a =
      document("/corpus/a.txt", A_TEXT, "Telegrams & \"Troops\"", LocalDate.of(1950, 2, 14));
  final Document b = document("/corpus/b.txt", B_TEXT, "<img src=x onerror=alert(1)>", null);
  final AnnalistStore store;

  HostileTimeline(Path directory) {
    store = AnnalistStore.open(directory);
    store.save(AnnotatedDocument.of(a), "clean@1", "run-1");
    store.save(AnnotatedDocument.of(b), "clean@1", "run-1");
    store.replaceEntities(List.of(
        entity(
            "person:stalin",
            "Stalin",
            EntityType.PERSON,
            List.of("Stalin", "=Dalin"),
            mention(a, "Stalin"),
            mention(b, "Stalin")),
        entity(
            "person:mao",
            "Mao",
            EntityType.PERSON,
            List.of("Mao"),
            mention(a, "Mao"),
            mention(b, "Mao")),
        entity(
            "location:yan-an",
            "Yan'an",
            EntityType.LOCATION,
            List.of("Yan'an"),
            mention(b, "Yan'an")),
        entity(
            "misc:hyperlink",
            "=HYPERLINK(\"http://evil.example\",\"Stalin\")",
            EntityType.MISC,
            List.of("=HYPERLINK(\"http://evil.example\",\"Stalin\")"),
            mention(a, "=HYPERLINK(\"http://evil.example\",\"Stalin\")")),
        entity(
            "organization:comintern",
            HOSTILE_ENTITY_NAME,
            EntityType.ORGANIZATION,
            List.of(HOSTILE_ENTITY_NAME),
            mention(a, "Moscow"))));
    List<StoredTimeline.Item> events = List.of(
        event(
            "ev-000000000001",
            "Stalin ask Mao for troop <b>&</b>",
            time("1941-07", "1941-07-01", "1941-07-31"),
            List.of("person:stalin", "person:mao", "misc:hyperlink"),
            List.of("location:yan-an"),
            "conflicting",
            attestation(
                a,
                "=HYPERLINK(\"http://evil.example\",\"Stalin\") asked Mao for troops in July 1941.",
                "July 1941",
                "1941-07"),
            attestation(
                b,
                "In July 1941, Stalin sent a telegram to Mao in Yan'an, asking for troops.",
                "July 1941",
                "1941-07")),
        event(
            "ev-000000000002",
            "German attack",
            time("1941-06-22", "1941-06-22", "1941-06-22"),
            List.of("person:stalin", "person:mao", "organization:comintern"),
            List.of(),
            "single-source",
            attestation(
                a,
                "@Stalin \uD83D\uDE00 the Germans attacked Stalin and Mao on 22 June 1941\u0001 near ]]> Moscow.",
                "22 June 1941",
                "1941-06-22")),
        event(
            "ev-000000000003",
            "war go on",
            time("1942", "1942-01-01", "1942-12-31"),
            List.of(),
            List.of(),
            "single-source",
            attestation(a, "'Quoted' and +plus: in 1942 the war went on,", "1942", "1942")),
        event(
            "ev-000000000004",
            "war most",
            time("1942-05/1942-07", "1942-05-01", "1942-07-31"),
            List.of(),
            List.of(),
            "corroborated",
            attestation(
                a,
                "between May and July 1942 most of all.",
                "between May and July 1942",
                "1942-05/1942-07"),
            attestation(
                b,
                "Mao agreed to Stalin's request, said the \"official\" history, with commas, quotes and \uD834\uDD1E.",
                null,
                null)),
        event(
            "ev-000000000005",
            "envoy come",
            null,
            List.of("person:envoy"),
            List.of(),
            "single-source",
            attestation(b, "Nobody knows when the envoy came.", null, null)));
    ExportedConflict conflict = new ExportedConflict(
        "cf-000000000001",
        "ev-000000000001",
        "outcome",
        "<i>a.txt</i> says Mao refused; b.txt says he agreed.",
        List.of(
            claim(
                a,
                "-1 reply came: Mao refused <script>alert('x')</script> & waited; \"twice\", he said.\r\n",
                "refused"),
            claim(b, "Mao agreed to Stalin's request", "=accepted")));
    ExportedProfile profile = new ExportedProfile(
        List.of("machine-translation"),
        List.of(new ExportedProfile.FlagReason("machine-translation", "garbled names")),
        0.35,
        List.of("machine-translation: -0.15"));
    StatementDrafts statements = store.draftStatements();
    statements.add(statement(
        "st-0000000000000001",
        "report",
        attestation(
            a,
            "-1 reply came: Mao refused <script>alert('x')</script> & waited; \"twice\", he said.\r\n",
            null,
            null)));
    statements.add(statement(
        "st-0000000000000002",
        "negated",
        attestation(b, "Nobody knows when the envoy came.", null, null)));
    store.replaceTimeline(
        new StoredTimeline(
            events,
            List.of(new StoredTimeline.Item(
                "cf-000000000001", "ev-000000000001", ExportContract.toJson(conflict))),
            List.of(new StoredTimeline.Item(
                a.id().value(), a.sourcePath(), ExportContract.toJson(profile)))),
        statements,
        store.generation());
  }

  private static Document document(
      String path, String text, String title, @Nullable LocalDate published) {
    return new Document(
        DocumentId.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
        path,
        "text/plain",
        text,
        new DocumentMetadata(title, null, published, "UTF-8"));
  }

  private static StoredEntity entity(
      String id,
      String name,
      EntityType type,
      List<String> aliases,
      StoredEntity.Mention... mentions) {
    return new StoredEntity(id, name, type, aliases, List.of(mentions), List.of());
  }

  private static StoredEntity.Mention mention(Document document, String words) {
    int start = document.text().indexOf(words);
    return new StoredEntity.Mention(document.id(), Span.of(start, start + words.length()));
  }

  private static ExportedEvent.Time time(String value, String earliest, String latest) {
    return new ExportedEvent.Time(value, earliest, latest, "stated", 0.9, value);
  }

  private static Quote quoted(Document document, String words) {
    int start = document.text().indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("not in " + document.sourcePath() + ": " + words);
    }
    return new Quote(
        document.id().value(),
        start,
        start + words.length(),
        document.text().substring(start, start + words.length()));
  }

  private static ExportedConflict.Claim claim(Document document, String words, String value) {
    Quote quote = quoted(document, words);
    return new ExportedConflict.Claim(
        quote.document(), quote.start(), quote.end(), quote.quote(), value);
  }

  private static ExportedAttestation attestation(
      Document document, String words, @Nullable String timeText, @Nullable String timeValue) {
    Quote quote = quoted(document, words);
    return new ExportedAttestation(
        quote.document(),
        quote.start(),
        quote.end(),
        quote.quote(),
        timeText,
        timeValue,
        timeValue == null ? "none" : "sentence",
        timeValue == null ? "none" : "stated",
        quote.start(),
        quote.start() + 1,
        "ask",
        "positive",
        ExportedAttestation.Factuality.ASSERTED,
        "none",
        null,
        null,
        List.of(),
        null,
        List.of());
  }

  /** A statement of one sentence, kept off the timeline for this reason. */
  private static StoredTimeline.Item statement(String id, String why, ExportedAttestation telling) {
    ExportedStatement statement = new ExportedStatement(
        id, why, telling.quote(), "communication", List.of("person:mao"), telling);
    return new StoredTimeline.Item(
        id, telling.document() + "#" + telling.start(), ExportContract.toJson(statement));
  }

  private static StoredTimeline.Item event(
      String id,
      String summary,
      ExportedEvent.@Nullable Time time,
      List<String> participants,
      List<String> places,
      String status,
      ExportedAttestation... attestations) {
    ExportedEvent event = new ExportedEvent(
        id,
        summary,
        summary,
        "other",
        0.5,
        List.of(),
        time,
        participants,
        places,
        status,
        false,
        List.of(attestations));
    return new StoredTimeline.Item(
        id, time == null ? "9999" : time.earliest(), ExportContract.toJson(event));
  }
}
