package org.annalist.time;

import java.util.List;
import java.util.Set;

/**
 * Whether the words before a position in its sentence tell of what is to come: "will", "is set
 * to", "is scheduled", "is due to", "is expected to"; and "until" right before it, since what
 * lasts until a day lasts from now ("closed until Friday"). A verb of saying ends the search, so
 * "said on Monday" stays in the past even after "will" earlier in the sentence.
 */
final class FutureCues {
  private FutureCues() {}

  /** How far back the search looks, in tokens. */
  static final int REACH = 10;

  private static final Set<String> UNTIL = Set.of("until", "till");
  private static final Set<String> MODALS = Set.of("will", "shall", "scheduled", "upcoming");
  private static final Set<String> BEFORE_TO =
      Set.of("set", "due", "expected", "going", "planned", "plans");
  private static final Set<String> STOPS = Set.of(
      ".",
      "!",
      "?",
      ";",
      "said",
      "says",
      "announced",
      "told",
      "reported",
      "added",
      "stated",
      "confirmed");

  static boolean before(List<TimeToken> tokens, int position) {
    if (position > 0 && UNTIL.contains(tokens.get(position - 1).lower())) {
      return true;
    }
    for (int i = position - 1; i >= 0 && position - i <= REACH; i--) {
      String word = tokens.get(i).lower();
      if (STOPS.contains(word)) {
        return false;
      }
      if (MODALS.contains(word)
          || BEFORE_TO.contains(word) && i + 1 < position && tokens.get(i + 1).is("to")) {
        return true;
      }
    }
    return false;
  }
}
