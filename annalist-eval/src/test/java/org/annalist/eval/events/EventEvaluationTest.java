package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.eval.EvalData;
import org.junit.jupiter.api.Test;

/** The command line end to end on the real ECB+ test split, with systems that know the gold. */
class EventEvaluationTest {

  private static EventCorpus testSplit() {
    try {
      return EcbPlusReader.read(EvalData.path(), EcbPlusSplit.TEST, MentionKinds.EVENTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the gold clusters, read from ECB+; fails on topic 45 if asked to. */
  private static final class GoldCoref implements EventCorefSystem {
    private final Map<String, String> gold = new LinkedHashMap<>();
    private final boolean failOn45;

    GoldCoref(boolean failOn45) {
      this.failOn45 = failOn45;
      testSplit().mentions().forEach(mention -> gold.put(mention.id(), mention.cluster()));
    }

    @Override
    public String name() {
      return "gold";
    }

    @Override
    public Map<String, String> cluster(List<CorefDocument> documents) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (CorefDocument document : documents) {
        if (failOn45 && document.document().id().startsWith("45_")) {
          throw new IllegalStateException("not topic 45");
        }
        document.mentions().forEach(mention -> labels.put(mention.id(), gold.get(mention.id())));
      }
      return labels;
    }
  }

  /** Finds exactly the gold mentions. */
  private static final class GoldMentions implements EventMentionSystem {
    private final Map<String, List<SystemEventMention>> gold = new LinkedHashMap<>();

    GoldMentions() {
      testSplit()
          .documents()
          .forEach(document -> gold.put(
              document.id(),
              document.mentions().stream()
                  .map(mention -> new SystemEventMention(mention.span(), mention.text()))
                  .toList()));
    }

    @Override
    public String name() {
      return "gold";
    }

    @Override
    public List<SystemEventMention> find(EventText document) {
      return gold.get(document.id());
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run run(EventSystems systems, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new EventEvaluation(systems)
        .run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static EventSystems gold(boolean failOn45) {
    return new EventSystems(
        Map.of("gold", GoldMentions::new), Map.of("gold", () -> new GoldCoref(failOn45)));
  }

  private static String evalData() {
    return EvalData.path().toString();
  }

  @Test
  void theGoldClustersScoreOneHundredEveryWay() {
    Run run = run(gold(false), "--system", "gold", "--split", "test", "--eval-data", evalData());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "corpus: ecbplus, split test: 210 documents in 10 topics",
            "gold: 1780 mentions in 805 clusters (623 singletons)");
    assertThat(run.out())
        .containsPattern(
            "all mentions +1780 +805 +805 +100.00/100.00/100.00 +100.00/100.00/100.00 +100.00/100.00/100.00"
                + " +100.00 +100.00 \\(10\\)");
    assertThat(run.out())
        .containsPattern("singletons removed from key and response +1157 +182 +182 ");
    assertThat(run.out()).containsPattern("gold singletons left out of the input +1157 +182 +182 ");
  }

  @Test
  void theGoldMentionsScoreOneHundred() {
    Run run = run(
        gold(false),
        "--task",
        "mentions",
        "--system",
        "gold",
        "--split",
        "test",
        "--eval-data",
        evalData());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("ecbplus +210 +1780 +1780 +0 +100.00/100.00/100.00 +100.00/100.00/100.00");
  }

  @Test
  void aFailingSystemIsNamedAndTheRunGoesOn() {
    Run run = run(gold(true), "--system", "gold", "--split", "test", "--eval-data", evalData());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "error: ecbplus 45_1ecb and 19 more: gold failed: java.lang.IllegalStateException: not topic 45");
    assertThat(run.out()).contains("all mentions ");
  }

  @Test
  void misuseExitsWithTwo() {
    EventSystems systems = gold(false);
    Run unknownSystem = run(systems, "--system", "annalist", "--eval-data", evalData());
    assertThat(unknownSystem.status()).isEqualTo(2);
    assertThat(unknownSystem.err())
        .contains("error: --system for --task coref must be gold, was 'annalist'");

    Run meantimeSplit = run(systems, "--corpus", "meantime", "--split", "test");
    assertThat(meantimeSplit.status()).isEqualTo(2);
    assertThat(meantimeSplit.err())
        .contains("error: --split test exists only for ecbplus; meantime takes all");

    assertThat(run(systems, "--group", "paragraph").err())
        .contains(
            "error: Invalid value for option '--group': expected one of [CORPUS, TOPIC, SUBTOPIC]"
                + " (case-insensitive) but was 'paragraph'");
    assertThat(run(systems, "--split").err())
        .contains("error: Missing required parameter for option '--split'");
    assertThat(run(systems, "--frobnicate").status()).isEqualTo(2);
    Run missing = run(systems, "--system", "gold", "--eval-data", "/nonexistent/eval-data");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("eval data folder not found: /nonexistent/eval-data");
  }

  @Test
  void helpPrintsUsageAndTheStandardSystemsHaveTheDefaultNames() {
    Run run = run(EventSystems.standard(), "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: eval-events");
    assertThat(EventSystems.standard().corefSystems())
        .containsOnlyKeys(EventSystems.DEFAULT_COREF_SYSTEM, EventSystems.ANNALIST);
    assertThat(EventSystems.standard().mentionSystems())
        .containsOnlyKeys(EventSystems.DEFAULT_MENTION_SYSTEM, EventSystems.ANNALIST);
  }
}
