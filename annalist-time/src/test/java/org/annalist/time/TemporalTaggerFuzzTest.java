package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzz test (Jazzer): on any text, in either anchoring mode, with or without a creation date,
 * the tagger does not throw, gives expressions in text order with offsets inside the text, and
 * values that parse as TIMEX3. Under {@code ./mvnw verify} it replays its inputs in {@code
 * src/test/resources/org/annalist/time/TemporalTaggerFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (docs/RELIABILITY.md).
 */
class TemporalTaggerFuzzTest {
  /** Creation dates from 1000 to 2999, as days since 1970-01-01. */
  private static final long FIRST_DAY = LocalDate.of(1000, 1, 1).toEpochDay();

  private static final long LAST_DAY = LocalDate.of(2999, 12, 31).toEpochDay();

  @FuzzTest
  void tagsAnyTextWithOrderedOffsetsInsideItAndValuesThatParse(FuzzedDataProvider data) {
    boolean news = data.consumeBoolean();
    LocalDate created =
        data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(FIRST_DAY, LAST_DAY)) : null;
    String text = data.consumeRemainingAsString();
    TemporalContext context = news && created != null
        ? TemporalContext.news(created)
        : TemporalContext.narrative(created);

    List<TemporalExpression> expressions = TemporalTagger.english().tag(text, context);

    int previousStart = 0;
    for (TemporalExpression expression : expressions) {
      assertThat(expression.span().start())
          .as("%s in %s", expression, text)
          .isGreaterThanOrEqualTo(previousStart);
      assertThat(expression.span().end())
          .as("%s in %s", expression, text)
          .isLessThanOrEqualTo(text.length());
      TimexValue.parseOrThrow(expression.value());
      previousStart = expression.span().start();
    }
  }
}
