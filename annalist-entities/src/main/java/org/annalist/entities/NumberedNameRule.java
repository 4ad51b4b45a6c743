package org.annalist.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.annalist.model.EntityType;

/**
 * Rule 6: a numbered name, an ordinal and a head word ("Fourth Coalition", "Second Republic"),
 * joins the one other name with the same head ("Grand Coalition") when all of these hold:
 *
 * <ul>
 *   <li>no other name of the corpus ends in that head, numbered or not: with "Grand Coalition"
 *       and "Northern Coalition", or "Third Coalition" and "Fourth Coalition", it is not clear
 *       which is meant;
 *   <li>neither is a place: places that share a head and differ in a word are different places
 *       ("North Korea", "South Korea");
 *   <li>some document uses both, and no sentence uses both: a writer who varies the name of one
 *       thing does not name it twice in one breath, while "the Fourth Coalition fought beside the
 *       Grand Coalition" names two.
 * </ul>
 *
 * <p>The evidence is weaker than a shared spelling, and its score says so. Names differing only
 * in a descriptive word ("Amnesty International", "Communist International") are never joined
 * by this rule.
 */
final class NumberedNameRule {
  static final String RULE = "numbered-name";
  static final double SCORE = 0.6;
  private static final Set<String> ORDINALS = Set.of(
      "first",
      "second",
      "third",
      "fourth",
      "fifth",
      "sixth",
      "seventh",
      "eighth",
      "ninth",
      "tenth",
      "eleventh",
      "twelfth");
  private static final Pattern NUMBERED = Pattern.compile("\\d+(st|nd|rd|th)");

  private NumberedNameRule() {}

  static void apply(NameClusters clusters) {
    Map<String, Map<Integer, Integer>> numbered = new TreeMap<>();
    Map<String, Map<Integer, Integer>> described = new TreeMap<>();
    List<NameForm> forms = clusters.forms();
    for (int i = 0; i < forms.size(); i++) {
      NameForm form = forms.get(i);
      List<String> tokens = form.tokens();
      if (form.group() != TypeGroup.OTHER || !form.mergeable() || tokens.size() < 2) {
        continue;
      }
      String head = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
      (isNumbered(tokens) ? numbered : described)
          .computeIfAbsent(head, h -> new TreeMap<>())
          .merge(
              clusters.root(i),
              i,
              (a, b) -> forms.get(a).count() >= forms.get(b).count() ? a : b);
    }
    List<int[]> joins = new ArrayList<>();
    numbered.forEach((head, numberedRoots) -> {
      Map<Integer, Integer> others = described.getOrDefault(head, Map.of());
      if (numberedRoots.size() == 1
          && others.size() == 1
          && !others.keySet().equals(numberedRoots.keySet())) {
        int a = numberedRoots.values().iterator().next();
        int b = others.values().iterator().next();
        if (mayJoin(forms.get(a), forms.get(b))) {
          joins.add(new int[] {b, a});
        }
      }
    });
    for (int[] join : joins) {
      NameForm numberedForm = forms.get(join[1]);
      NameForm describedForm = forms.get(join[0]);
      clusters.join(
          join[0],
          join[1],
          new MergeEvidence(
              numberedForm.display(),
              describedForm.display(),
              RULE,
              SCORE,
              "'" + numberedForm.display() + "' is a numbered '"
                  + numberedForm.tokens().get(1) + "' and '"
                  + describedForm.display()
                  + "' the only other name with that head; one document uses both and no"
                  + " sentence uses both"));
    }
  }

  private static boolean isNumbered(List<String> tokens) {
    String first = tokens.get(0).toLowerCase(Locale.ROOT);
    return tokens.size() == 2
        && (ORDINALS.contains(first) || NUMBERED.matcher(first).matches());
  }

  /** True if neither form is a place, some document uses both and no sentence uses both. */
  private static boolean mayJoin(NameForm a, NameForm b) {
    if (a.type() == EntityType.LOCATION || b.type() == EntityType.LOCATION) {
      return false;
    }
    record Located(String document, String sentence) {}
    Set<Located> sentencesOfA = new HashSet<>();
    a.mentions().forEach(m -> sentencesOfA.add(new Located(m.documentId(), m.sentence())));
    boolean oneSentence = b.mentions().stream()
        .anyMatch(m -> sentencesOfA.contains(new Located(m.documentId(), m.sentence())));
    return !oneSentence && a.documents().stream().anyMatch(b.documents()::contains);
  }
}
