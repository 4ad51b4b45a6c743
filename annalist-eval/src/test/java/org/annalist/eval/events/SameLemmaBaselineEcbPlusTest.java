package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.annalist.eval.EvalData;
import org.junit.jupiter.api.Test;

/**
 * The same-lemma baseline on the real ECB+: the check that readers and scorers agree with the
 * published setup. Zhukova et al. (LREC 2022) report CoNLL F1 73.37 (all chains) and 65.59
 * (without singletons) for event and entity mentions, one sub-topic at a time, averaged over the
 * sub-topics; their parse keeps fewer mentions and finds heads with spaCy, so only rough
 * agreement is expected (docs/EVENTS-EVAL.md). The event numbers guard against regressions.
 */
class SameLemmaBaselineEcbPlusTest {

  private static CorefRun run(MentionKinds kinds, Grouping grouping) throws IOException {
    EventCorpus corpus = EcbPlusReader.read(EvalData.path(), EcbPlusSplit.ALL, kinds);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CorefRun run = CorefRun.of(
        corpus,
        grouping,
        new SameLemmaBaseline(),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(run.failures()).as(err.toString(StandardCharsets.UTF_8)).isEmpty();
    return run;
  }

  @Test
  void comesNearTheReferenceInItsSetting() throws IOException {
    CorefRun run = run(MentionKinds.ALL, Grouping.SUBTOPIC);

    assertThat(run.rows().get(0).sets()).isEqualTo(86);
    assertThat(100 * run.rows().get(0).macroConllF1()).isCloseTo(73.37, within(2.0));
    assertThat(100 * run.rows().get(2).macroConllF1()).isCloseTo(65.59, within(3.0));
  }

  @Test
  void scoresEventMentionsPerTopic() throws IOException {
    CorefRun run = run(MentionKinds.EVENTS, Grouping.TOPIC);

    assertThat(100 * run.rows().get(0).pooled().conllF1()).isCloseTo(71.91, within(0.01));
    assertThat(100 * run.rows().get(1).pooled().conllF1()).isCloseTo(61.86, within(0.01));
  }
}
