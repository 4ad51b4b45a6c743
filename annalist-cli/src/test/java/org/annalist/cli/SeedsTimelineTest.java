package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.export.CsvExportReader;
import org.annalist.export.ExportedQuote;
import org.annalist.export.ImportedGraph;
import org.annalist.export.JsonLdTriples;
import org.annalist.export.TimelineJsReader;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.DocumentId;
import org.annalist.model.Layers;
import org.annalist.model.Span;
import org.annalist.store.AnnalistStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 on the development corpus plus a retelling written for this test (the same events in
 * other words, {@code src/test/resources/retelling}): events aligned across sources, the
 * sources' disagreements as conflicts, the novel and the machine translation flagged; and each
 * export format of issue 7 on that store, read back by a parser of its format.
 */
class SeedsTimelineTest {
  @TempDir
  static Path work;

  private static JsonNode export;
  private static Map<String, String> fileOf;
  private static AnnalistStore store;

  @BeforeAll
  static void analyze() throws IOException {
    Path storeDirectory = work.resolve("store");
    Path out = work.resolve("x.json");
    CliRun run = CliRun.of(
        "analyze",
        CliRun.shared().resolve("corpus/seeds").toString(),
        Path.of("src/test/resources/retelling").toAbsolutePath().toString(),
        "--store",
        storeDirectory.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(CliRun.exportJson(storeDirectory, out).exitCode()).isZero();
    export = new ObjectMapper().readTree(out.toFile());
    fileOf = new HashMap<>();
    export
        .get("documents")
        .forEach(d -> fileOf.put(
            d.get("id").asText(), Path.of(d.get("path").asText()).getFileName().toString()));
    store = AnnalistStore.open(storeDirectory);
  }

  /** The file-name prefixes ("000_", "moscow") of the sources that tell each event. */
  private static List<Set<String>> tellers() {
    List<Set<String>> tellers = new ArrayList<>();
    export.get("events").forEach(event -> {
      Set<String> files = new TreeSet<>();
      event.get("attestations").forEach(a -> files.add(prefix(a.get("document").asText())));
      tellers.add(files);
    });
    return tellers;
  }

  private static String prefix(String document) {
    String file = fileOf.get(document);
    return file.startsWith("moscow") ? "retelling" : file.substring(0, 4);
  }

  private static List<JsonNode> eventsQuoting(String... words) {
    List<JsonNode> found = new ArrayList<>();
    export.get("events").forEach(event -> {
      List<String> quotes = new ArrayList<>();
      event.get("attestations").forEach(a -> quotes.add(a.get("quote").asText()));
      if (List.of(words).stream()
          .allMatch(word -> quotes.stream().anyMatch(q -> q.contains(word)))) {
        found.add(event);
      }
    });
    return found;
  }

  @Test
  void theSourcesThatTellBarbarossaTheFirstTelegramAndPolandAreAligned() {
    assertThat(eventsQuoting("launched an attack on the Soviet Union", "launched a blitzkrieg"))
        .as("the German invasion of June 1941 in 000 and 002")
        .isNotEmpty();
    assertThat(eventsQuoting(
            "first requested Chinese support",
            "sent a telegram to Yan'an for the first time",
            "Stalin sent a telegram to Chairman Mao"))
        .as("Stalin's first telegram in 000, 001 and 002")
        .isNotEmpty();
    assertThat(eventsQuoting("attacked Poland", "launching an attack on Poland"))
        .as("the attack on Poland in 001 and 002")
        .isNotEmpty();
  }

  @Test
  void aRetellingInOtherWordsAlignsWithTheSeeds() {
    assertThat(eventsQuoting("Germany invaded Poland on September 1, 1939", "attacked Poland"))
        .isNotEmpty();
    assertThat(eventsQuoting(
            "Germany launched its invasion of the Soviet Union",
            "launched an attack on the Soviet Union"))
        .isNotEmpty();
    assertThat(eventsQuoting(
            "In July 1941, Stalin sent a telegram to Mao Zedong",
            "first requested Chinese support"))
        .isNotEmpty();
    assertThat(tellers())
        .filteredOn(files -> files.contains("retelling") && files.size() > 1)
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void theSourcesDisagreementsAreConflictsQuotingBothSides() {
    Map<String, List<JsonNode>> byKind = new HashMap<>();
    export
        .get("conflicts")
        .forEach(c -> byKind
            .computeIfAbsent(c.get("kind").asText(), k -> new ArrayList<>())
            .add(c));

    assertThat(byKind.get("outcome"))
        .as("did Mao refuse all six or grant the sixth?")
        .anySatisfy(c -> {
          assertThat(claimQuotes(c))
              .anyMatch(q -> q.contains("refused Stalin's 6 requests"))
              .anyMatch(q -> q.contains("he agreed to Stalin's request"));
          assertThat(c.get("explanation").asText()).contains("6th");
        });
    assertThat(byKind.get("quantity"))
        .as("German losses at Stalingrad")
        .anySatisfy(c -> assertThat(claimQuotes(c))
            .anyMatch(q -> q.contains("1.5 million"))
            .anyMatch(q -> q.contains("half a million")));
  }

  private static List<String> claimQuotes(JsonNode conflict) {
    List<String> quotes = new ArrayList<>();
    conflict.get("claims").forEach(claim -> quotes.add(claim.get("quote").asText()));
    return quotes;
  }

  @Test
  void aCensorsMarkWhereTheDoerStandsGetsACandidateWithEvidenceButIsNotReplaced() {
    List<JsonNode> marks = new ArrayList<>();
    export
        .get("events")
        .forEach(e -> e.get("attestations").forEach(a -> {
          if (a.has("redacted_agent") && a.get("redacted_agent").hasNonNull("candidate")) {
            marks.add(a);
          }
        }));

    assertThat(marks).anySatisfy(a -> {
      JsonNode mark = a.get("redacted_agent");
      assertThat(mark.get("quote").asText()).matches("\\*+");
      assertThat(mark.get("candidate_name").asText()).isEqualTo("Mao Zedong");
      assertThat(mark.get("evidence").get("quote").asText()).contains("Mao");
      assertThat(mark.get("evidence").get("document").asText())
          .isNotEqualTo(a.get("document").asText());
      assertThat(a.get("quote").asText()).contains(mark.get("quote").asText());
    });
  }

  @Test
  void aCensorsMarkWhereTheAddresseeStandsGetsACandidateFromAnotherSource() {
    List<JsonNode> recipients = new ArrayList<>();
    export
        .get("events")
        .forEach(e -> e.get("attestations")
            .forEach(a -> a.get("redacted_participants").forEach(r -> {
              if (r.get("role").asText().equals("recipient")
                  && a.get("quote").asText().contains("second and third telegram")) {
                recipients.add(r);
              }
            })));

    assertThat(recipients).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("quote").asText()).isEqualTo("***");
      assertThat(r.get("candidate_name").asText()).isEqualTo("Mao Zedong");
      assertThat(r.get("evidence").get("quote").asText()).contains("telegram to Chairman Mao");
    });
  }

  @Test
  void theNovelsEventsAreMarkedAndMentionsOffTheTimelineAreStatementsWithWhy() {
    export.get("events").forEach(event -> {
      Set<String> files = new TreeSet<>();
      event.get("attestations").forEach(a -> files.add(prefix(a.get("document").asText())));
      assertThat(event.get("fiction").asBoolean())
          .as("%s told by %s", event.get("summary").asText(), files)
          .isEqualTo(files.equals(Set.of("003_")));
    });
    Set<String> reasons = new TreeSet<>();
    export
        .get("statements")
        .forEach(statement -> reasons.add(statement.get("why").asText()));
    assertThat(reasons)
        .contains("negated", "intended", "report", "mental-state")
        .isSubsetOf(
            "negated", "hypothetical", "intended", "possible", "generic", "report", "mental-state");
  }

  @Test
  void theNovelAndTheMachineTranslationAreFlaggedWithReasons() {
    Map<String, JsonNode> byPrefix = new HashMap<>();
    export.get("documents").forEach(d -> byPrefix.put(prefix(d.get("id").asText()), d));

    assertThat(flags(byPrefix.get("003_"))).contains("fiction");
    assertThat(flags(byPrefix.get("004_"))).contains("machine-translation");
    for (String seed : List.of("000_", "001_", "002_", "retelling")) {
      assertThat(flags(byPrefix.get(seed)))
          .as(seed)
          .doesNotContain("fiction", "machine-translation");
    }
    assertThat(byPrefix.get("003_").get("reliability").asDouble())
        .isLessThan(byPrefix.get("002_").get("reliability").asDouble());
    assertThat(byPrefix.get("003_").get("reasons").toString()).contains("Chapter");
  }

  private static List<String> flags(JsonNode document) {
    List<String> flags = new ArrayList<>();
    document.get("flags").forEach(f -> flags.add(f.asText()));
    return flags;
  }

  @Test
  void everyQuoteIsTheTextAtItsOffsetsAndNoEventComesFromBoilerplate() {
    Map<String, String> texts = new HashMap<>();
    export
        .get("documents")
        .forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
    List<JsonNode> quoted = new ArrayList<>();
    export.get("events").forEach(e -> e.get("attestations").forEach(quoted::add));
    export.get("conflicts").forEach(c -> c.get("claims").forEach(quoted::add));
    assertThat(quoted)
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.get("quote").asText())
            .isEqualTo(texts
                .get(q.get("document").asText())
                .substring(q.get("start").asInt(), q.get("end").asInt())));

    for (String id : texts.keySet()) {
      AnnotatedDocument document = store.annotated(DocumentId.of(id)).orElseThrow();
      List<Span> boilerplate =
          document.layer(Layers.BOILERPLATE).map(l -> l.spans()).orElse(List.of());
      export
          .get("events")
          .forEach(e -> e.get("attestations").forEach(a -> {
            if (a.get("document").asText().equals(id)) {
              Span trigger =
                  Span.of(a.get("trigger_start").asInt(), a.get("trigger_end").asInt());
              assertThat(boilerplate)
                  .as("an event from boilerplate in %s", fileOf.get(id))
                  .noneMatch(span -> span.overlaps(trigger));
            }
          }));
    }
  }

  @Test
  void everyExportFormatIsReadByAParserOfItsFormatAndQuotesItsDocumentsExactly() throws Exception {
    Map<String, String> texts = new HashMap<>();
    export
        .get("documents")
        .forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
    int events = export.get("events").size();
    List<JsonNode> dated = new ArrayList<>();
    export.get("events").forEach(e -> {
      if (e.get("time").isObject()) {
        dated.add(e);
      }
    });

    Map<String, List<Map<String, String>>> tables = CsvExportReader.read(exported("csv"));
    assertThat(tables.get("events.csv")).hasSize(events);
    assertThat(tables.get("conflicts.csv")).hasSize(export.get("conflicts").size());
    ExportedQuote.assertEachIsTheTextAtItsOffsets(texts, CsvExportReader.quotes(tables));

    JsonNode timeline = new ObjectMapper().readTree(exported("timelinejs"));
    assertThat(TimelineJsReader.problems(timeline)).isEmpty();
    assertThat(timeline.get("events")).hasSize(dated.size());
    ExportedQuote.assertEachIsTheTextAtItsOffsets(texts, TimelineJsReader.quotes(timeline));

    ImportedGraph graph = ImportedGraph.read(exported("graphml"));
    assertThat(graph.nodes("event")).hasSize(events);
    assertThat(graph.nodes("entity"))
        .hasSizeGreaterThanOrEqualTo(export.get("entities").size());
    assertThat(graph.graph().edgeSet())
        .anyMatch(edge -> graph.role(edge).equals("co-participation"));

    JsonLdTriples rdf = JsonLdTriples.read(exported("jsonld"));
    assertThat(rdf.subjects(JsonLdTriples.RDF_TYPE, JsonLdTriples.SEM + "Event"))
        .hasSize(events);
    assertThat(rdf.triples()).anyMatch(t -> t.predicate().equals(JsonLdTriples.SEM + "hasActor"));
    List<JsonLdTriples.Segment> segments = rdf.segments();
    ExportedQuote.assertEachIsTheTextAtItsOffsets(
        texts, segments.stream().map(JsonLdTriples.Segment::quote).toList());
    assertThat(segments)
        .allSatisfy(segment ->
            assertThat(segment.codePointText(texts)).isEqualTo(segment.quote().quote()));
  }

  private static byte[] exported(String format) throws IOException {
    Path out = work.resolve("export-" + format);
    CliRun run = CliRun.of(
        "export",
        "--store",
        store.directory().toString(),
        "--format",
        format,
        "--out",
        out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readAllBytes(out);
  }
}
