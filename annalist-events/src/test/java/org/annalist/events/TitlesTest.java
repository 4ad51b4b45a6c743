package org.annalist.events;

import static org.annalist.events.EventStageTest.events;
import static org.annalist.events.EventStageTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private static String title(String text, String lemma) {
    return only(events(text), lemma).title();
  }

  @Test
  void aClauseKeepsSubjectVerbObjectRecipientAndAShortPurposeInTheSourcesTense() {
    assertThat(title(
            "In the spring of 1937, at a difficult moment, Vaslov sent a fourth telegram to Brenn"
                + " asking for troops, which angered the council.",
            "send"))
        .isEqualTo("Vaslov sent a fourth telegram to Brenn asking for troops");
  }

  @Test
  void aPronounSubjectBecomesTheNameItStandsFor() {
    String text = "Vaslov reached the coast in May 1937. Later he signed the treaty of Korsk.";
    assertThat(title(text, "sign")).isEqualTo("Vaslov signed the treaty of Korsk");
  }

  @Test
  void aPossessivePronounBecomesTheNamesPossessive() {
    String text = "Vaslov wrote to the council in 1937. The council rejected his request.";
    assertThat(title(text, "reject")).isEqualTo("The council rejected Vaslov's request");
  }

  @Test
  void negationAndAuxiliariesStayAndDatesAndSubordinateClausesGo() {
    String text =
        "After the rains failed, Brenn did not attack the fortress of Korsk in July 1937.";
    assertThat(title(text, "attack")).isEqualTo("Brenn did not attack the fortress of Korsk");
  }

  @Test
  void appositionsAndRelativeClausesAreLeftOut() {
    String text =
        "Ivar Brenn, the governor of the northern province, arrived in Korsk on 3 May 1937.";
    assertThat(title(text, "arrive")).isEqualTo("Ivar Brenn arrived in Korsk");
  }

  @Test
  void anEventNounIsTitledByItsNounPhrase() {
    String text = "Vaslov's visit to Korsk in 1937 was short.";
    assertThat(title(text, "visit")).isEqualTo("Vaslov's visit to Korsk");
  }

  @Test
  void anEventNounAfterASupportVerbIsTitledByTheVerbsClause() {
    String text = "In June 1937 the Zarnian army launched an attack on Korsk.";
    assertThat(title(text, "attack")).isEqualTo("The Zarnian army launched an attack on Korsk");
  }

  @Test
  void aSubjectlessVerbTakesItsDoersName() {
    String text = "In 1937 Vaslov left Korsk and sailed to the islands.";
    assertThat(title(text, "sail")).isEqualTo("Vaslov sailed to the islands");
  }

  @Test
  void aLongClauseKeepsItsCoreAndDropsWhatDoesNotFitWhole() {
    String text = "In 1937 the old and much-feared governor of the three northern provinces of"
        + " the kingdom sent a long and bitter letter to the members of the council of Korsk"
        + " in the capital.";
    String title = title(text, "send");
    assertThat(title.split(" ")).hasSizeLessThanOrEqualTo(Titles.MOST_WORDS);
    assertThat(title).startsWith("The").contains("governor").contains("sent").contains("letter");
    assertThat(title).doesNotEndWith(" of").doesNotEndWith(" the");
  }

  @Test
  void everyMentionHasATitle() {
    List<EventMention> mentions = events("The council met. It rained. Talks failed in 1937.");
    assertThat(mentions).isNotEmpty().allMatch(m -> !m.title().isBlank());
  }
}
