package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates written with slashes. */
class SlashDatesTest {
  private static final TemporalContext NEWS = TemporalContext.news(LocalDate.of(2009, 6, 3));

  @Test
  void aSlashDateIsMonthDayYearUnlessTheFirstNumberCanOnlyBeADay() {
    assertThat(found("The plant opened on 7/8/07 and closed on 12/31/2008."))
        .containsExactly("7/8/07=2007-07-08", "12/31/2008=2008-12-31");
    assertThat(found("It closed on 31/12/2008.")).containsExactly("31/12/2008=2008-12-31");
    assertThat(found("The bridge opened on 4/1/65.")).containsExactly("4/1/65=1965-04-01");
  }

  @Test
  void fractionsLongerRunsAndImpossibleDaysAreNoSlashDates() {
    assertThat(found("Turn 3/4 of the dial.")).isEmpty();
    assertThat(found("The code was 1/2/3/4.")).isEmpty();
    assertThat(found("Filed on 13/13/2008.")).containsExactly("2008=2008");
  }

  private static List<String> found(String text) {
    return TemporalTagger.english().tag(text, NEWS).stream()
        .map(e -> e.span().quote(text) + "=" + e.value())
        .toList();
  }
}
