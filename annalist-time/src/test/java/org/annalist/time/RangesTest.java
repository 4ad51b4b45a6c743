package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Span;
import org.annalist.model.layers.TimexRange;
import org.junit.jupiter.api.Test;

class RangesTest {

  private static List<TemporalRange> ranges(String text) {
    return TemporalTagger.english()
        .analyze(
            text, List.of(Span.of(0, text.length())), List.of(), TemporalContext.narrative(null))
        .ranges();
  }

  @Test
  void betweenTwoMonthsSpansFromTheFirstDayOfOneToTheLastOfTheOther() {
    String text = "In 1941 it began. Between May and July 1942 he sent two telegrams.";
    TemporalRange range = ranges(text).get(0);
    assertThat(range.span().quote(text)).isEqualTo("Between May and July 1942");
    assertThat(range.ends()).isEqualTo(new TimexRange("1942-05", "1942-07"));
    assertThat(range.interval())
        .isEqualTo(DayInterval.of(LocalDate.of(1942, 5, 1), LocalDate.of(1942, 7, 31)));
  }

  @Test
  void fromToAndDashesMakeRanges() {
    String text = "The battle lasted from 1942 to 1943. The war of 1939-1945 ended.";
    assertThat(ranges(text))
        .extracting(TemporalRange::ends)
        .containsExactly(new TimexRange("1942", "1943"), new TimexRange("1939", "1945"));
    assertThat(ranges(text))
        .extracting(range -> range.span().quote(text))
        .containsExactly("from 1942 to 1943", "1939-1945");
  }

  @Test
  void twoDatesThatAreNotLinkedOrRunBackwardsAreNotARange() {
    assertThat(ranges("In 1942 and in 1943 they fought.")).isEmpty();
    assertThat(ranges("He wrote in 1945 to 1941 veterans.")).isEmpty();
    assertThat(ranges("Between 1942 and 1943, three years passed.")).hasSize(1);
  }
}
