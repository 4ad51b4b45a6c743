package org.annalist.model.layers;

import static org.annalist.model.layers.TimeLayers.RANGE;
import static org.annalist.model.layers.TimeLayers.SENTENCE_REFERENCE;
import static org.annalist.model.layers.TimeLayers.TIMEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time stage's stored formats read back as they were written, and typed values survive the trip. */
class TimeLayersTest {

  /** As the time stage writes them: every type, with and without a modifier, the kinds of TIMEX value. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "DATE 1941-07 START",
        "DATE 1941",
        "DATE 194",
        "DATE 19",
        "DATE BC0480",
        "DATE XXXX-12-16",
        "DATE 1942-SP",
        "DATE 1941-W27",
        "DATE 1941-W27-WE",
        "DATE PRESENT_REF",
        "DATE PAST_REF APPROX",
        "TIME 1941-07-02T04:30",
        "TIME 1941-07-02TNI",
        "TIME 1941-07-02T24:00",
        "DURATION P3Y",
        "DURATION P1.5Y",
        "DURATION PT4H MORE_THAN",
        "DURATION PXY",
        "SET XXXX-WXX-1",
        "SET P1W",
        "DATE 1943 ON_OR_BEFORE",
        "DATE 1941-Q3 EQUAL_OR_LESS"
      })
  void temporalExpressionsReadBackUnchanged(String stored) {
    assertThat(TIMEX.encode(TIMEX.decode(stored))).isEqualTo(stored);
    assertThat(SENTENCE_REFERENCE.encode(SENTENCE_REFERENCE.decode(stored))).isEqualTo(stored);
  }

  @Test
  void aTemporalExpressionIsReadAsItsTypeValueAndModifier() {
    assertThat(TIMEX.decode("DATE 1941-07 START"))
        .isEqualTo(new Timex(TimexType.DATE, "1941-07", TimexMod.START));
    assertThat(TIMEX.decode("DURATION P3Y")).isEqualTo(new Timex(TimexType.DURATION, "P3Y", null));
  }

  @Property
  void everyTemporalExpressionSurvivesTheTrip(@ForAll("timexes") Timex timex) {
    assertThat(TIMEX.decode(TIMEX.encode(timex))).isEqualTo(timex);
  }

  @Provide
  Arbitrary<Timex> timexes() {
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.of("1941", "1941-07-02T04:30", "BC0480", "P3Y", "FUTURE_REF"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(12).excludeChars(' '));
    return Combinators.combine(
            Arbitraries.of(TimexType.class),
            values,
            Arbitraries.of(TimexMod.class).injectNull(0.3))
        .as(Timex::new);
  }

  @Test
  void aTemporalExpressionNotInTheFormatIsRefused() {
    assertThatThrownBy(() -> TIMEX.decode("DATE"))
        .hasMessageStartingWith("layer time.timex: cannot read the value 'DATE'");
    assertThatThrownBy(() -> TIMEX.decode("WHEN 1941"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TIMEX.decode("DATE 1941 SOMETIME"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TIMEX.decode("DATE 1941 "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TIMEX.decode("DATE  1941"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TIMEX.decode("1941-07")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Timex(TimexType.DATE, "July 1941", null))
        .hasMessageContaining("no spaces");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1942-05/1942-07",
        "1939/1945",
        "BC0480/BC0470",
        "1941-07-02/1941-07-09",
        "194/1952"
      })
  void rangesReadBackUnchanged(String stored) {
    assertThat(RANGE.encode(RANGE.decode(stored))).isEqualTo(stored);
  }

  @Test
  void aRangeIsReadAsItsTwoEnds() {
    assertThat(RANGE.decode("1942-05/1942-07")).isEqualTo(new TimexRange("1942-05", "1942-07"));
    assertThatThrownBy(() -> RANGE.decode("1942-05")).hasMessageStartingWith("layer time.range");
    assertThatThrownBy(() -> RANGE.decode("1942-05/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RANGE.decode("1942/05/07"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void everyRangeSurvivesTheTrip(@ForAll("ends") String from, @ForAll("ends") String to) {
    TimexRange range = new TimexRange(from, to);
    assertThat(RANGE.decode(RANGE.encode(range))).isEqualTo(range);
  }

  @Provide
  Arbitrary<String> ends() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).excludeChars(' ', '/');
  }

  @Test
  void aSentenceWithoutAReferenceTimeIsStoredAsNone() {
    assertThat(SENTENCE_REFERENCE.encode(Optional.empty())).isEqualTo("none");
    assertThat(SENTENCE_REFERENCE.decode("none")).isEmpty();
    assertThat(SENTENCE_REFERENCE.decode("DATE 1941 END"))
        .contains(new Timex(TimexType.DATE, "1941", TimexMod.END));
    assertThatThrownBy(() -> SENTENCE_REFERENCE.decode("1941"))
        .hasMessageStartingWith("layer time.sentence-reference");
  }

  @Property
  void everySentenceReferenceSurvivesTheTrip(@ForAll("timexes") Timex timex) {
    assertThat(SENTENCE_REFERENCE.decode(SENTENCE_REFERENCE.encode(Optional.of(timex))))
        .contains(timex);
  }
}
