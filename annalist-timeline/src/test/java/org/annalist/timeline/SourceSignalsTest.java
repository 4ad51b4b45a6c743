package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSignalsTest {

  private static final String HISTORY_CHAPTER = "Chapter 3 The Road to War\n"
      + "In the spring of 1912 the northern provinces raised new taxes. The council met twice.\n"
      + "Its members disagreed about the harbour and about the grain reserves of the coast.\n"
      + "By the autumn the envoys had signed a treaty that settled the border for a decade.\n";
  private static final String NEWS_WITH_QUOTES = "The mayor opened the new bridge on Monday.\n"
      + "\"This bridge joins two halves of our town,\" said Dana Orlov, who chairs the council.\n"
      + "\"We waited eleven years for it,\" Orlov added.\n"
      + "Traffic is expected to double by the end of the year.\n";

  @Test
  void aChapterHeadingAloneIsNotFiction() {
    assertThat(SourceSignals.fiction(HISTORY_CHAPTER, List.of())).isEmpty();
    assertThat(SourceSignals.fiction(
            "In the chapter of history that followed, armies moved.", List.of()))
        .isEmpty();
  }

  @Test
  void aChapterHeadingWithDialogueIsFiction() {
    String novel = "Chapter 12 The Long Night\n"
        + "The rain fell on the roofs of the harbour town.\n"
        + "\"We must go now, before dawn,\" she said.\n"
        + "\"I will not leave him here,\" he answered.\n"
        + "They left at first light.\n";

    assertThat(SourceSignals.fiction(novel, List.of()))
        .singleElement()
        .satisfies(flag -> assertThat(flag.reason())
            .contains("Chapter 12 The Long Night")
            .contains("dialogue in 40% of paragraphs"));
  }

  @Test
  void quotesAndPeopleNoOtherSourceNamesWithoutAChapterAreNotFiction() {
    assertThat(SourceSignals.dialogueShare(NEWS_WITH_QUOTES))
        .isGreaterThan(SourceSignals.DIALOGUE_SHARE);
    assertThat(SourceSignals.fiction(NEWS_WITH_QUOTES, List.of("Dana Orlov"))).isEmpty();
  }

  @Test
  void aChapterWithUnknownPeopleIsFictionOnlyWhenToldByOrToSomeone() {
    assertThat(SourceSignals.fiction(HISTORY_CHAPTER, List.of("Ilse Marrow"))).isEmpty();
    String toldByMe = "Chapter 4\n"
        + "I remember the winter my brother came home from the mines.\n"
        + "You would not have known him, so thin he was.\n"
        + "Ilse Marrow took him in, and I slept by the stove.\n";
    assertThat(SourceSignals.fiction(toldByMe, List.of()))
        .as("a memoir's chapter told by I")
        .isEmpty();
    assertThat(SourceSignals.fiction(toldByMe, List.of("Ilse Marrow")))
        .singleElement()
        .satisfies(flag -> assertThat(flag.reason())
            .contains("Ilse Marrow")
            .contains("first or second person (100% of sentences)"));
  }

  @Test
  void personalNarrationLeavesQuotedSpeechOut() {
    assertThat(SourceSignals.personalNarrationShare(NEWS_WITH_QUOTES)).isZero();
    assertThat(SourceSignals.personalNarrationShare(
            "I walked to the river alone. The boats were gone. Nobody waited there."))
        .isEqualTo(1.0 / 3);
  }

  @Test
  void garbledNamesMarkMachineTranslation() {
    assertThat(SourceSignals.machineTranslation(List.of("Vasolv", "Vaslof"), 0, 1000))
        .hasSize(1);
    assertThat(SourceSignals.machineTranslation(List.of("Vasolv"), 0, 1000)).isEmpty();
    assertThat(SourceSignals.machineTranslation(List.of("Vasolv"), 20, 1000))
        .singleElement()
        .satisfies(flag -> assertThat(flag.reason()).contains("2.0% of the words"));
  }

  @Test
  void copiedPassagesMakeSourcesDependent() {
    String passage =
        "the delegation crossed the frozen river at dawn and reached the northern fortress before the storm "
            + "broke over the valley where the old garrison had waited for three long weeks without news from the capital";
    Copies copies = new Copies();
    copies.add("a", "Introduction of one kind. " + passage + ". Ending.");
    copies.add("b", "A different opening. " + passage + ". Another ending.");
    copies.add(
        "c",
        "Nothing in common with the others at all, a separate account of the harvest festival.");

    assertThat(copies.shared()).containsOnlyKeys("a", "b");
    assertThat(copies.shared().get("a")).containsOnlyKeys("b");
  }
}
