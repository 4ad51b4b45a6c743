package org.annalist.eval.events.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.annalist.eval.events.EventEvaluation;
import org.annalist.eval.events.EventSystems;
import org.junit.jupiter.api.Test;

/** What the anchoring task of {@code scripts/eval-events} accepts. */
class AnchoringCommandLineTest {
  @Test
  void anchoringNeedsOneOfItsCorpora() {
    assertThat(run("--task", "anchoring", "--corpus", "ecbplus")).isEqualTo(2);
  }

  @Test
  void anchoringTakesNoSystemAndNoTrainSplit() {
    assertThat(run("--task", "anchoring", "--corpus", "meantime", "--system", "annalist"))
        .isEqualTo(2);
    assertThat(run("--task", "anchoring", "--corpus", "meantime", "--split", "train"))
        .isEqualTo(2);
  }

  @Test
  void theAnchoringCorporaAreReadOnlyByAnchoring() {
    assertThat(run("--task", "mentions", "--corpus", "tbaq")).isEqualTo(2);
    assertThat(run("--task", "coref", "--corpus", "timeline")).isEqualTo(2);
  }

  private static int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    return new EventEvaluation(EventSystems.standard()).run(args, quiet, quiet);
  }
}
