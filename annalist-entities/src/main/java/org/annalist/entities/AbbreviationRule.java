package org.annalist.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rule 5: a one-word name that abbreviates a name of several words joins it, when that is the
 * only name (counted in clusters) it abbreviates. If it abbreviates several, it joins the one that
 * every document using the abbreviation and just one of them uses, as writers spell an
 * abbreviation out where they use it. People are never abbreviated here.
 *
 * <ul>
 *   <li><b>initialism</b>: all capitals, one letter per word ("NATO" for "North Atlantic Treaty
 *       Organization"); a hyphenated word may give a letter per part, and full stops between the
 *       letters are ignored ("U.S.").
 *   <li><b>syllabic</b>: at least {@value #MIN_SYLLABIC} letters, not all capitals, made of pieces
 *       of at least {@value #MIN_PIECE} letters taken in order: the first piece of a word from its
 *       start, further pieces from later in the same word, as compound words are cut ("Gestapo"
 *       is Ge-sta-po of "Geheime Staatspolizei", "Interpol" is Inter-pol of "International
 *       Police").
 * </ul>
 *
 * <p>Every word of the long name that starts with a capital gives at least one piece, so "Airbus"
 * does not abbreviate "Airbus Industrie"; lower-case words ("of", "and", "the") may give one or
 * none, so "USSR" abbreviates "Union of Soviet Socialist Republics".
 */
final class AbbreviationRule {
  static final String RULE = "abbreviation";
  static final int MIN_SYLLABIC = 5;
  static final int MIN_PIECE = 2;
  private static final Pattern DOTTED = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}?\\.?");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");

  private AbbreviationRule() {}

  /** A word of the long name: its letters, where its parts start, and whether it may be skipped. */
  private record Word(String letters, Set<Integer> partStarts, boolean optional) {}

  static void apply(NameClusters clusters) {
    List<NameForm> forms = clusters.forms();
    List<int[]> joins = new ArrayList<>();
    List<MergeEvidence> evidence = new ArrayList<>();
    for (int s = 0; s < forms.size(); s++) {
      NameForm abbreviation = forms.get(s);
      Optional<String> letters = letters(abbreviation.display());
      if (abbreviation.group() != TypeGroup.OTHER
          || !abbreviation.mergeable()
          || letters.isEmpty()) {
        continue;
      }
      Map<Integer, Integer> fits = new TreeMap<>();
      Map<String, Set<Integer>> fitsByDocument = new TreeMap<>();
      for (int l : clusters.index().longNamesFor(abbreviation.display())) {
        NameForm name = forms.get(l);
        if (name.group() == TypeGroup.OTHER
            && name.mergeable()
            && name.tokens().size() > 1
            && spell(letters.get(), words(name.display())).isPresent()) {
          int root = clusters.root(l);
          fits.put(root, l);
          name.documents().stream()
              .filter(abbreviation.documents()::contains)
              .forEach(
                  d -> fitsByDocument.computeIfAbsent(d, k -> new TreeSet<>()).add(root));
        }
      }
      Set<Integer> votes = new TreeSet<>();
      fitsByDocument.values().stream().filter(roots -> roots.size() == 1).forEach(votes::addAll);
      boolean nearby = fits.size() > 1 && votes.size() == 1;
      if (fits.size() == 1 || nearby) {
        int target = nearby
            ? Objects.requireNonNull(
                fits.get(votes.iterator().next()), "a document votes only for a root that fits")
            : fits.values().iterator().next();
        if (!clusters.together(s, target)) {
          joins.add(new int[] {target, s});
          evidence.add(evidence(abbreviation.display(), forms.get(target).display(), nearby));
        }
      }
    }
    for (int i = 0; i < joins.size(); i++) {
      clusters.join(joins.get(i)[0], joins.get(i)[1], evidence.get(i));
    }
  }

  /** True if {@code abbreviation} abbreviates {@code name} as the rule defines it. */
  static boolean abbreviates(String abbreviation, String name) {
    return pieces(abbreviation, name).isPresent();
  }

  /** The pieces of the long name's words that spell the abbreviation, if they do. */
  static Optional<List<String>> pieces(String abbreviation, String name) {
    return letters(abbreviation).flatMap(letters -> spell(letters, words(name)));
  }

  /**
   * The first letters of the name's first two capitalized words, if it has two. Each such word
   * gives a piece that starts with its first letter, so every abbreviation of the name has these
   * two letters in this order among its own ({@link #letterPairs}).
   */
  static Optional<String> leadingInitials(String name) {
    List<Word> words = words(name).stream().filter(w -> !w.optional()).toList();
    return words.size() < 2
        ? Optional.empty()
        : Optional.of(String.valueOf(words.get(0).letters().charAt(0))
            + words.get(1).letters().charAt(0));
  }

  /**
   * Every ordered pair of the abbreviation's letters, lower case as they are matched; none if the
   * word is not shaped like an abbreviation.
   */
  static Set<String> letterPairs(String abbreviation) {
    Set<String> pairs = new HashSet<>();
    letters(abbreviation).map(l -> l.toLowerCase(Locale.ROOT)).ifPresent(a -> {
      for (int i = 0; i < a.length(); i++) {
        for (int j = i + 1; j < a.length(); j++) {
          pairs.add(String.valueOf(a.charAt(i)) + a.charAt(j));
        }
      }
    });
    return pairs;
  }

  /**
   * The letters of a word shaped like an abbreviation, full stops between capitals dropped: a
   * capital first, then all capitals (an initialism) or at least {@value #MIN_SYLLABIC} letters.
   */
  private static Optional<String> letters(String abbreviation) {
    String letters =
        DOTTED.matcher(abbreviation).matches() ? abbreviation.replace(".", "") : abbreviation;
    boolean shaped = letters.length() >= 2
        && letters.codePoints().allMatch(Character::isLetter)
        && Character.isUpperCase(letters.codePointAt(0))
        && (letters.equals(letters.toUpperCase(Locale.ROOT)) || letters.length() >= MIN_SYLLABIC);
    return shaped ? Optional.of(letters) : Optional.empty();
  }

  private static Optional<List<String>> spell(String letters, List<Word> words) {
    if (words.stream().filter(w -> !w.optional()).count() < 2) {
      return Optional.empty();
    }
    boolean initialism = letters.equals(letters.toUpperCase(Locale.ROOT));
    List<String> pieces = new ArrayList<>();
    return spell(letters.toLowerCase(Locale.ROOT), 0, words, 0, initialism, pieces)
        ? Optional.of(List.copyOf(pieces))
        : Optional.empty();
  }

  /** Spells {@code a} from position {@code i} with words from {@code w} on. */
  private static boolean spell(
      String a, int i, List<Word> words, int w, boolean initialism, List<String> pieces) {
    if (w == words.size()) {
      return i == a.length();
    }
    return words.get(w).optional() && spell(a, i, words, w + 1, initialism, pieces)
        || piece(a, i, words, w, 0, initialism, pieces);
  }

  /** Takes a piece of word {@code w} starting at {@code from}, then goes on in the word or after it. */
  private static boolean piece(
      String a, int i, List<Word> words, int w, int from, boolean initialism, List<String> pieces) {
    Word word = words.get(w);
    int longest = initialism ? 1 : Math.min(word.letters().length() - from, a.length() - i);
    int shortest = initialism ? 1 : MIN_PIECE;
    for (int length = longest; length >= shortest; length--) {
      if (i + length > a.length() || !a.regionMatches(i, word.letters(), from, length)) {
        continue;
      }
      pieces.add(word.letters().substring(from, from + length));
      if (spell(a, i + length, words, w + 1, initialism, pieces)) {
        return true;
      }
      for (int next = from + length; next < word.letters().length(); next++) {
        if ((initialism
                ? word.partStarts().contains(next)
                : next + MIN_PIECE <= word.letters().length())
            && piece(a, i + length, words, w, next, initialism, pieces)) {
          return true;
        }
      }
      pieces.remove(pieces.size() - 1);
    }
    return false;
  }

  private static List<Word> words(String name) {
    List<Word> words = new ArrayList<>();
    for (String token : name.split(" ")) {
      String bare = POSSESSIVE.matcher(token).replaceAll("");
      StringBuilder letters = new StringBuilder();
      Set<Integer> partStarts = new TreeSet<>();
      boolean partStart = true;
      for (int k = 0; k < bare.length(); k++) {
        char c = bare.charAt(k);
        if (Character.isLetter(c)) {
          if (partStart
              || Character.isUpperCase(c) && k > 0 && Character.isLowerCase(bare.charAt(k - 1))) {
            partStarts.add(letters.length());
          }
          letters.append(Character.toLowerCase(c));
          partStart = false;
        } else {
          partStart = true;
        }
      }
      if (letters.length() > 0) {
        words.add(
            new Word(letters.toString(), partStarts, !Character.isUpperCase(bare.codePointAt(0))));
      }
    }
    return words;
  }

  private static MergeEvidence evidence(String abbreviation, String name, boolean nearby) {
    List<String> pieces = pieces(abbreviation, name).orElseThrow();
    boolean initials = pieces.stream().allMatch(p -> p.length() == 1);
    double score = (initials ? pieces.size() / (pieces.size() + 1.0) : 0.9) * (nearby ? 0.9 : 1.0);
    String how =
        initials ? "the initials of" : "made of the pieces " + String.join("-", pieces) + " of";
    String only = nearby
        ? "the only name it abbreviates in the documents that use one of them with it"
        : "the only name it abbreviates";
    return new MergeEvidence(
        abbreviation,
        name,
        RULE,
        score,
        "'" + abbreviation + "' is " + how + " '" + name + "', " + only);
  }
}
