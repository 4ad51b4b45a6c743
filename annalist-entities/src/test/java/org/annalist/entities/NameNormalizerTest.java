package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  private static String person(String text) {
    return NameNormalizer.normalize(text, true).name();
  }

  @Test
  void leadingTitlesAreRemovedFromPeople() {
    assertThat(person("Chairman Mao")).isEqualTo("Mao");
    assertThat(person("Prime Minister Winston Churchill")).isEqualTo("Winston Churchill");
    assertThat(person("Foreign Minister Molotov")).isEqualTo("Molotov");
    assertThat(person("the late Comrade Chairman Lenin")).isEqualTo("Lenin");
    assertThat(person("Dr. Watson")).isEqualTo("Watson");
    assertThat(person("Mrs Thatcher")).isEqualTo("Thatcher");
    assertThat(NameNormalizer.normalize("President Roosevelt", true).titles())
        .containsExactly("President");
  }

  @Test
  void onlyLeadingWordsAreTitles() {
    assertThat(person("John Major")).isEqualTo("John Major");
    assertThat(person("Martin Luther King")).isEqualTo("Martin Luther King");
  }

  @Test
  void aTitleAfterTheNameAndADoubledWordAreTranslationArtefacts() {
    assertThat(person("Hoxha Chairman")).isEqualTo("Hoxha");
    assertThat(person("Tito Tito")).isEqualTo("Tito");
    assertThat(person("Chairman")).isEqualTo("Chairman");
    assertThat(NameNormalizer.normalize("Hoxha Chairman", false).name())
        .isEqualTo("Hoxha Chairman");
  }

  @Test
  void possessivesPunctuationAndSpacesAreCleaned() {
    assertThat(person("Stalin's")).isEqualTo("Stalin");
    assertThat(person("Stalin\u2019s")).isEqualTo("Stalin");
    assertThat(person("Jesus'")).isEqualTo("Jesus");
    assertThat(person("\"Roosevelt,\"")).isEqualTo("Roosevelt");
    assertThat(person("  Joseph \n  Stalin. ")).isEqualTo("Joseph Stalin");
    assertThat(person("(Chairman Mao's)")).isEqualTo("Mao");
    assertThat(person("John J.")).isEqualTo("John J.");
  }

  @Test
  void aTitleAloneIsNotANameButIsKeptAsATitle() {
    NormalizedName chairman = NameNormalizer.normalize("the Chairman", true);
    assertThat(chairman.titleOnly()).isTrue();
    assertThat(chairman.name()).isEqualTo("Chairman");
    assertThat(chairman.key()).isEqualTo("chairman");
    assertThat(NameNormalizer.normalize("Chairman Mao", true).titleOnly()).isFalse();
  }

  @Test
  void placesAndOrganizationsKeepTitleWordsButMatchWithoutTheArticle() {
    NormalizedName island = NameNormalizer.normalize("Prince Edward Island", false);
    assertThat(island.name()).isEqualTo("Prince Edward Island");
    NormalizedName union = NameNormalizer.normalize("the Soviet Union", false);
    assertThat(union.name()).isEqualTo("the Soviet Union");
    assertThat(union.key()).isEqualTo("soviet union");
    assertThat(NameNormalizer.normalize("U.S.", false).name()).isEqualTo("U.S.");
  }
}
