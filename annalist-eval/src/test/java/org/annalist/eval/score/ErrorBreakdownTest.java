package org.annalist.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBreakdownTest {

  @Test
  void groupsValueErrorsByValuePairMostFrequentFirst() {
    List<ValueError> errors = List.of(
        new ValueError("d1", "January", "1942-01", "January", "1941-01"),
        new ValueError("d1", "winter", "1915-WI", "winter", "1914-WI"),
        new ValueError("d2", "January", "1942-01", "January", "1941-01"),
        new ValueError("d3", "in January", "1942-01", "January", "1941-01"));

    List<ErrorBreakdown.Group> groups = ErrorBreakdown.valuePairs(errors, 30);

    assertThat(groups)
        .extracting(ErrorBreakdown.Group::key)
        .containsExactly("1942-01 -> 1941-01", "1915-WI -> 1914-WI");
    assertThat(groups.get(0).count()).isEqualTo(3);
    assertThat(groups.get(0).examples())
        .containsExactly(
            "\"January\" / \"January\" (d1)",
            "\"January\" / \"January\" (d2)",
            "\"in January\" / \"January\" (d3)");
    assertThat(ErrorBreakdown.valuePairs(errors, 1)).hasSize(1);
  }

  @Test
  void groupsTextsWithNewlinesShownAsSpaces() {
    List<ErrorBreakdown.Group> groups =
        ErrorBreakdown.texts(List.of("the fall", "the\nfall", "Saturday"), 20);

    assertThat(groups)
        .extracting(ErrorBreakdown.Group::key)
        .containsExactly("the fall", "Saturday");
    assertThat(groups.get(0).count()).isEqualTo(2);
  }
}
