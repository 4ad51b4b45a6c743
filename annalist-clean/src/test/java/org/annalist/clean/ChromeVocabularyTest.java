package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeVocabularyTest {

  @Test
  void theStandardVocabularyIsLoadedFromItsResource() {
    assertThat(ChromeVocabulary.standard().size()).isGreaterThan(30);
  }

  @Test
  void phrasesMatchWholeWordsOnly() {
    ChromeVocabulary vocabulary = ChromeVocabulary.of(List.of("share"));

    boolean[] inWord = vocabulary.coverage("shareholders");
    boolean[] alone = vocabulary.coverage("share it");

    assertThat(inWord).containsOnly(false);
    assertThat(alone).startsWith(true, true, true, true, true).endsWith(false, false, false);
  }

  @Test
  void phrasesMatchIgnoringCase() {
    assertThat(ChromeVocabulary.of(List.of("back to top")).coverage("BACK TO TOP"))
        .containsOnly(true);
  }

  @Test
  void anEmptyVocabularyCoversNothing() {
    assertThat(ChromeVocabulary.of(List.of()).coverage("Related Posts")).containsOnly(false);
  }

  @Test
  void anInvalidPhraseIsReportedWithItsText() {
    assertThatThrownBy(() -> ChromeVocabulary.of(List.of("(unclosed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'(unclosed'");
  }
}
