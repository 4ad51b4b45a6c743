package org.annalist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 1: makes a mention's text comparable.
 *
 * <p>Trims surrounding quotes, brackets and punctuation, a trailing full stop (unless the name is
 * an abbreviation with other full stops, like {@code U.S.}), a possessive {@code 's} or {@code s'},
 * and collapses whitespace. For people it also strips leading titles and honorifics from a general
 * English lexicon ({@code President}, {@code Prime Minister}, {@code Comrade}, {@code Dr.}, a
 * leading {@code the}, ...), repeatedly, so {@code the late Comrade Chairman Mao} becomes
 * {@code Mao}. Titles are not stripped from places and organizations, where they are part of the
 * name ({@code Prince Edward Island}).
 *
 * <p>A mention that is nothing but titles ({@code the Chairman}) is not a name: it is kept as a
 * title-only name so that it still lands in an entity of its own, but the merging rules ignore
 * it. Deciding whom {@code the Chairman} refers to is coreference, left to a later stage.
 */
final class NameNormalizer {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile(
      "^[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\\s&&[^.]]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\\s&&[^.]]+$");
  private static final Pattern POSSESSIVE =
      Pattern.compile("(?<=\\p{L})['\u2019]s$|(?<=s)['\u2019]$");

  /** Titles and honorifics, longest first so that {@code Prime Minister} wins over {@code Minister}. */
  private static final List<List<String>> TITLES = titles(
      "prime minister",
      "foreign minister",
      "defence minister",
      "defense minister",
      "general secretary",
      "secretary general",
      "secretary-general",
      "vice president",
      "vice premier",
      "vice chairman",
      "field marshal",
      "lieutenant general",
      "major general",
      "rear admiral",
      "vice admiral",
      "chairman",
      "chairwoman",
      "comrade",
      "comrades",
      "president",
      "premier",
      "minister",
      "general",
      "generalissimo",
      "marshal",
      "admiral",
      "colonel",
      "captain",
      "commander",
      "lieutenant",
      "sergeant",
      "emperor",
      "empress",
      "king",
      "queen",
      "prince",
      "princess",
      "duke",
      "duchess",
      "pope",
      "mr",
      "mrs",
      "ms",
      "miss",
      "dr",
      "prof",
      "professor",
      "sir",
      "dame",
      "lord",
      "lady",
      "chancellor",
      "secretary",
      "ambassador",
      "senator",
      "governor",
      "mayor",
      "judge",
      "justice",
      "bishop",
      "archbishop",
      "cardinal",
      "reverend",
      "rev",
      "chief",
      "deputy",
      "leader",
      "dictator",
      "tsar",
      "czar",
      "kaiser",
      "shah",
      "sultan",
      "the",
      "late",
      "former");

  private NameNormalizer() {}

  static NormalizedName normalize(String text, boolean person) {
    String cleaned = clean(text);
    List<String> tokens = cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
    List<String> titles = new ArrayList<>();
    int start = 0;
    if (person) {
      int matched;
      while (start < tokens.size() && (matched = titleLength(tokens, start)) > 0) {
        titles.add(String.join(" ", tokens.subList(start, start + matched)));
        start += matched;
      }
    }
    if (start == tokens.size() && !titles.isEmpty()) {
      List<String> shown =
          titles.stream().filter(t -> !t.equalsIgnoreCase("the")).toList();
      String name = String.join(" ", shown.isEmpty() ? titles : shown);
      return new NormalizedName(text, name, key(name), titles, true);
    }
    List<String> rest = new ArrayList<>(tokens.subList(start, tokens.size()));
    if (person) {
      stripTrailingTitles(rest, titles);
      collapseRepeats(rest);
    }
    String name = String.join(" ", rest);
    return new NormalizedName(text, name, key(name), titles, false);
  }

  /**
   * A title after the name ("Mao Chairman", word order carried over by machine translation) is a
   * title too, as long as a name is left before it.
   */
  private static void stripTrailingTitles(List<String> tokens, List<String> titles) {
    while (tokens.size() > 1
        && TRAILING_TITLES.contains(
            stripDot(tokens.get(tokens.size() - 1)).toLowerCase(Locale.ROOT))) {
      titles.add(tokens.remove(tokens.size() - 1));
    }
  }

  /**
   * Titles that may stand after a name. Title words that are also surnames (King, Major, Bishop,
   * Prince, Lord, General...) are left out, so "Martin Luther King" keeps its last word.
   */
  private static final Set<String> TRAILING_TITLES = Set.of(
      "chairman",
      "comrade",
      "president",
      "premier",
      "minister",
      "secretary",
      "ambassador",
      "senator",
      "emperor",
      "dictator",
      "leader",
      "chancellor");

  /** The same word twice in a row ("Mao Mao") is a translation stutter, not a two-word name. */
  private static void collapseRepeats(List<String> tokens) {
    for (int i = tokens.size() - 1; i > 0; i--) {
      if (tokens.get(i).equalsIgnoreCase(tokens.get(i - 1))) {
        tokens.remove(i);
      }
    }
  }

  /** Whitespace collapsed, edge punctuation and possessive removed; nothing else. */
  static String clean(String text) {
    String s = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    String previous;
    do {
      previous = s;
      s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
      s = POSSESSIVE.matcher(s).replaceAll("");
      if (s.endsWith(".") && s.indexOf('.') == s.length() - 1 && !isInitial(s)) {
        s = s.substring(0, s.length() - 1);
      }
      s = s.strip();
    } while (!s.equals(previous));
    return s;
  }

  /** The matching key: lower case, without a leading "the". */
  static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("the ") ? lower.substring(4) : lower;
  }

  /** "J." at the end of "John J." is an initial, not a full stop. */
  private static boolean isInitial(String s) {
    int space = s.lastIndexOf(' ');
    return s.length() - space - 1 == 2 && Character.isUpperCase(s.charAt(space + 1));
  }

  private static int titleLength(List<String> tokens, int start) {
    for (List<String> title : TITLES) {
      if (start + title.size() > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int i = 0; i < title.size() && all; i++) {
        all = title.get(i).equals(stripDot(tokens.get(start + i)).toLowerCase(Locale.ROOT));
      }
      if (all) {
        return title.size();
      }
    }
    return 0;
  }

  private static String stripDot(String token) {
    return token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
  }

  private static List<List<String>> titles(String... titles) {
    return Set.of(titles).stream()
        .map(t -> List.of(t.split(" ")))
        .sorted((a, b) -> a.size() != b.size()
            ? b.size() - a.size()
            : String.join(" ", a).compareTo(String.join(" ", b)))
        .toList();
  }
}
