package org.annalist.time;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Expressions that point at the present, the past or the future without a calendar value:
 * "now", "currently", "at present", "recently", "more recently", "the past", "the future".
 */
final class ReferenceRules {
  private ReferenceRules() {}

  private static final Map<String, String> SINGLE = Map.of(
      "now",
      "PRESENT_REF",
      "currently",
      "PRESENT_REF",
      "current",
      "PRESENT_REF",
      "nowadays",
      "PRESENT_REF",
      "presently",
      "PRESENT_REF",
      "recently",
      "PAST_REF",
      "recent",
      "PAST_REF",
      "future",
      "FUTURE_REF");

  static @Nullable Candidate find(List<TimeToken> tokens, int i) {
    Cursor cursor = new Cursor(tokens, i);
    if (cursor.word("the")) {
      if (cursor.word("present")) {
        cursor.word("day");
        return reference(i, cursor.position(), "PRESENT_REF");
      }
      if (cursor.word("past")) {
        return reference(i, cursor.position(), "PAST_REF");
      }
      if (cursor.word("future")) {
        return reference(i, cursor.position(), "FUTURE_REF");
      }
      return null;
    }
    if (cursor.word("at") && cursor.word("present")) {
      return reference(i + 1, cursor.position(), "PRESENT_REF");
    }
    cursor.reset(i);
    if (cursor.word("present", "modern") && cursor.dash() && cursor.word("day")) {
      return reference(i, cursor.position(), "PRESENT_REF");
    }
    cursor.reset(i);
    if (cursor.word("more", "most") && cursor.word("recently")) {
      return reference(i, cursor.position(), "PAST_REF");
    }
    cursor.reset(i);
    if ((cursor.word("these") && cursor.word("days"))
        || (cursor.word("to") && cursor.word("date"))) {
      return reference(i, cursor.position(), "PRESENT_REF");
    }
    cursor.reset(i);
    String value = SINGLE.get(tokens.get(i).lower());
    if (value == null
        || (i + 1 < tokens.size()
            && !tokens.get(i + 1).spaceBefore()
            && tokens.get(i + 1).isWord())) {
      return null;
    }
    return tokens.get(i).lower().equals("now") ? now(i) : reference(i, i + 1, value);
  }

  /**
   * "now": in news the last day told, else the article's ("'She is in rehab right now,' he said
   * on Thursday" is that Thursday), as both news corpora mostly annotate it (5 of the 7 in
   * MEANTIME and the ESC development topics); in a story, or with no day known, PRESENT_REF.
   */
  private static Candidate now(int start) {
    return Candidate.of(start, start + 1, anchor -> {
      Point day = anchor.mode() == AnchoringMode.NEWS ? anchor.toldDay() : null;
      return Candidate.Resolution.date(
          day != null && day.hasDay() ? TimexFormat.date(day.expectDate()) : "PRESENT_REF", null);
    });
  }

  private static Candidate reference(int start, int end, String value) {
    return Candidate.of(start, end, anchor -> Candidate.Resolution.date(value, null));
  }
}
