package org.annalist.eval.factuality;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.events.EventLexicon;
import org.annalist.events.EventMention;
import org.annalist.events.EventMentionCodec;
import org.annalist.events.EventStage;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.Span;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.time.TimeStage;
import org.jspecify.annotations.Nullable;

/**
 * Annalist run over a factuality corpus: the per-document stages (clean, time, annotate, events)
 * on each gold text, each gold mention read as the Annalist mention on its words, and every
 * attribute of the corpus scored on the gold mentions that have one. A document on which the
 * stages fail is reported on {@code err} and its mentions count as not found.
 *
 * @param corpus the gold
 * @param scores each attribute's score, in the corpus's order
 * @param coverage how many gold mentions Annalist has a mention for
 * @param failures one line per failed document
 * @param millis the time the stages took, in milliseconds
 */
public record FactualityRun(
    FactualityCorpus corpus,
    Map<Attribute, AttributeScore> scores,
    Coverage coverage,
    List<String> failures,
    long millis) {

  private static final Pipeline PIPELINE =
      Pipeline.of(new CleanStage(), new TimeStage(), new AnnotateStage(), new EventStage());

  public FactualityRun {
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    failures = List.copyOf(failures);
  }

  /** Runs Annalist on the corpus, documents in parallel, and scores it. */
  public static FactualityRun of(FactualityCorpus corpus, PrintStream err) {
    long started = System.nanoTime();
    List<Analysed> analysed =
        corpus.documents().parallelStream().map(FactualityRun::analyse).toList();
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<Attribute, AttributeTally> tallies = new EnumMap<>(Attribute.class);
    corpus.attributes().forEach(attribute -> tallies.put(attribute, new AttributeTally(attribute)));
    Map<String, Integer> goldByPos = new HashMap<>();
    Map<String, Integer> matchedByPos = new HashMap<>();
    int matched = 0;
    List<String> failures = new ArrayList<>();
    EventLexicon lexicon = EventLexicon.english();
    for (int i = 0; i < analysed.size(); i++) {
      FactualityDocument document = corpus.documents().get(i);
      Analysed result = analysed.get(i);
      if (result.failure() != null) {
        String failure = corpus.name() + " " + document.id() + ": " + result.failure();
        err.println("error: " + failure);
        failures.add(failure);
      }
      for (GoldFactuality gold : document.mentions()) {
        goldByPos.merge(gold.pos(), 1, Integer::sum);
        Optional<EventMention> mention = on(result.mentions(), gold.span());
        if (mention.isEmpty()) {
          continue;
        }
        matched++;
        matchedByPos.merge(gold.pos(), 1, Integer::sum);
        gold.values().forEach((attribute, value) -> {
          AttributeTally tally = tallies.get(attribute);
          if (tally != null) {
            tally.add(value, attribute.of(mention.get(), lexicon));
          }
        });
      }
    }
    Map<Attribute, AttributeScore> scores = new LinkedHashMap<>();
    tallies.forEach((attribute, tally) -> scores.put(attribute, tally.score()));
    int gold = corpus.mentionCount();
    return new FactualityRun(
        corpus, scores, new Coverage(gold, matched, goldByPos, matchedByPos), failures, millis);
  }

  /**
   * The Annalist mention on the gold words: one whose trigger is exactly them, else the last whose
   * trigger overlaps them (the head of "the car accident" is its last word).
   */
  static Optional<EventMention> on(List<EventMention> mentions, Span gold) {
    EventMention overlapping = null;
    for (EventMention mention : mentions) {
      if (mention.trigger().equals(gold)) {
        return Optional.of(mention);
      }
      if (mention.trigger().overlaps(gold)) {
        overlapping = mention;
      }
    }
    return Optional.ofNullable(overlapping);
  }

  private record Analysed(
      List<EventMention> mentions, @Nullable String failure) {}

  private static Analysed analyse(FactualityDocument gold) {
    Document document = new Document(
        DocumentId.ofBytes((gold.id() + "\n" + gold.text()).getBytes(StandardCharsets.UTF_8)),
        gold.id(),
        "text/plain",
        gold.text(),
        DocumentMetadata.EMPTY);
    try {
      AnnotatedDocument analysed = PIPELINE.run(document, new RunContext("eval"));
      return new Analysed(
          analysed.expectLayer(EventStage.MENTIONS).annotations().stream()
              .map(annotation -> EventMentionCodec.decode(annotation.value()))
              .toList(),
          null);
    } catch (RuntimeException e) {
      return new Analysed(List.of(), "Annalist failed: " + e);
    }
  }
}
