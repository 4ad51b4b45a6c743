package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
  private static NumberWords.Amount read(String text) {
    return NumberWords.read(TimeTokenizer.tokenize(text, 0, text.length()), 0);
  }

  /** The amount read from the start of the text, and the text of the tokens it took. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "three years; 3; three",
        "Thirteen days; 13; Thirteen",
        "fourteen; 14; fourteen",
        "sixteen; 16; sixteen",
        "seventeen; 17; seventeen",
        "eighteen; 18; eighteen",
        "nineteen; 19; nineteen",
        "twenty-five years; 25; twenty-five",
        "twenty - five; 25; twenty - five",
        "ten-five; 10; ten",
        "a dozen weeks; 1; a",
        "dozen weeks; 12; dozen",
        "three hundred years; 300; three hundred",
        "a hundred days; 1; a",
        "hundred days; 100; hundred",
        "two and a half years; 2.5; two and a half",
        "007 days; 7; 007",
        "1.5 hours; 1.5; 1.5",
        "a few days; X; a few",
        "a couple of weeks; 2; a couple of",
        "several months; X; several",
        "an hour; 1; an"
      })
  void readsAnAmountAndWhereItEnds(String text, String value, String taken) {
    var tokens = TimeTokenizer.tokenize(text, 0, text.length());
    NumberWords.Amount amount = read(text);

    assertThat(amount.value()).isEqualTo(value);
    assertThat(text.substring(0, tokens.get(amount.next() - 1).end())).isEqualTo(taken);
  }

  @ParameterizedTest
  @CsvSource({"thousand years", "years", "couple", "half"})
  void otherWordsAreNoAmount(String text) {
    assertThat(read(text)).isNull();
  }
}
