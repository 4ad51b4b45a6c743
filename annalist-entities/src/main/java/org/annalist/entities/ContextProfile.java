package org.annalist.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a name: the lower-case content words (three letters or more, not in a short
 * English stop list, not part of the name itself) of the sentences it is mentioned in, each
 * sentence counted once. Words are weighted by inverse sentence frequency over the whole input,
 * so that words found everywhere ("war", "country") count for little.
 */
final class ContextProfile {
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
  private static final Set<String> STOP_WORDS = Set.of(
      "the", "and", "for", "but", "not", "you", "your", "was", "were", "are", "has", "have", "had",
      "his", "her", "hers", "him", "she", "they", "them", "their", "its", "this", "that", "these",
      "those", "with", "from", "into", "onto", "upon", "about", "after", "before", "over", "under",
      "than", "then", "there", "here", "which", "who", "whom", "whose", "what", "when", "where",
      "why", "how", "all", "any", "each", "some", "also", "only", "very", "just", "such", "can",
      "could", "would", "should", "will", "shall", "may", "might", "must", "did", "does", "been",
      "being", "out", "off", "again", "once", "our", "ours", "one", "most", "more", "other", "same",
      "own", "both", "few", "because", "while", "until", "between", "said", "through", "during",
      "without", "within", "even", "still", "yet", "too", "now");

  private final Set<String> words;

  private ContextProfile(Set<String> words) {
    this.words = words;
  }

  /** The context of a name form: its sentences minus the words of its own name. */
  static ContextProfile of(NameForm form) {
    Set<String> own = new TreeSet<>();
    for (NameMention m : form.mentions()) {
      own.addAll(words(m.text()));
    }
    Set<String> result = new TreeSet<>();
    for (String sentence : sentences(form.mentions())) {
      for (String w : words(sentence)) {
        if (!own.contains(w)) {
          result.add(w);
        }
      }
    }
    return new ContextProfile(result);
  }

  /** Profiles for several forms, merged. */
  static ContextProfile union(List<ContextProfile> profiles) {
    Set<String> all = new TreeSet<>();
    profiles.forEach(p -> all.addAll(p.words));
    return new ContextProfile(all);
  }

  Set<String> words() {
    return words;
  }

  /** The words both contexts have, sorted. */
  Set<String> shared(ContextProfile other) {
    Set<String> both = new TreeSet<>(words);
    both.retainAll(other.words);
    return both;
  }

  /**
   * The share of this context's weight that the other context also has: the sum of the
   * weights of the shared words over the sum of the weights of this context's words.
   */
  double containmentIn(ContextProfile other, Weights weights) {
    double mine = 0;
    double both = 0;
    for (String w : words) {
      double weight = weights.of(w);
      mine += weight;
      if (other.words.contains(w)) {
        both += weight;
      }
    }
    return mine == 0 ? 0 : both / mine;
  }

  /** Inverse sentence frequency of each word over all sentences in the input. */
  static final class Weights {
    private final Map<String, Integer> sentenceCounts = new HashMap<>();
    private final int sentences;

    Weights(List<NameMention> mentions) {
      List<String> distinct = sentences(mentions);
      for (String sentence : distinct) {
        for (String w : words(sentence)) {
          sentenceCounts.merge(w, 1, Integer::sum);
        }
      }
      this.sentences = distinct.size();
    }

    double of(String word) {
      int count = sentenceCounts.getOrDefault(word, 0);
      return Math.log(1 + (sentences + 1.0) / (count + 1.0));
    }
  }

  /** The distinct sentences of the mentions; the same sentence in two documents counts twice. */
  private static List<String> sentences(List<NameMention> mentions) {
    record Located(String documentId, String sentence) {}
    Set<Located> seen = new HashSet<>();
    List<String> result = new ArrayList<>();
    for (NameMention m : mentions) {
      if (seen.add(new Located(m.documentId(), m.sentence()))) {
        result.add(m.sentence());
      }
    }
    return result;
  }

  static Set<String> words(String text) {
    Set<String> result = new TreeSet<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      if (!STOP_WORDS.contains(matcher.group())) {
        result.add(matcher.group());
      }
    }
    return result;
  }
}
