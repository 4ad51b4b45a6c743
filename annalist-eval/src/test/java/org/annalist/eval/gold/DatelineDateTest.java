package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Datelines written in the shapes news sites use, with tokens joined by one space as the reader does. */
class DatelineDateTest {

  @ParameterizedTest(name = "{0} near {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      POSTED : 04 / 02 / 07 , 9 : 00 PM PDT        | 2007-04-03 | 2007-04-02
      05 / 03 / 2013 at 10 : 20 AM EDT             | 2013-05-03 | 2013-05-03
      13 : 26 14 / 09 / 2013                       | 2013-09-15 | 2013-09-14
      2012 . 08 . 08 09 : 01 AM                    | 2012-08-08 | 2012-08-08
      August 8 , 2012 - 4 : 43 pm                  | 2012-08-09 | 2012-08-08
      MAR . 14 , 2013 , 8 : 12 PM                  | 2013-03-15 | 2013-03-14
      Thu Jun 13 , 2013 08 : 45 AM PDT             | 2013-06-13 | 2013-06-13
      November 28th , 2005 , 09 : 11 GMT           | 2005-11-28 | 2005-11-28
      8 : 44AM BST 16 Sep 2013                     | 2013-09-16 | 2013-09-16
      Monday 16 September 2013 03 . 31 BST         | 2013-09-16 | 2013-09-16
      1052 GMT ( 1852 HKT ) , April 10 , 2007      | 2007-04-10 | 2007-04-10
      Nov 12 , 2011 , 05 . 51AM IST                | 2011-11-12 | 2011-11-12
      MONDAY , MARCH 11 , 2013 , 10 : 34 PM        | 2011-03-12 | 2013-03-11
      """)
  void readsTheDayAsWritten(String dateline, LocalDate value, LocalDate expected) {
    assertThat(DatelineDate.written(dateline, value)).contains(expected);
  }

  @ParameterizedTest(name = "{0} near {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      03 / 04 / 2013  | 2013-03-05 | 2013-03-04
      03 / 04 / 2013  | 2013-04-02 | 2013-04-03
      31 / 12 / 99    | 2000-01-01 | 1999-12-31
      """)
  void takesTheReadingNearestTheValue(String dateline, LocalDate value, LocalDate expected) {
    assertThat(DatelineDate.written(dateline, value)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      12 : 52 p . m . EDT
      Last updated at 11 : 11 GMT
      market 5 , 2013
      Sept 31 , 2013
      14 / 14 / 2013
      """)
  void findsNothingWhereNoWholeDateIsWritten(String dateline) {
    assertThat(DatelineDate.written(dateline, LocalDate.of(2013, 5, 2))).isEmpty();
  }
}
