package org.annalist.eval.events.anchoring;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.events.EventMention;
import org.annalist.events.EventMentionCodec;
import org.annalist.events.EventStage;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.time.TimeStage;

/**
 * Annalist's event anchoring over one corpus, beside the baselines of {@link Dating}: each
 * document goes through the standard per-document stages once (with its creation time as the
 * publication date a file would carry), each gold event is looked up among the events stage's
 * mentions (the first whose trigger lies in the gold words or covers them), and every way of
 * dating dates the same mentions. A document on which the pipeline throws is reported on {@code
 * err} and its events count as not found; the run goes on.
 *
 * @param corpus the gold corpus
 * @param rows the tallies by way of dating: all gold events, then those anchored to a date
 *     written in the text, then those anchored to the creation time
 * @param byBasis Annalist's dated events by the basis of their date
 * @param byConfidence Annalist's dated events by confidence, in tenths (0 = below 0.1)
 * @param failures one line per failed document
 * @param millis the time the pipeline took, in milliseconds
 */
record AnchoringRun(
    AnchoringCorpus corpus,
    Map<String, AnchorTally> rows,
    Map<String, AnchorTally> byBasis,
    Map<Integer, AnchorTally> byConfidence,
    List<String> failures,
    long millis) {

  private static final Pipeline PIPELINE =
      Pipeline.of(new CleanStage(), new TimeStage(), new AnnotateStage(), new EventStage());
  private static final RunContext RUN = new RunContext("eval");

  static AnchoringRun of(AnchoringCorpus corpus, PrintStream err) {
    Scores scores = new Scores();
    List<String> failures = new ArrayList<>();
    long nanos = 0;
    for (AnchoredDocument document : corpus.documents()) {
      long started = System.nanoTime();
      try {
        AnnotatedDocument analysed = PIPELINE.run(document(document), RUN);
        List<EventMention> mentions =
            analysed.expectLayer(EventStage.MENTIONS).annotations().stream()
                .map(annotation -> EventMentionCodec.decode(annotation.value()))
                .toList();
        for (GoldAnchor gold : document.anchors()) {
          scores.score(gold, analysed, mentions);
        }
      } catch (RuntimeException e) {
        String failure = corpus.name() + " " + document.id() + ": the pipeline failed: " + e;
        err.println("error: " + failure);
        failures.add(failure);
      }
      nanos += System.nanoTime() - started;
    }
    return new AnchoringRun(
        corpus, scores.rows(), scores.byBasis, scores.byConfidence, failures, nanos / 1_000_000);
  }

  /** The gold events the events stage found, out of all. */
  int found() {
    return Objects.requireNonNull(rows.get(Dating.ANNALIST.label()), "Annalist's row")
        .found();
  }

  private static Document document(AnchoredDocument gold) {
    String text = gold.text().text();
    return new Document(
        DocumentId.ofBytes((gold.id() + "\n" + text).getBytes(StandardCharsets.UTF_8)),
        gold.id(),
        "text/plain",
        text,
        new DocumentMetadata(null, null, gold.creationTime(), null));
  }

  /** The tallies while the run adds to them. */
  private static final class Scores {
    private final Map<Dating, AnchorTally> all = tallies();
    private final Map<Dating, AnchorTally> inText = tallies();
    private final Map<Dating, AnchorTally> toCreationTime = tallies();
    private final Map<String, AnchorTally> byBasis = new TreeMap<>();
    private final Map<Integer, AnchorTally> byConfidence = new TreeMap<>();

    private static Map<Dating, AnchorTally> tallies() {
      Map<Dating, AnchorTally> tallies = new EnumMap<>(Dating.class);
      for (Dating dating : Dating.values()) {
        tallies.put(dating, new AnchorTally());
      }
      return tallies;
    }

    void score(GoldAnchor gold, AnnotatedDocument analysed, List<EventMention> mentions) {
      Optional<EventMention> found = mentions.stream()
          .filter(m -> gold.span().contains(m.trigger()) || m.trigger().contains(gold.span()))
          .findFirst();
      if (found.isEmpty()) {
        return;
      }
      for (Dating dating : Dating.values()) {
        Optional<Dated> date = dating.date(analysed, found.get());
        List<AnchorTally> tallies = new ArrayList<>(
            List.of(all.get(dating), (gold.creationTime() ? toCreationTime : inText).get(dating)));
        if (dating == Dating.ANNALIST && date.isPresent()) {
          tallies.add(byBasis.computeIfAbsent(date.get().basis(), basis -> new AnchorTally()));
          int tenth = (int) Math.min(9, Math.floor(date.get().confidence() * 10));
          tallies.add(byConfidence.computeIfAbsent(tenth, key -> new AnchorTally()));
        }
        for (AnchorTally tally : tallies) {
          date.ifPresentOrElse(dated -> tally.add(gold, dated), tally::addUndated);
        }
      }
    }

    Map<String, AnchorTally> rows() {
      Map<String, AnchorTally> rows = new LinkedHashMap<>();
      for (Dating dating : Dating.values()) {
        rows.put(dating.label(), all.get(dating));
      }
      for (Dating dating : Dating.values()) {
        rows.put(dating.label() + ", gold date in the text", inText.get(dating));
      }
      for (Dating dating : Dating.values()) {
        rows.put(dating.label() + ", gold date the DCT", toCreationTime.get(dating));
      }
      return rows;
    }
  }
}
