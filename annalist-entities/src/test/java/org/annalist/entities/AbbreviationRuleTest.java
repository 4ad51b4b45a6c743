package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationRuleTest {

  @Test
  void syllabicAbbreviationsTakePiecesOfEachWordInOrder() {
    assertThat(AbbreviationRule.pieces("Normisyn", "Norvell Mining Syndicate"))
        .contains(List.of("nor", "mi", "syn"));
    assertThat(AbbreviationRule.pieces("Gestapo", "Geheime Staatspolizei"))
        .contains(List.of("ge", "sta", "po"));
    assertThat(AbbreviationRule.abbreviates("Sovnarkom", "Soviet Narodnykh Komissarov"))
        .isTrue();
    assertThat(AbbreviationRule.abbreviates("Interpol", "International Police")).isTrue();
    assertThat(AbbreviationRule.abbreviates("Velkomarn", "Velmar Kompanie der Arnhemer"))
        .isTrue();
  }

  @Test
  void initialismsTakeOneLetterPerWordAndMaySkipLowerCaseWords() {
    assertThat(AbbreviationRule.abbreviates("NMS", "Norvell Mining Syndicate")).isTrue();
    assertThat(AbbreviationRule.abbreviates("TFV", "Trade Federation of Velmar"))
        .isTrue();
    assertThat(AbbreviationRule.abbreviates("TFOV", "Trade Federation of Velmar"))
        .isTrue();
    assertThat(AbbreviationRule.abbreviates("K.R.", "Kellan Republic")).isTrue();
    assertThat(AbbreviationRule.abbreviates("SNAP", "Soviet-Norvell Aggression Pact"))
        .isTrue();
  }

  @Test
  void everyCapitalizedWordMustGiveAPiece() {
    assertThat(AbbreviationRule.abbreviates("Norvell", "Norvell Mining"))
        .as("the first word alone")
        .isFalse();
    assertThat(AbbreviationRule.abbreviates("Amnesty", "Amnesty International")).isFalse();
    assertThat(AbbreviationRule.abbreviates("NM", "Norvell Mining Syndicate")).isFalse();
    assertThat(AbbreviationRule.abbreviates("Normin", "Norvell Mining Syndicate"))
        .isFalse();
  }

  @Test
  void shortMixedCaseWordsAndLowerCaseWordsAreNotAbbreviations() {
    assertThat(AbbreviationRule.abbreviates("Nomi", "Norvell Mining"))
        .as("under five letters")
        .isFalse();
    assertThat(AbbreviationRule.abbreviates("normin", "Norvell Mining")).isFalse();
    assertThat(AbbreviationRule.abbreviates("N", "Norvell")).isFalse();
    assertThat(AbbreviationRule.abbreviates("Nor-min", "Norvell Mining")).isFalse();
  }

  @Test
  void anAbbreviationJoinsTheOnlyNameItAbbreviatesWithEvidence() {
    List<Entity> entities = Story.resolve(new Story()
        .say(
            "The Norvell Mining Syndicate bought the valley.",
            "ORGANIZATION:Norvell Mining Syndicate")
        .say("Normisyn shares rose.", "ORGANIZATION:Normisyn")
        .say("The NMS board met in Tolm.", "ORGANIZATION:NMS", "LOCATION:Tolm"));

    Entity syndicate = Story.entityOf(entities, "NMS");
    assertThat(syndicate.aliases()).containsExactly("NMS", "Normisyn", "Norvell Mining Syndicate");
    assertThat(syndicate.name()).isEqualTo("Norvell Mining Syndicate");
    assertThat(syndicate.merges())
        .filteredOn(m -> m.rule().equals("abbreviation"))
        .extracting(MergeEvidence::explanation)
        .containsExactlyInAnyOrder(
            "'NMS' is the initials of 'Norvell Mining Syndicate', the only name it abbreviates",
            "'Normisyn' is made of the pieces nor-mi-syn of 'Norvell Mining Syndicate', the only name it abbreviates");
    assertThat(Story.entityOf(entities, "Tolm").aliases()).containsExactly("Tolm");
  }

  @Test
  void anAbbreviationOfTwoNamesIsLeftAlone() {
    List<Entity> entities = Story.resolve(new Story()
        .say(
            "The Norvell Mining Syndicate bought the valley.",
            "ORGANIZATION:Norvell Mining Syndicate")
        .say("The National Mapping Service drew it.", "ORGANIZATION:National Mapping Service")
        .say("NMS said so.", "ORGANIZATION:NMS"));

    assertThat(entities).hasSize(3);
    assertThat(Story.entityOf(entities, "NMS").merges()).isEmpty();
  }

  @Test
  void ofTwoNamesItAbbreviatesTheOneSpelledOutBesideItIsMeant() {
    List<Entity> entities = Story.resolve(new Story()
        .doc("mining")
        .say(
            "The Norvell Mining Syndicate (NMS) bought the valley.",
            "ORGANIZATION:Norvell Mining Syndicate",
            "ORGANIZATION:NMS")
        .doc("maps")
        .say("The National Mapping Service drew it.", "ORGANIZATION:National Mapping Service")
        .doc("later")
        .say("NMS said so.", "ORGANIZATION:NMS"));

    Entity syndicate = Story.entityOf(entities, "NMS");
    assertThat(syndicate.aliases()).containsExactly("NMS", "Norvell Mining Syndicate");
    assertThat(syndicate.merges())
        .filteredOn(m -> m.rule().equals("abbreviation"))
        .singleElement()
        .satisfies(m -> assertThat(m.explanation())
            .endsWith(
                "the only name it abbreviates in the documents that use one of them with it"));
  }

  @Test
  void peopleAreNotAbbreviated() {
    List<Entity> entities = Story.resolve(
        new Story().say("Henrik Valborg spoke.", "Henrik Valborg").say("HV agreed.", "HV"));

    assertThat(entities).hasSize(2);
  }
}
