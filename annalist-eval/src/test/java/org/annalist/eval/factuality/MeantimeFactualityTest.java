package org.annalist.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.annalist.eval.EvalData;
import org.annalist.eval.gold.TbaqSplit;
import org.junit.jupiter.api.Test;

/** The attributes of the real MEANTIME files, by count (the texts are not repeated here). */
class MeantimeFactualityTest {
  @Test
  void readsTheAttributedMentionsOfTheDevelopmentFiles() throws IOException {
    FactualityCorpus dev = MeantimeFactuality.read(EvalData.path(), TbaqSplit.DEV);

    assertThat(dev.documents()).hasSize(96);
    assertThat(dev.mentionCount()).isEqualTo(1682);
    assertThat(dev.documents().stream().flatMap(d -> d.mentions().stream()))
        .anySatisfy(mention -> assertThat(mention.values()).containsKey(Attribute.FACTUAL));
  }

  @Test
  void keepsEveryFifthFileOfEachTopicForTest() throws IOException {
    assertThat(MeantimeFactuality.read(EvalData.path(), TbaqSplit.TEST).documents())
        .hasSize(24);
  }
}
