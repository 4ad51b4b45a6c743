package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortFormRuleTest {

  @Test
  void aSurnameJoinsTheOnlyFullNameEndingInIt() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Ulysses Grant took Vicksburg.", "Ulysses Grant")
        .say("Grant pressed on.", "Grant")
        .say("General Grant wrote home.", "General Grant"));
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.aliases()).containsExactly("General Grant", "Grant", "Ulysses Grant");
      assertThat(e.merges())
          .filteredOn(m -> m.rule().equals("short-form"))
          .singleElement()
          .satisfies(m -> assertThat(m.explanation()).contains("last word of 'Ulysses Grant'"));
    });
  }

  @Test
  void aFamilyNameFirstJoinsTheFullName() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Sun Yixian founded the league.", "Sun Yixian")
        .say("Sun travelled to Tokyo.", "Sun"));
    assertThat(entities)
        .singleElement()
        .satisfies(e -> assertThat(e.merges())
            .anySatisfy(m -> assertThat(m.explanation()).contains("first word of 'Sun Yixian'")));
  }

  @Test
  void aShortFormFittingTwoFullNamesIsLeftAloneWithoutEvidence() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Adam Smith wrote on markets.", "Adam Smith")
        .say("John Smith sailed west.", "John Smith")
        .say("Smith disagreed.", "Smith"));
    assertThat(entities).hasSize(3);
    assertThat(Story.entityOf(entities, "Smith").merges()).isEmpty();
  }

  @Test
  void fittingTwoSpellingsOfOneRomanizedNameIsNotAmbiguous() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Mao Tse-tung wrote poems.", "Mao Tse-tung")
        .say("Mao Zedong led the march.", "Mao Zedong")
        .say("Mao rested.", "Mao"));
    assertThat(entities).hasSize(1);
  }

  @Test
  void aCutOffNameJoinsTheFullName() {
    List<Entity> entities = Story.resolve(
        new Story().say("Zhou Enlai arrived.", "Zhou Enlai").say("Zhou En spoke.", "Zhou En"));
    assertThat(entities)
        .singleElement()
        .satisfies(e -> assertThat(e.merges()).extracting(MergeEvidence::rule).contains("prefix"));
  }

  @Test
  void prefixNeedsTheOtherWordsToMatch() {
    assertThat(ShortFormRule.isPrefix(List.of("zhou", "en"), List.of("zhou", "enlai")))
        .isTrue();
    assertThat(ShortFormRule.isPrefix(List.of("zhao", "en"), List.of("zhou", "enlai")))
        .isFalse();
    assertThat(ShortFormRule.isPrefix(List.of("zhou", "e"), List.of("zhou", "enlai")))
        .isFalse();
    assertThat(ShortFormRule.isPrefix(List.of("zhou", "enlai"), List.of("zhou", "enlai")))
        .isFalse();
  }
}
