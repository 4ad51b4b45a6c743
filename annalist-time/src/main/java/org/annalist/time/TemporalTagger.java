package org.annalist.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * Finds temporal expressions in English text and normalizes them. Rule-based, with no model to
 * load, so it starts at once and is thread-safe.
 *
 * <p>Rules find candidates at every token; the leftmost longest candidates win. They are then
 * resolved in text order against an {@link Anchor}: in news mode relative expressions resolve
 * against the creation time; in narrative mode against the last calendar time the story reached
 * ("On December 6, 1949 ... on December 16" is 1949-12-16). A year-less date next to a dated
 * one in a range borrows its year ("between May and July 1942").
 */
public final class TemporalTagger {
  private static final TemporalTagger ENGLISH = new TemporalTagger();
  private static final Set<String> RANGE_LINKS =
      Set.of("and", "to", "-", "–", "—", "until", "till", "through", "or", ",");

  private TemporalTagger() {}

  public static TemporalTagger english() {
    return ENGLISH;
  }

  /** The temporal expressions of the whole text, in order. */
  public List<TemporalExpression> tag(String text, TemporalContext context) {
    return tag(text, List.of(Span.of(0, text.length())), context);
  }

  /**
   * The temporal expressions inside the given regions of the text (e.g. its readable parts,
   * boilerplate left out), in order; the story's reference time carries across regions.
   */
  public List<TemporalExpression> tag(String text, List<Span> regions, TemporalContext context) {
    return analyze(text, regions, List.of(), context).expressions();
  }

  /**
   * The temporal expressions inside the regions, the ranges they form, and for each of the given sentence start
   * offsets (ascending) the reference time in force there: the time the story had reached
   * before the sentence began (narrative), or the creation time (news).
   */
  public TemporalAnalysis analyze(
      String text, List<Span> regions, List<Integer> sentenceStarts, TemporalContext context) {
    Anchor anchor = new Anchor(context);
    Quotations quotations = Quotations.of(text);
    List<TemporalExpression> found = new ArrayList<>();
    List<Optional<Timex>> references = new ArrayList<>();
    int previousEnd = 0;
    boolean paragraphUndated = true;
    for (Span chunk : chunks(text, regions)) {
      List<TimeToken> tokens = TimeTokenizer.tokenize(text, chunk.start(), chunk.end());
      List<Candidate> chosen = choose(tokens, context.mode());
      for (int c = 0; c < chosen.size(); c++) {
        Candidate candidate = chosen.get(c);
        int start = tokens.get(candidate.first()).start();
        recordReferences(sentenceStarts, references, start, anchor);
        paragraphUndated |= blankLineBetween(text, previousEnd, start);
        if (sentenceEndBetween(text, previousEnd, start)) {
          anchor.sentenceDay(null);
        }
        previousEnd = tokens.get(candidate.end() - 1).end();
        TemporalExpression expression =
            resolve(tokens, chosen, c, anchor, paragraphUndated, quotations.quotes(start));
        if (expression != null) {
          found.add(expression);
          paragraphUndated &= candidate.explicitYear() == null;
        }
      }
    }
    recordReferences(sentenceStarts, references, Integer.MAX_VALUE, anchor);
    List<TemporalExpression> expressions = DayAndClock.merge(text, found);
    return new TemporalAnalysis(expressions, Ranges.find(text, expressions), references);
  }

  /**
   * The regions cut at line ends into pieces of about {@value #CHUNK} characters, so that a long
   * text is tokenized a piece at a time and memory stays flat. No expression spans a line end.
   */
  static List<Span> chunks(String text, List<Span> regions) {
    List<Span> chunks = new ArrayList<>();
    for (Span region : regions) {
      int end = Math.min(region.end(), text.length());
      int start = region.start();
      while (start < end) {
        int cut = Math.min(end, start + CHUNK);
        int lineEnd = text.indexOf('\n', cut);
        cut = cut == end || lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
        chunks.add(Span.of(start, cut));
        start = cut;
      }
    }
    return chunks;
  }

  private static final int CHUNK = 8192;

  /** Whether a full stop, question or exclamation mark followed by white space lies between the offsets. */
  static boolean sentenceEndBetween(String text, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line holding nothing but white space lies between the offsets: a paragraph break. */
  static boolean blankLineBetween(String text, int from, int to) {
    int lineEnd = text.indexOf('\n', from);
    while (lineEnd >= 0 && lineEnd < to) {
      int next = lineEnd + 1;
      while (next < to && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < to && text.charAt(next) == '\n') {
        return true;
      }
      lineEnd = text.indexOf('\n', next);
    }
    return false;
  }

  /**
   * Whether an expression tells the story stepping on: "the following year", "the next spring",
   * "that winter". Such a coarse step into the next year moves the story on, where a year named
   * in passing ("plans for 1976") only qualifies it.
   */
  private static boolean stepsForward(List<TimeToken> tokens, Candidate candidate) {
    for (int i = candidate.first(); i < candidate.end(); i++) {
      if (FORWARD_WORDS.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FORWARD_WORDS = Set.of(
      "following", "next", "later", "subsequent", "spring", "summer", "autumn", "fall", "winter");

  /** How many years ahead a coarse date may lie and still be the story moving on, not an aside. */
  static final int NEAR_YEARS = 1;

  private static boolean laterYear(Point reached, @Nullable Point story) {
    return story != null
        && reached.year() > story.year()
        && reached.year() - story.year() <= NEAR_YEARS;
  }

  /** Gives every sentence starting at or before {@code offset} the reference in force now. */
  private static void recordReferences(
      List<Integer> sentenceStarts, List<Optional<Timex>> references, int offset, Anchor anchor) {
    while (references.size() < sentenceStarts.size()
        && sentenceStarts.get(references.size()) <= offset) {
      references.add(Optional.ofNullable(anchor.referenceTimex()));
    }
  }

  private static List<Candidate> choose(List<TimeToken> tokens, AnchoringMode mode) {
    List<Candidate> chosen = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Candidate best = longestAt(tokens, i, mode);
      if (best == null) {
        i++;
      } else {
        chosen.add(best);
        i = best.end();
      }
    }
    return chosen;
  }

  private static @Nullable Candidate longestAt(List<TimeToken> tokens, int i, AnchoringMode mode) {
    boolean narrative = mode == AnchoringMode.NARRATIVE;
    Candidate best = null;
    for (Candidate candidate : new Candidate[] {
      CalendarRules.find(tokens, i),
      RelativeRules.find(tokens, i),
      ClockRules.find(tokens, i),
      narrative
          ? withWhatItLasts(tokens, DurationRules.find(tokens, i))
          : DurationRules.find(tokens, i),
      ReferenceRules.find(tokens, i),
      narrative ? EventPhrases.shift(tokens, i) : null
    }) {
      if (candidate != null
          && candidate.end() > i
          && (best == null || candidate.end() > best.end())) {
        best = candidate;
      }
    }
    return best;
  }

  private static @Nullable Candidate withWhatItLasts(
      List<TimeToken> tokens, @Nullable Candidate duration) {
    return duration == null ? null : EventPhrases.withWhatItLasts(tokens, duration);
  }

  private static @Nullable TemporalExpression resolve(
      List<TimeToken> tokens,
      List<Candidate> chosen,
      int index,
      Anchor anchor,
      boolean paragraphUndated,
      boolean quoted) {
    Candidate candidate = chosen.get(index);
    anchor.borrow(borrowedYear(tokens, chosen, index, anchor));
    Candidate.Resolution resolution = candidate.resolver().resolve(anchor);
    if (resolution != null && resolution.type() == TimexType.TIME) {
      Point day = dayRightAfter(tokens, chosen, index, anchor);
      if (day != null) {
        anchor.sentenceDay(day);
        resolution = candidate.resolver().resolve(anchor);
      }
    }
    anchor.borrow(null);
    if (resolution == null) {
      return null;
    }
    if (resolution.reached() != null && resolution.reached().hasDay()) {
      anchor.sentenceDay(resolution.reached());
    }
    Span span = Span.of(
        tokens.get(candidate.first()).start(), tokens.get(candidate.end() - 1).end());
    TemporalExpression expression = new TemporalExpression(
        span,
        resolution.type(),
        resolution.value(),
        resolution.mod(),
        TimexIntervals.of(resolution.value(), resolution.mod()).orElse(null));
    if (resolution.reached() != null
        && anchor.mode() == AnchoringMode.NARRATIVE
        && !quoted
        && movesStory(tokens, candidate)
        && !namesAnEarlierTime(tokens, candidate, resolution.reached(), anchor)
        && (resolution.reached().hasMonth()
            || opensSentence(tokens, candidate)
            || !anchor.storyKnownToTheMonth()
            || paragraphUndated && candidate.explicitYear() != null
            || stepsForward(tokens, candidate)
                && laterYear(resolution.reached(), anchor.reference()))) {
      anchor.reach(
          resolution.reached(),
          expression.interval() == null
              ? new Timex(TimexType.DATE, resolution.reached().value(), null)
              : expression.timex());
    }
    return expression;
  }

  /**
   * Whether a calendar expression is a time the story reaches. Not when the date only qualifies
   * a noun ("the August 1792 uprising", "the 1614 rules"), is a point of comparison or origin
   * ("as in 1614", "since 1614"), or dates the event a state lasted until.
   */
  private static boolean movesStory(List<TimeToken> tokens, Candidate candidate) {
    int before = candidate.first() - 1;
    int after = candidate.end();
    boolean determiner = before >= 0 && DETERMINERS.contains(tokens.get(before).lower());
    boolean nounAfter = after < tokens.size()
        && tokens.get(after).isWord()
        && !tokens.get(after).isCapitalized()
        && tokens.get(after).text().length() > 2
        && !tokens.get(after).is("and");
    if (determiner && nounAfter || untilAnEvent(tokens, candidate.first())) {
      return false;
    }
    boolean since = before >= 0 && tokens.get(before).is("since");
    boolean asIn =
        before >= 1 && tokens.get(before).is("in") && tokens.get(before - 1).is("as");
    return !since && !asIn;
  }

  /**
   * Whether a date without a day that belongs to a name ("the 1945 Treaty", "the 1936 Olympics":
   * between a determiner and a capitalized word) lies before the time the story has reached: the
   * story speaks of something earlier by its name and stays where it was. A name the story goes
   * on to ("In the 1917 Battle of Arras ...", told after 1916) still moves it; so does a day
   * ("the 16 December Mao arrived").
   */
  private static boolean namesAnEarlierTime(
      List<TimeToken> tokens, Candidate candidate, Point reached, Anchor anchor) {
    int before = candidate.first() - 1;
    int after = candidate.end();
    Point story = anchor.storyReached();
    return !reached.hasDay()
        && story != null
        && before >= 0
        && DETERMINERS.contains(tokens.get(before).lower())
        && after < tokens.size()
        && tokens.get(after).isCapitalized()
        && (reached.year() < story.year()
            || reached.year() == story.year()
                && reached.hasMonth()
                && story.hasMonth()
                && reached.month() < story.month());
  }

  /**
   * Whether the date at {@code first} names when an event ended a state the story is telling,
   * within its clause: "the assault lasted until the fall of the city in February 1945". The
   * story stays where it was; "until 26 November" and "until in March" still move it.
   */
  private static boolean untilAnEvent(List<TimeToken> tokens, int first) {
    for (int k = first - 1; k >= 0 && first - k <= UNTIL_REACH; k--) {
      TimeToken token = tokens.get(k);
      if (CLAUSE_MARKS.contains(token.text())) {
        return false;
      }
      if ((token.is("until") || token.is("till"))
          && k + 2 < first
          && DETERMINERS.contains(tokens.get(k + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final int UNTIL_REACH = 8;
  private static final Set<String> CLAUSE_MARKS = Set.of(",", ".", ";", ":");

  /**
   * "In 1939, ..." or "1939:" at the start of a sentence sets the story's time; a year named in
   * passing inside a sentence that is told to the month ("plans for 1976") does not.
   */
  private static boolean opensSentence(List<TimeToken> tokens, Candidate candidate) {
    int first = candidate.first();
    int before = first - 1;
    if (before >= 0
        && tokens.get(before).isCapitalized()
        && OPENING_PREPOSITIONS.contains(tokens.get(before).lower())) {
      before--;
    }
    return before < 0 || SENTENCE_ENDS.contains(tokens.get(before).text());
  }

  private static final Set<String> OPENING_PREPOSITIONS = Set.of(
      "in",
      "by",
      "during",
      "throughout",
      "until",
      "from",
      "after",
      "before",
      "since",
      "on",
      "at",
      "early",
      "late");
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", ";", "\"", "”");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "his", "her", "their", "this", "that");

  /**
   * The day a date right after a clock time names, the clock's day: "at 16:15 UTC, June 1st",
   * "9 p.m. on Friday", "6am on Sunday morning". Null when no dated day follows at once.
   */
  private static @Nullable Point dayRightAfter(
      List<TimeToken> tokens, List<Candidate> chosen, int index, Anchor anchor) {
    if (index + 1 >= chosen.size()) {
      return null;
    }
    Candidate candidate = chosen.get(index);
    Candidate next = chosen.get(index + 1);
    int gap = next.first() - candidate.end();
    if (gap > 1 || gap == 1 && !DAY_LINKS.contains(tokens.get(candidate.end()).lower())) {
      return null;
    }
    Candidate.Resolution day = next.resolver().resolve(anchor);
    return day != null
            && day.type() != TimexType.DURATION
            && day.type() != TimexType.SET
            && day.reached() != null
            && day.reached().hasDay()
        ? day.reached()
        : null;
  }

  private static final Set<String> DAY_LINKS = Set.of(",", "on");

  /**
   * The year a year-less expression takes from the one right after it: a stated year across a
   * range link ("May and July 1942"), or a year told relatively after "of" ("October of next
   * year"). Null when there is none.
   */
  private static @Nullable Point borrowedYear(
      List<TimeToken> tokens, List<Candidate> chosen, int index, Anchor anchor) {
    Candidate candidate = chosen.get(index);
    if (candidate.explicitYear() != null || index + 1 >= chosen.size()) {
      return null;
    }
    Candidate next = chosen.get(index + 1);
    if (next.first() - candidate.end() > 1) {
      return null;
    }
    String link = next.first() > candidate.end() ? tokens.get(candidate.end()).lower() : "";
    if (next.explicitYear() == null) {
      return link.equals("of") ? relativeYear(next, anchor) : null;
    }
    return link.isEmpty() || RANGE_LINKS.contains(link) ? Point.year(next.explicitYear()) : null;
  }

  /** The year a relative expression names ("next year", "last year"), or null if it names no single year. */
  private static @Nullable Point relativeYear(Candidate candidate, Anchor anchor) {
    Candidate.Resolution year = candidate.resolver().resolve(anchor);
    return year != null
            && year.type() == TimexType.DATE
            && YEAR.matcher(year.value()).matches()
        ? Point.year(Integer.parseInt(year.value()))
        : null;
  }

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
}
