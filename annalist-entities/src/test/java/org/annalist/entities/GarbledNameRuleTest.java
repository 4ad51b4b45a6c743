package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GarbledNameRuleTest {

  /** A frequent "Roosevelt" in sentences about relief for farmers, banks and Congress. */
  private static Story roosevelt(int times) {
    Story story = new Story().doc("wire");
    for (int i = 0; i < times; i++) {
      switch (i % 3) {
        case 0 ->
          story.say(
              "Roosevelt asked Congress for relief money for farmers, report " + i + ".",
              "Roosevelt");
        case 1 ->
          story.say(
              "Roosevelt closed the banks and spoke on the radio, report " + i + ".", "Roosevelt");
        default ->
          story.say(
              "Congress passed the relief bill Roosevelt wanted for farmers, report " + i + ".",
              "Roosevelt");
      }
    }
    return story;
  }

  @Test
  void rareGarblingsInTheSameContextJoinTheFrequentName() {
    Story story = roosevelt(12)
        .doc("machine-translated")
        .say("Rosevelt asked the Congress to give relief money to farmers.", "Rosevelt")
        .say("Then Oosevelt closed banks and spoke by radio.", "Oosevelt")
        .say("The relief bill of Rooselt passed Congress for farmers.", "Rooselt");
    List<Entity> entities = Story.resolve(story);
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Roosevelt");
      assertThat(e.aliases()).containsExactly("Oosevelt", "Rooselt", "Roosevelt", "Rosevelt");
      assertThat(e.merges()).extracting(MergeEvidence::rule).containsOnly("spelling+context");
      assertThat(e.merges())
          .filteredOn(m -> m.alias().equals("Rooselt"))
          .singleElement()
          .satisfies(m -> {
            assertThat(m.canonical()).isEqualTo("Roosevelt");
            assertThat(m.score()).isBetween(0.0, 1.0);
            assertThat(m.explanation())
                .startsWith(
                    "'Rooselt' (1 mention in 1 document) is 2 edits from 'Roosevelt' (12 mentions) and shares ");
          });
    });
  }

  @Test
  void aSimilarNameInADifferentContextStaysApart() {
    Story story = roosevelt(12)
        .doc("art")
        .say("The painter Rooseveld sold tulip pictures in Amsterdam.", "Rooseveld");
    assertThat(Story.resolve(story)).hasSize(2);
  }

  @Test
  void aNameThatIsNotRareEnoughComparedWithTheOtherStaysApart() {
    Story story = roosevelt(6)
        .doc("machine-translated")
        .repeat(3, "Rosevelt asked the Congress to give relief money to farmers, #.", "Rosevelt");
    assertThat(Story.resolve(story)).as("6 mentions are fewer than 3 x 3").hasSize(2);
  }

  @Test
  void twoFrequentPeopleWithCloseSpellingsStayApartEvenInTheSameContext() {
    Story story = new Story()
        .repeat(20, "Senator Johnson voted on the farm bill in session #.", "Senator Johnson")
        .repeat(20, "Senator Johnston voted on the farm bill in session #.", "Senator Johnston");
    List<Entity> entities = Story.resolve(story);
    assertThat(entities).extracting(Entity::name).containsExactly("Johnson", "Johnston");
    assertThat(entities)
        .allSatisfy(e -> assertThat(e.merges())
            .extracting(MergeEvidence::rule)
            .doesNotContain("spelling+context"));
  }

  @Test
  void twoPeopleWithCloseSpellingsAndDifferentContextsStayApart() {
    Story story = new Story()
        .repeat(20, "Johnson signed the civil rights act, speech #.", "Johnson")
        .repeat(20, "Johnston coached the rowing team at the regatta, race #.", "Johnston");
    assertThat(Story.resolve(story)).hasSize(2);
  }

  @Test
  void aNameWithMoreThanTheRareLimitIsNeverAGarbling() {
    Story story = new Story()
        .repeat(60, "Johnson signed the civil rights act, speech #.", "Johnson")
        .repeat(16, "Johnston signed the civil rights act, speech #.", "Johnston");
    assertThat(Story.resolve(story)).hasSize(2);
  }

  @Test
  void aShortNameIsNotComparedBySpelling() {
    Story story = new Story()
        .repeat(12, "Ford built cars in the Detroit plant, #.", "Ford")
        .say("Fod built cars in the Detroit plant.", "Fod");
    assertThat(Story.resolve(story)).hasSize(2);
  }
}
