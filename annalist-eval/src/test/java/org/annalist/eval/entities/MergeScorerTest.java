package org.annalist.eval.entities;

import static org.annalist.eval.entities.MentionScorerTest.document;
import static org.annalist.eval.entities.MentionScorerTest.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annalist.model.EntityType;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class MergeScorerTest {

  @Test
  void linksMentionsThatShareTheGoldHeadAnywhereInTheText() {
    List<SystemMention> system = List.of(
        system("Vostra", 0, EntityType.ORGANIZATION, "e1"),
        system("The maker", 0, EntityType.ORGANIZATION, "e9"),
        system("Tolm", 1, EntityType.LOCATION, "e3"),
        system("Vostra", 1, EntityType.ORGANIZATION, "e1"));

    assertThat(MergeScorer.link(document(), system, SystemMention::entity))
        .as("'The maker' does not end where a gold mention ends; the last Vostra has no gold")
        .extracting(LinkedMention::goldEntity, LinkedMention::systemEntity)
        .containsExactly(tuple("V", "e1"), tuple("T2", "e3"));
  }

  @Test
  void theBaselineGroupsByTheTextAlone() {
    assertThat(MergeScorer.exactString(new SystemMention(
            Span.of(0, 14), "the  Vostra 's", EntityType.ORGANIZATION, "e", true)))
        .isEqualTo("vostra");
    assertThat(MergeScorer.exactString(
            new SystemMention(Span.of(0, 5), "Tolm'", EntityType.LOCATION, "e", true)))
        .isEqualTo("tolm");
  }
}
