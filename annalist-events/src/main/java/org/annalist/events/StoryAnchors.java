package org.annalist.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Annotation;
import org.annalist.model.Span;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexType;
import org.annalist.time.DayInterval;
import org.annalist.time.Quotations;
import org.annalist.time.TemporalExpression;
import org.annalist.time.TimexIntervals;
import org.jspecify.annotations.Nullable;

/**
 * The dates a story has told around each sentence: the reference time in force where the
 * sentence starts (the last date that moved the story, as the time stage records it) and the next
 * date the story moves to after it, each with the words that told it.
 */
final class StoryAnchors {
  private final String text;
  private final List<TemporalExpression> expressions;
  private final List<Reference> references;
  private final Quotations quotations;
  /** For each sentence, the first of the run of sentences before it with the same reference. */
  private final int[] runStart;
  /** For each sentence, the first later sentence with another, known reference; or the count. */
  private final int[] nextChange;

  /** A sentence of the time stage and the reference time at its start, if one is known. */
  private record Reference(Span sentence, @Nullable Timex told) {}

  /**
   * A date the story told.
   *
   * @param timex the date as the expression that told it gave it
   * @param days its days
   * @param words the words that told it; empty when no words did (the creation time)
   * @param sentences how many sentences lie between: for the date in force, how many sentences
   *     back it was told (1: in the sentence before); for the next date, how many sentences on
   *     it is in force (1: from the next sentence)
   */
  record Told(Timex timex, DayInterval days, String words, int sentences) {}

  StoryAnchors(
      String text,
      List<TemporalExpression> expressions,
      List<Annotation> references,
      Quotations quotations) {
    this.text = text;
    this.quotations = quotations;
    this.expressions = List.copyOf(expressions);
    this.references = references.stream()
        .map(a -> new Reference(a.span(), a.value(TimeLayers.SENTENCE_REFERENCE).orElse(null)))
        .toList();
    int count = this.references.size();
    runStart = new int[count];
    nextChange = new int[count];
    for (int i = 0; i < count; i++) {
      runStart[i] = i > 0 && sameTold(i - 1, i) ? runStart[i - 1] : i;
    }
    for (int i = count - 1; i >= 0; i--) {
      boolean changes =
          i + 1 < count && this.references.get(i + 1).told() != null && !sameTold(i, i + 1);
      nextChange[i] = i + 1 >= count ? count : changes ? i + 1 : nextChange[i + 1];
    }
  }

  private boolean sameTold(int a, int b) {
    return Objects.equals(references.get(a).told(), references.get(b).told());
  }

  /** The story's date in force where a sentence starting at {@code start} starts. */
  Optional<Told> inForce(int start) {
    int current = current(start);
    Timex told = current < 0 ? null : references.get(current).told();
    if (told == null) {
      return Optional.empty();
    }
    int first = runStart[current];
    return told(told, references.get(first).sentence().start(), current - first + 1);
  }

  /**
   * The next date the story moves to after the sentence starting at {@code start}: the reference
   * of the first later sentence whose reference differs from the one in force there; in the last
   * run of sentences, whose next move no later sentence records, the first date told after the
   * sentence outside quotation marks.
   */
  Optional<Told> next(int start) {
    int current = current(start);
    int later = current < 0 ? firstKnown() : nextChange[current];
    if (later < references.size()) {
      Timex told = Objects.requireNonNull(references.get(later).told());
      return told(told, references.get(later).sentence().start(), later - current);
    }
    int end = current < 0 ? start : references.get(current).sentence().end();
    for (TemporalExpression expression : expressions) {
      DayInterval days = expression.interval();
      if (expression.span().start() >= end
          && days != null
          && (expression.type() == TimexType.DATE || expression.type() == TimexType.TIME)
          && !quotations.quotes(expression.span().start())) {
        int sentences = Math.max(1, current(expression.span().start()) - current);
        return Optional.of(
            new Told(expression.timex(), days, expression.span().quote(text), sentences));
      }
    }
    return Optional.empty();
  }

  private int firstKnown() {
    for (int i = 0; i < references.size(); i++) {
      if (references.get(i).told() != null) {
        return i;
      }
    }
    return references.size();
  }

  /** How many of the time stage's sentences start after {@code from} and at or before {@code to}. */
  int sentencesBetween(int from, int to) {
    return Math.max(0, current(to) - current(from));
  }

  /** The index of the last time-stage sentence starting at or before the offset, or -1. */
  private int current(int offset) {
    int low = 0;
    int high = references.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (references.get(middle).sentence().start() <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  private Optional<Told> told(Timex told, int inForceFrom, int sentences) {
    return TimexIntervals.of(told.value(), told.mod())
        .map(days -> new Told(told, days, toldBy(told, inForceFrom), sentences));
  }

  /** The words of the last expression before {@code offset} that set this reference, or empty. */
  private String toldBy(Timex told, int offset) {
    String words = "";
    for (TemporalExpression expression : expressions) {
      if (expression.span().end() > offset) {
        break;
      }
      if (expression.timex().equals(told)) {
        words = expression.span().quote(text);
      }
    }
    return words;
  }
}
