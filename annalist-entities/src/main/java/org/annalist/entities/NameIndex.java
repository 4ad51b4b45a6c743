package org.annalist.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name forms of a {@link NameClusters}, indexed for the rules that compare names, so that a
 * rule looks only at the forms that can fit a name instead of at every form: the cost of linking
 * grows with the number of names, not with its square. Each lookup gives positions in ascending
 * order: every form the rule's own test accepts, and possibly some it does not.
 */
final class NameIndex {
  private final Map<String, List<Integer>> byKey = new HashMap<>();
  private final Map<String, List<Integer>> peopleByFirstOrLast = new HashMap<>();
  private final Map<List<String>, List<Integer>> peopleByStem = new HashMap<>();
  private final AbbreviationIndex abbreviations;

  NameIndex(List<NameForm> forms) {
    for (int i = 0; i < forms.size(); i++) {
      NameForm form = forms.get(i);
      add(byKey, form.key(), i);
      List<String> words = form.lowerTokens();
      if (form.group() == TypeGroup.PERSON && form.mergeable() && words.size() > 1) {
        add(peopleByFirstOrLast, words.get(0), i);
        if (!words.get(words.size() - 1).equals(words.get(0))) {
          add(peopleByFirstOrLast, words.get(words.size() - 1), i);
        }
        add(peopleByStem, stem(words), i);
      }
    }
    abbreviations = new AbbreviationIndex(forms.stream().map(NameForm::display).toList());
  }

  /** Forms whose matching key is the key. */
  List<Integer> withKey(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /**
   * Mergeable people's names of several words whose first or last word is the word (lower case),
   * as {@link ShortFormRule#isFirstOrLast} asks.
   */
  List<Integer> peopleWithFirstOrLast(String word) {
    return peopleByFirstOrLast.getOrDefault(word, List.of());
  }

  /**
   * Mergeable people's names with as many words as {@code words} (lower case) and the same words
   * but the last, as {@link ShortFormRule#isPrefix} asks.
   */
  List<Integer> peopleWithStem(List<String> words) {
    return peopleByStem.getOrDefault(stem(words), List.of());
  }

  /** Forms the abbreviation may abbreviate ({@link AbbreviationIndex#longNamesFor}). */
  List<Integer> longNamesFor(String abbreviation) {
    return abbreviations.longNamesFor(abbreviation);
  }

  /** Forms that may abbreviate the long name ({@link AbbreviationIndex#abbreviationsFor}). */
  List<Integer> abbreviationsFor(String longName) {
    return abbreviations.abbreviationsFor(longName);
  }

  /** The words but the last, and an empty word standing for the last, so the length counts too. */
  private static List<String> stem(List<String> words) {
    List<String> stem = new ArrayList<>(words.subList(0, words.size() - 1));
    stem.add("");
    return List.copyOf(stem);
  }

  private static <K> void add(Map<K, List<Integer>> index, K key, int position) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(position);
  }
}
