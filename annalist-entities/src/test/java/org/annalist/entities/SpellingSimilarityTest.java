package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingSimilarityTest {

  @Test
  void editDistanceCountsDeletionsSubstitutionsAndSwaps() {
    assertThat(SpellingSimilarity.editDistance("Roosevelt", "Rosevelt")).isEqualTo(1);
    assertThat(SpellingSimilarity.editDistance("Roosevelt", "Oosevelt")).isEqualTo(1);
    assertThat(SpellingSimilarity.editDistance("Roosevelt", "Rooselt")).isEqualTo(2);
    assertThat(SpellingSimilarity.editDistance("Roosevelt", "Roosevlet")).isEqualTo(1);
    assertThat(SpellingSimilarity.editDistance("Lincoln", "Lincoln")).isZero();
    assertThat(SpellingSimilarity.editDistance("", "abc")).isEqualTo(3);
  }

  @Test
  void aNameThatLengthensWhenLowercasedStillScoresBetweenZeroAndOne() {
    assertThat(SpellingSimilarity.score("\u0130\u0130", "x")).isBetween(0.0, 1.0);
    assertThat(SpellingSimilarity.score("\u0130stanbul", "Istanbul")).isBetween(0.5, 1.0);
  }

  @Test
  void garblingsScoreHighAndUnrelatedNamesLow() {
    assertThat(SpellingSimilarity.score("Rooselt", "Roosevelt")).isGreaterThan(0.7);
    assertThat(SpellingSimilarity.score("Oosevelt", "Roosevelt")).isGreaterThan(0.85);
    assertThat(SpellingSimilarity.score("Churchill", "Roosevelt")).isLessThan(0.3);
    assertThat(SpellingSimilarity.score("Mann", "Roosevelt")).isLessThan(0.3);
  }

  @Test
  void affixOverlapSeesADroppedFirstLetter() {
    assertThat(SpellingSimilarity.affixOverlap("Oosevelt", "Roosevelt")).isEqualTo(1.0);
    assertThat(SpellingSimilarity.affixOverlap("Roosev", "Roosevelt")).isEqualTo(1.0);
  }

  @Test
  void allowedEditsShrinkForShortNames() {
    assertThat(SpellingSimilarity.allowedEdits("Roosevelt", "Rooselt", 2)).isEqualTo(2);
    assertThat(SpellingSimilarity.allowedEdits("Grant", "Gant", 2)).isEqualTo(1);
  }
}
