package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Runs systems over a hand-made corpus of two topics and checks what they are given and how they are scored. */
class CorefRunTest {
  private static final EventText A1 =
      HandMade.text("a1", "Police arrested a man after the shooting .");
  private static final EventText A2 =
      HandMade.text("a2", "The arrest followed a shooting on Monday .");
  private static final EventText B1 =
      HandMade.text("b1", "The quake killed ten and injured dozens .");
  private static final EventText B2 = HandMade.text("b2", "Ten died in the earthquake .");
  static final EventCorpus CORPUS = new EventCorpus(
      "hand",
      "all",
      List.of(
          HandMade.document(
              A1,
              "1",
              List.of(
                  HandMade.mention(A1, "arrested", "arrest"),
                  HandMade.mention(A1, "shooting", "shoot"))),
          HandMade.document(
              A2,
              "1",
              List.of(
                  HandMade.mention(A2, "arrest", "arrest"),
                  HandMade.mention(A2, "shooting", "shoot"),
                  HandMade.mention(A2, "followed", "follow"))),
          HandMade.document(
              B1,
              "2",
              List.of(
                  HandMade.mention(B1, "quake", "quake"),
                  HandMade.mention(B1, "killed", "kill"),
                  HandMade.mention(B1, "injured", "injure"))),
          HandMade.document(
              B2,
              "2",
              List.of(
                  HandMade.mention(B2, "died", "kill"),
                  HandMade.mention(B2, "earthquake", "quake")))),
      List.of());

  /** Labels every mention with {@code label(mention id)} and records what it was given. */
  private static final class Recording implements EventCorefSystem {
    private final Function<String, String> label;
    final List<List<String>> calls = new ArrayList<>();

    Recording(Function<String, String> label) {
      this.label = label;
    }

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public Map<String, String> cluster(List<CorefDocument> documents) {
      List<String> ids = documents.stream()
          .flatMap(d -> d.mentions().stream())
          .map(CorefMention::id)
          .toList();
      calls.add(ids);
      Map<String, String> labels = new LinkedHashMap<>();
      ids.forEach(id -> labels.put(id, label.apply(id)));
      return labels;
    }
  }

  private static final Map<String, String> GOLD = new LinkedHashMap<>();

  static {
    CORPUS.mentions().forEach(mention -> GOLD.put(mention.id(), mention.cluster()));
  }

  private static CorefRun run(
      EventCorefSystem system, Grouping grouping, ByteArrayOutputStream err) {
    return CorefRun.of(
        CORPUS, grouping, system, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theGoldClusteringScoresOneEveryWay() {
    Recording oracle = new Recording(GOLD::get);

    CorefRun run = run(oracle, Grouping.TOPIC, new ByteArrayOutputStream());

    assertThat(run.failures()).isEmpty();
    assertThat(run.rows())
        .extracting(CorefRow::label)
        .containsExactly(
            "all mentions",
            "singletons removed from key and response",
            "gold singletons left out of the input");
    for (CorefRow row : run.rows()) {
      assertThat(row.pooled().conllF1()).as(row.label()).isCloseTo(1, within(1e-12));
      assertThat(row.macroConllF1()).as(row.label()).isCloseTo(1, within(1e-12));
      assertThat(row.sets()).isEqualTo(2);
    }
    assertThat(run.rows().get(0).mentions()).isEqualTo(10);
    assertThat(run.rows().get(1).mentions()).isEqualTo(8);
  }

  @Test
  void givesOneTopicPerCallAndLeavesGoldSingletonsOutOfTheSecondRun() {
    Recording oracle = new Recording(GOLD::get);

    run(oracle, Grouping.TOPIC, new ByteArrayOutputStream());

    assertThat(oracle.calls)
        .containsExactly(
            List.of("a1/arrested", "a1/shooting", "a2/arrest", "a2/shooting", "a2/followed"),
            List.of("b1/quake", "b1/killed", "b1/injured", "b2/died", "b2/earthquake"),
            List.of("a1/arrested", "a1/shooting", "a2/arrest", "a2/shooting"),
            List.of("b1/quake", "b1/killed", "b2/died", "b2/earthquake"));
  }

  @Test
  void labelsFromDifferentCallsNeverJoin() {
    CorefRun run = run(new Recording(id -> "same"), Grouping.TOPIC, new ByteArrayOutputStream());
    CorefRun together =
        run(new Recording(id -> "same"), Grouping.CORPUS, new ByteArrayOutputStream());

    assertThat(run.rows().get(0).responseClusters()).isEqualTo(2);
    assertThat(together.rows().get(0).responseClusters()).isEqualTo(1);
    assertThat(together.rows().get(0).sets()).isEqualTo(1);
  }

  @Test
  void aFailedCallIsReportedAndItsMentionsStandAlone() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    EventCorefSystem failsOnQuakes = new Recording(id -> {
      if (id.startsWith("b")) {
        throw new IllegalStateException("no quakes");
      }
      return GOLD.get(id);
    });

    CorefRun run = run(failsOnQuakes, Grouping.TOPIC, err);

    assertThat(run.failures())
        .hasSize(2)
        .first()
        .asString()
        .isEqualTo(
            "hand b1 and 1 more: recording failed: java.lang.IllegalStateException: no quakes");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: hand b1 and 1 more: recording failed");
    assertThat(run.rows().get(0).responseClusters()).isEqualTo(3 + 5);
  }

  @Test
  void aMentionLeftWithoutLabelFailsTheCall() {
    Map<String, String> partial = new LinkedHashMap<>(GOLD);
    partial.remove("a2/followed");

    CorefRun run = run(new Recording(partial::get), Grouping.TOPIC, new ByteArrayOutputStream());

    assertThat(run.failures())
        .containsExactly(
            "hand a1 and 1 more: recording gave no cluster to 1 mentions, e.g. a2/followed");
  }
}
