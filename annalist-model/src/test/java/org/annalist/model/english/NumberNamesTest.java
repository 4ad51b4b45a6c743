package org.annalist.model.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberNamesTest {
  private static final List<String> TEENS =
      List.of("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");

  @Test
  void everyTeenIsANumber() {
    assertThat(TEENS)
        .map(teen -> NumberNames.cardinal(teen).orElse(-1))
        .containsExactlyElementsOf(IntStream.rangeClosed(13, 19).boxed().toList());
  }

  @ParameterizedTest
  @CsvSource({
    "one, 1",
    "nine, 9",
    "ten, 10",
    "eleven, 11",
    "twelve, 12",
    "twenty, 20",
    "thirty, 30",
    "forty, 40",
    "fifty, 50",
    "sixty, 60",
    "seventy, 70",
    "eighty, 80",
    "ninety, 90",
    "dozen, 12",
    "Seventeen, 17",
    "SIX, 6"
  })
  void readsCardinalsInAnyCase(String word, int value) {
    assertThat(NumberNames.cardinal(word)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({"hundred, 100", "thousand, 1000", "Million, 1000000", "billion, 1000000000"})
  void readsScaleWords(String word, long factor) {
    assertThat(NumberNames.scale(word)).hasValue(factor);
  }

  @Test
  void otherWordsAreNoNumbers() {
    for (String word :
        List.of("zero", "a", "half", "twenty-five", "thousands", "hundred", "first", "4", "")) {
      assertThat(NumberNames.cardinal(word)).as(word).isEmpty();
    }
    for (String word : List.of("thousands", "dozen", "ten", "trillion", "")) {
      assertThat(NumberNames.scale(word)).as(word).isEmpty();
    }
  }
}
