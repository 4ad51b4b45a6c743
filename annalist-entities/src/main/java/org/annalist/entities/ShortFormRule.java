package org.annalist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Rule 3: a short form of a person's name joins the full name when that full name is the only
 * one it fits.
 *
 * <ul>
 *   <li><b>short-form</b>: a one-word name equal (ignoring case) to the last word of a multi-word
 *       name ("Stalin", "Joseph Stalin") or to the first, for family-name-first order ("Mao",
 *       "Mao Zedong").
 *   <li><b>prefix</b>: a multi-word name equal to another but for a cut-off last word of at least
 *       {@link #MIN_PREFIX} letters ("Zhou En", "Zhou Enlai").
 * </ul>
 *
 * <p>Fit is counted in clusters, after {@link RomanizationRule}, so "Mao" fitting both "Mao
 * Zedong" and "Mao Tse-tung" still has one full name. If the short form fits full names in two
 * or more clusters ("Smith": "John Smith", "Adam Smith") it is ambiguous and is left alone, with
 * no evidence recorded.
 */
final class ShortFormRule {
  static final String SHORT_FORM = "short-form";
  static final String PREFIX = "prefix";
  /** The shortest cut-off last word the prefix rule accepts; 2 so that "Zhou En" counts. */
  static final int MIN_PREFIX = 2;

  private ShortFormRule() {}

  static void apply(NameClusters clusters) {
    List<NameForm> forms = clusters.forms();
    List<int[]> joins = new ArrayList<>();
    for (int shortForm = 0; shortForm < forms.size(); shortForm++) {
      NameForm form = forms.get(shortForm);
      if (form.group() != TypeGroup.PERSON || !form.mergeable()) {
        continue;
      }
      List<String> tokens = form.lowerTokens();
      if (tokens.size() == 1) {
        find(
                clusters,
                clusters.index().peopleWithFirstOrLast(tokens.get(0)),
                shortForm,
                ShortFormRule::isFirstOrLast)
            .ifPresent(joins::add);
      } else {
        find(clusters, clusters.index().peopleWithStem(tokens), shortForm, ShortFormRule::isPrefix)
            .ifPresent(joins::add);
      }
    }
    for (int[] join : joins) {
      NameForm alias = forms.get(join[0]);
      NameForm full = forms.get(join[1]);
      clusters.join(join[1], join[0], evidence(alias, full, join[2] == 1));
    }
  }

  /** The full name among the candidates the short form fits, if it fits names in one cluster only. */
  private static Optional<int[]> find(
      NameClusters clusters,
      List<Integer> candidates,
      int shortForm,
      BiPredicate<List<String>, List<String>> fits) {
    List<String> tokens = clusters.form(shortForm).lowerTokens();
    Set<Integer> roots = new TreeSet<>();
    int best = -1;
    for (int other : candidates) {
      List<String> full = clusters.form(other).lowerTokens();
      if (other != shortForm && full.size() > 1 && fits.test(tokens, full)) {
        roots.add(clusters.root(other));
        if (best < 0 || clusters.form(other).count() > clusters.form(best).count()) {
          best = other;
        }
      }
    }
    if (roots.size() != 1 || clusters.together(shortForm, best)) {
      return Optional.empty();
    }
    return Optional.of(new int[] {shortForm, best, tokens.size() == 1 ? 1 : 0});
  }

  static boolean isFirstOrLast(List<String> shortForm, List<String> full) {
    String word = shortForm.get(0);
    return full.get(0).equals(word) || full.get(full.size() - 1).equals(word);
  }

  static boolean isPrefix(List<String> shortForm, List<String> full) {
    int n = shortForm.size();
    if (n != full.size() || !shortForm.subList(0, n - 1).equals(full.subList(0, n - 1))) {
      return false;
    }
    String cut = shortForm.get(n - 1);
    String whole = full.get(n - 1);
    return cut.length() >= MIN_PREFIX && cut.length() < whole.length() && whole.startsWith(cut);
  }

  private static MergeEvidence evidence(NameForm alias, NameForm full, boolean oneWord) {
    if (oneWord) {
      boolean first = full.tokens().get(0).equalsIgnoreCase(alias.display());
      return new MergeEvidence(
          alias.display(),
          full.display(),
          SHORT_FORM,
          1.0,
          "'" + alias.display() + "' is the " + (first ? "first" : "last") + " word of '"
              + full.display() + "', the only full name it fits");
    }
    return new MergeEvidence(
        alias.display(),
        full.display(),
        PREFIX,
        alias.display().length() / (double) full.display().length(),
        "'" + alias.display() + "' is '" + full.display()
            + "' cut short, the only full name it fits");
  }
}
