package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSignalsTest {

  @Test
  void aChapterHeadingMarksFictionButADateLineDoesNot() {
    assertThat(SourceSignals.fiction(
            "The rain fell.\nChapter 12 The Long Night\nShe waited.", List.of()))
        .singleElement()
        .satisfies(flag -> assertThat(flag.reason()).contains("Chapter 12 The Long Night"));
    assertThat(SourceSignals.fiction(
            "In the chapter of history that followed, armies moved.", List.of()))
        .isEmpty();
  }

  @Test
  void dialogueAndUnknownCharactersTogetherMarkFiction() {
    String dialogue =
        "\"We must go now, before dawn,\" she said.\n\"I will not leave him here,\" he answered.\nThey left.";
    assertThat(SourceSignals.fiction(dialogue, List.of())).isEmpty();
    assertThat(SourceSignals.fiction(dialogue, List.of("Oren Vale")))
        .singleElement()
        .satisfies(flag -> assertThat(flag.reason()).contains("dialogue").contains("Oren Vale"));
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
