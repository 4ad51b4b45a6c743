package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-02-08                       | 2024-02-08",
        "on 2024/5/9 at noon              | 2024-05-09",
        "2023.11.05                       | 2023-11-05",
        "08.02.2024                       | 2024-02-08",
        "2024年2月8日                      | 2024-02-08",
        "March 3, 2021                    | 2021-03-03",
        "Mar. 3 2021                      | 2021-03-03",
        "Sept 30th, 1949                  | 1949-09-30",
        "3 March 2021                     | 2021-03-03",
        "the 1st of October 1949          | 1949-10-01",
        "16 DECEMBER 1949                 | 1949-12-16",
      })
  void readsCommonDateForms(String text, LocalDate expected) {
    StatedDate date = DateFinder.first(text);

    assertThat(date).isNotNull();
    assertThat(date.date()).isEqualTo(expected);
    assertThat(date.withTime()).isFalse();
  }

  @Test
  void splitsATimeGluedToTheDay() {
    StatedDate date = DateFinder.first("2024/05/2419:04:33");

    assertThat(date).isNotNull();
    assertThat(date.date()).isEqualTo(LocalDate.of(2024, 5, 24));
    assertThat(date.withTime()).isTrue();
    assertThat(date.end()).isEqualTo("2024/05/2419:04:33".length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-11-05 08:12",
        "2023-11-05T08:12:00Z",
        "March 3, 2021, 10:45",
        "3 March 2021 at 9:05",
        "2024/5/419:04"
      })
  void noticesATimeWrittenWithTheDate(String text) {
    StatedDate date = DateFinder.first(text);

    assertThat(date).isNotNull();
    assertThat(date.withTime()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-30",
        "2023-13-01",
        "February 30, 2021",
        "31 April 2020",
        "00.00.2020",
        "2023-11-00"
      })
  void ignoresImpossibleDates(String text) {
    assertThat(DateFinder.first(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "03/04/2021",
        "in 1941",
        "between May and July 1942",
        "1941-1950",
        "12345-12-12",
        "version 1.2.3",
        "May 1945",
        "the spring of the following year"
      })
  void ignoresWhatIsNotACompleteUnambiguousDate(String text) {
    assertThat(DateFinder.first(text)).isNull();
  }

  @Test
  void findsAllDatesInOrder() {
    assertThat(DateFinder.findAll("From 1949-12-16 to February 17, 1950, and 2024/05/24."))
        .extracting(StatedDate::date)
        .containsExactly(
            LocalDate.of(1949, 12, 16), LocalDate.of(1950, 2, 17), LocalDate.of(2024, 5, 24));
  }

  @Test
  void reportsWhereTheDateIs() {
    StatedDate date = DateFinder.first("Posted: March 3, 2021 by staff");

    assertThat(date).isNotNull();
    assertThat("Posted: March 3, 2021 by staff".substring(date.start(), date.end()))
        .isEqualTo("March 3, 2021");
    assertThat(date.numeric()).isFalse();
  }
}
