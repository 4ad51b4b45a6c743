package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.annalist.eval.EvalData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the event mentions of the real MEANTIME English files in ../shared/eval-data. */
class MeantimeEventReaderTest {
  private static EventCorpus corpus;

  @BeforeAll
  static void read() throws IOException {
    corpus = MeantimeEventReader.read(EvalData.path(), MentionKinds.EVENTS);
  }

  @Test
  void readsEveryEventMentionOfTheFourTopics() {
    assertThat(corpus.documents()).hasSize(120);
    assertThat(corpus.groups(Grouping.TOPIC))
        .extracting(documents -> documents.get(0).topic())
        .containsExactly("airbus", "apple", "gm", "stock");
    assertThat(ClusterCounts.of(corpus.mentions())).isEqualTo(new ClusterCounts(2699, 2181, 1851));
    assertThat(corpus.documents().stream()
            .mapToInt(document -> document.scoredMentions().size())
            .sum())
        .isEqualTo(2107);
    assertThat(corpus.notes())
        .contains(
            "9 mentions are sources of two REFERS_TO with different targets; the first in the file is kept");
  }

  /** "defeated" in 100911 refers to the instance "defeat VUA", which 102977 mentions too. */
  @Test
  void takesTheClusterFromTheInstanceItRefersTo() {
    GoldEventMention defeated = mention("100911/m23");

    assertThat(defeated.text()).isEqualTo("defeated");
    assertThat(defeated.cluster()).isEqualTo("OTH40007248568632246");
    List<String> documents = corpus.mentions().stream()
        .filter(mention -> mention.cluster().equals(defeated.cluster()))
        .map(mention -> mention.id().substring(0, mention.id().indexOf('/')))
        .distinct()
        .toList();
    assertThat(documents).containsExactly("100911", "102977");
  }

  @Test
  void annotatesTheTitleDatelineAndFirstFourBodySentences() {
    GoldEventDocument document = corpus.documents().get(0);

    assertThat(document.annotated()).hasSize(6);
    assertThat(document.annotated().get(0).quote(document.text().text()))
        .isEqualTo(
            "Northrop Grumman and Airbus parent EADS defeat Boeing for $ 40 billion US airtanker contract");
  }

  private static GoldEventMention mention(String id) {
    return corpus.mentions().stream()
        .filter(mention -> mention.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
