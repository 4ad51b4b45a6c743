package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each normalization rule with the value and the day interval it yields, in a story whose last
 * explicit time is given first ("In 1941." and so on), so relative rules have something to anchor on.
 */
class ValueAndIntervalTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        row("", "In 480 BC Xerxes came.", "480 BC", "BC0480", "-0479-01-01", "-0479-12-31"),
        row(
            "",
            "In the 470s BC the league grew.",
            "the 470s BC",
            "BC047",
            "-0478-01-01",
            "-0469-12-31"),
        row("", "In the 1930s it collapsed.", "the 1930s", "193", "1930-01-01", "1939-12-31"),
        row(
            "",
            "In the 19th century it grew.",
            "the 19th century",
            "18",
            "1800-01-01",
            "1899-12-31"),
        row(
            "",
            "In the fifth century BC Athens rose.",
            "the fifth century BC",
            "BC04",
            "-0499-01-01",
            "-0400-12-31"),
        row(
            "",
            "In the spring of 1942 they attacked.",
            "the spring of 1942",
            "1942-SP",
            "1942-03-01",
            "1942-05-31"),
        row(
            "",
            "In the winter of 1941 they froze.",
            "the winter of 1941",
            "1941-WI",
            "1941-12-01",
            "1942-02-28"),
        row("", "In early 1942 it began.", "early 1942", "1942", "1942-01-01", "1942-04-30"),
        row("", "In mid-1942 it turned.", "mid-1942", "1942", "1942-05-01", "1942-08-31"),
        row(
            "",
            "In late July 1941 he asked.",
            "late July 1941",
            "1941-07",
            "1941-07-21",
            "1941-07-31"),
        row(
            "",
            "At the end of 1941 he asked again.",
            "the end of 1941",
            "1941",
            "1941-09-01",
            "1941-12-31"),
        row(
            "In 1941 the war began. ",
            "The following year they won.",
            "The following year",
            "1942",
            "1942-01-01",
            "1942-12-31"),
        row(
            "In 1941 the war began. ",
            "That winter was hard.",
            "That winter",
            "1941-WI",
            "1941-12-01",
            "1942-02-28"),
        row(
            "On Friday, June 20, 1941 he slept. ",
            "On Sunday they attacked.",
            "Sunday",
            "1941-06-22",
            "1941-06-22",
            "1941-06-22"),
        row(
            "In 1941 the war began. ",
            "In December he asked.",
            "December",
            "1941-12",
            "1941-12-01",
            "1941-12-31"),
        row(
            "In 1941 the war began. ",
            "By March Moscow held.",
            "March",
            "1941-03",
            "1941-03-01",
            "1941-03-31"),
        row(
            "In 1941 the war began. ",
            "Between May and July 1942 he asked twice.",
            "May",
            "1942-05",
            "1942-05-01",
            "1942-05-31"),
        row("", "From 1942 to 1943 they fought.", "1943", "1943", "1943-01-01", "1943-12-31"),
        row(
            "",
            "In the first half of 1942 it held.",
            "the first half of 1942",
            "1942-H1",
            "1942-01-01",
            "1942-06-30"));
  }

  private static Arguments row(
      String before,
      String sentence,
      String expected,
      String value,
      String earliest,
      String latest) {
    return Arguments.of(before, sentence, expected, value, earliest, latest);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void givesTheValueAndTheInterval(
      String before,
      String sentence,
      String expected,
      String value,
      String earliest,
      String latest) {
    String text = before + sentence;
    List<TemporalExpression> found =
        TemporalTagger.english().tag(text, TemporalContext.narrative(null));
    TemporalExpression expression = found.stream()
        .filter(e -> e.span().start() >= before.length() && e.span().quote(text).equals(expected))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + expected + "' in " + found));
    assertThat(expression.value()).isEqualTo(value);
    assertThat(expression.interval())
        .isEqualTo(DayInterval.of(LocalDate.parse(earliest), LocalDate.parse(latest)));
  }
}
