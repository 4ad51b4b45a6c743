package org.annalist.model.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexTest {

  @ParameterizedTest
  @CsvSource({
    "1941, 1941",
    "1941-07, 1941",
    "1941-07-02T04:30, 1941",
    "1941-W27-WE, 1941",
    "1942-SP, 1942",
    "0480, 480"
  })
  void aValueWithAFourDigitYearHasThatYear(String value, int year) {
    assertThat(new Timex(TimexType.DATE, value, TimexMod.START).year())
        .isEqualTo(OptionalInt.of(year));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "194",
        "19",
        "193X",
        "19XX",
        "XXXX-07",
        "BC0480",
        "P3Y",
        "PT4H",
        "PRESENT_REF",
        "XXXX-WXX-1"
      })
  void aValueWithoutAFourDigitYearOfTheCommonEraHasNoYear(String value) {
    assertThat(new Timex(TimexType.DATE, value, null).year()).isEmpty();
  }
}
