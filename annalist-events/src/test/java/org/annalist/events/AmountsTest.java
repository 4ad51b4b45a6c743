package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
  private static double read(String words) {
    return Amounts.read(Arrays.asList(words.split(" "))).orElseThrow();
  }

  /**
   * Issue 18: "thirteen" was no number word, so "thirteen thousand" read as 1,000 and could raise a
   * false quantity conflict.
   */
  @Test
  void thirteenThousandIsThirteenThousand() {
    assertThat(read("thirteen thousand")).isEqualTo(13_000);
  }

  @ParameterizedTest
  @CsvSource({
    "thirteen, 13",
    "fourteen, 14",
    "fifteen, 15",
    "sixteen, 16",
    "seventeen, 17",
    "eighteen, 18",
    "nineteen, 19"
  })
  void everyTeenIsAnAmount(String teen, int value) {
    assertThat(Amounts.isAmountWord(teen)).isTrue();
    assertThat(read(teen)).isEqualTo(value);
    assertThat(read(teen + " hundred")).isEqualTo(value * 100);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "80,000; 80000",
        "1.5 million; 1500000",
        "half a million; 500000",
        "six; 6",
        "Twenty; 20",
        "a dozen; 12",
        "hundreds of thousands; 200000",
        "thousands; 2000",
        "two hundred; 200",
        "three thousand five hundred; 3500",
        "ninety million; 90000000",
        "2 billion; 2000000000"
      })
  void readsNumeralsNumberWordsAndScales(String words, double value) {
    assertThat(read(words)).isEqualTo(value);
  }

  @Test
  void wordsWithoutANumberAreNoAmount() {
    assertThat(Amounts.read(List.of("a", "of"))).isEmpty();
    assertThat(Amounts.read(List.of("many"))).isEmpty();
    assertThat(Amounts.isAmountWord("many")).isFalse();
    assertThat(Amounts.isAmountWord("Millions")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"first, 1", "sixth, 6", "Twelfth, 12", "4th, 4", "21st, 21"})
  void readsOrdinals(String word, int value) {
    assertThat(Amounts.ordinal(word)).hasValue(value);
  }

  @Test
  void otherWordsAreNoOrdinals() {
    assertThat(Amounts.ordinal("six")).isEmpty();
    assertThat(Amounts.ordinal("1000th")).isEmpty();
  }
}
