package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedNameRuleTest {

  private static Story league() {
    return new Story()
        .doc("annals")
        .say(
            "The Velmar League met in Tolm to plan the strike.",
            "ORGANIZATION:Velmar League",
            "LOCATION:Tolm")
        .say("Delegates of the Velmar League argued for a week.", "ORGANIZATION:Velmar League")
        .say("Later the Fourth League sent money to the miners.", "MISC:Fourth League");
  }

  @Test
  void aNumberedNameJoinsTheOnlyOtherNameWithItsHead() {
    Entity league = Story.entityOf(Story.resolve(league()), "Fourth League");

    assertThat(league.aliases()).containsExactly("Fourth League", "Velmar League");
    assertThat(league.name()).isEqualTo("Velmar League");
    assertThat(league.merges())
        .filteredOn(m -> m.rule().equals("numbered-name"))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.score()).isEqualTo(NumberedNameRule.SCORE);
          assertThat(m.explanation())
              .startsWith("'Fourth League' is a numbered 'League' and 'Velmar League' the only");
        });
  }

  @Test
  void namesThatDifferInADescriptiveWordNeverJoin() {
    List<Entity> entities = Story.resolve(new Story()
        .doc("annals")
        .say("Amnesty International wrote to the governor.", "ORGANIZATION:Amnesty International")
        .say(
            "The Communist International sent agents to Tolm.",
            "ORGANIZATION:Communist International"));

    assertThat(entities).hasSize(2);
  }

  @Test
  void aThirdNameWithTheHeadMakesItUnclear() {
    List<Entity> entities = Story.resolve(
        league().say("The Miners League stayed out of it.", "ORGANIZATION:Miners League"));

    assertThat(Story.entityOf(entities, "Fourth League").aliases())
        .containsExactly("Fourth League");
  }

  @Test
  void twoNumberedNamesMakeItUnclear() {
    List<Entity> entities = Story.resolve(
        league().say("The Fifth League was founded much later.", "MISC:Fifth League"));

    assertThat(Story.entityOf(entities, "Velmar League").aliases())
        .containsExactly("Velmar League");
  }

  @Test
  void namesInOneSentenceAreTwoThings() {
    List<Entity> entities = Story.resolve(league()
        .say(
            "The Fourth League fought the Velmar League.",
            "MISC:Fourth League",
            "ORGANIZATION:Velmar League"));

    assertThat(entities).extracting(Entity::name).contains("Fourth League", "Velmar League");
  }

  @Test
  void namesInDifferentDocumentsOnlyStayApart() {
    List<Entity> entities = Story.resolve(new Story()
        .doc("one")
        .say("The Velmar League met in Tolm.", "ORGANIZATION:Velmar League", "LOCATION:Tolm")
        .doc("two")
        .say("The Fourth League sent money.", "MISC:Fourth League"));

    assertThat(Story.entityOf(entities, "Fourth League").aliases())
        .containsExactly("Fourth League");
  }

  @Test
  void placesAreNotJoined() {
    List<Entity> entities = Story.resolve(new Story()
        .doc("atlas")
        .say("Boats sailed from Upper Tolm.", "LOCATION:Upper Tolm")
        .say("Later they reached Second Tolm.", "LOCATION:Second Tolm"));

    assertThat(entities).hasSize(2);
  }
}
