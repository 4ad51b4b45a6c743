package org.annalist.eval.score;

import static org.annalist.eval.score.Samples.gold;
import static org.annalist.eval.score.Samples.system;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class SpanMatcherTest {
  private static final String TEXT =
      "By late September 1939 Poland had fallen; in the winter of 1942 the front froze.";

  @Test
  void identicalSpansMatchStrictlyAndRelaxed() {
    List<GoldTimex> gold = List.of(gold(TEXT, "late September 1939", "1939-09"));
    List<SystemTimex> system = List.of(system(TEXT, "late September 1939", "1939-09"));

    assertThat(SpanMatcher.strict(gold, system)).containsExactly(new Match(0, 0));
    assertThat(SpanMatcher.relaxed(gold, system)).containsExactly(new Match(0, 0));
  }

  @Test
  void overlappingSpansMatchOnlyRelaxed() {
    List<GoldTimex> gold = List.of(gold(TEXT, "late September 1939", "1939-09"));
    List<SystemTimex> system = List.of(system(TEXT, "September 1939", "1939-09"));

    assertThat(SpanMatcher.strict(gold, system)).isEmpty();
    assertThat(SpanMatcher.relaxed(gold, system)).containsExactly(new Match(0, 0));
  }

  @Test
  void oneSystemSpanOverTwoGoldMatchesOnlyOne() {
    String text = "from May 1940 to June 1941";
    List<GoldTimex> gold =
        List.of(gold(text, "May 1940", "1940-05"), gold(text, "June 1941", "1941-06"));
    List<SystemTimex> system = List.of(system(text, "May 1940 to June 1941", "P13M"));

    assertThat(SpanMatcher.relaxed(gold, system)).hasSize(1);
  }

  @Test
  void twoSystemSpansOverOneGoldMatchOnlyOne() {
    List<GoldTimex> gold = List.of(gold(TEXT, "late September 1939", "1939-09"));
    List<SystemTimex> system =
        List.of(system(TEXT, "late September", "XXXX-09"), system(TEXT, "1939", "1939"));

    assertThat(SpanMatcher.relaxed(gold, system)).containsExactly(new Match(0, 0));
  }

  @Test
  void greedyTakesTheLargestOverlapFirst() {
    String text = "0123456789abcdefghij";
    List<GoldTimex> gold = List.of(gold(text, "0123456789", "A"), gold(text, "89abcdefghij", "B"));
    List<SystemTimex> system = List.of(system(text, "56789ab", "A"), system(text, "9a", "B"));

    // 56789ab overlaps the first gold by 5 and the second by 4; 9a overlaps them by 1 and 2.
    assertThat(SpanMatcher.relaxed(gold, system)).containsExactly(new Match(0, 0), new Match(1, 1));
  }

  @Test
  void nestedGoldPairsEachSystemSpanWithTheTighterFit() {
    GoldTimex outer = gold(TEXT, "the winter of 1942", "1942-WI");
    GoldTimex inner = gold(TEXT, "1942", "1942");
    List<GoldTimex> gold = List.of(outer, inner);

    assertThat(SpanMatcher.relaxed(gold, List.of(system(TEXT, "1942", "1942"))))
        .containsExactly(new Match(1, 0));
    assertThat(SpanMatcher.relaxed(gold, List.of(system(TEXT, "winter of 1942", "1942-WI"))))
        .containsExactly(new Match(0, 0));
    assertThat(SpanMatcher.relaxed(
            gold, List.of(system(TEXT, "winter of 1942", "1942-WI"), system(TEXT, "1942", "1942"))))
        .containsExactly(new Match(0, 0), new Match(1, 1));
  }

  @Test
  void strictPrefersTheGoldWithTheSameValueAmongIdenticalSpans() {
    Span year = Samples.find(TEXT, "1942", 0);
    List<GoldTimex> gold = List.of(
        new GoldTimex("a", year, "1942", "1942-WI", null, null),
        new GoldTimex("b", year, "1942", "1942", null, null));

    assertThat(SpanMatcher.strict(gold, List.of(system(TEXT, "1942", "1942"))))
        .containsExactly(new Match(1, 0));
  }

  @Test
  void disjointSpansDoNotMatch() {
    List<GoldTimex> gold = List.of(gold(TEXT, "late September 1939", "1939-09"));

    assertThat(SpanMatcher.relaxed(gold, List.of(system(TEXT, "the winter of 1942", "1942-WI"))))
        .isEmpty();
    assertThat(SpanMatcher.relaxed(gold, List.of())).isEmpty();
  }
}
