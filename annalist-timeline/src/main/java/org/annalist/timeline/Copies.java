package org.annalist.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds passages copied between sources: runs of {@link #SHINGLE} words that two documents
 * share. Sources that share at least {@link #MIN_SHARED} such runs are dependent: they count
 * as one witness. Holds one 64-bit hash per word position, not the texts.
 */
public final class Copies {
  /** Words per shingle. */
  static final int SHINGLE = 8;
  /** Shared shingles (about a sentence and a half of copied text) that make two sources dependent. */
  static final int MIN_SHARED = 12;

  private final Map<String, Set<Long>> shingles = new LinkedHashMap<>();

  /** Adds a document's readable text. */
  public void add(String document, String readableText) {
    String[] words = readableText.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      if (!word.isEmpty()) {
        kept.add(word);
      }
    }
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i + SHINGLE <= kept.size(); i++) {
      long hash = 1125899906842597L;
      for (int j = i; j < i + SHINGLE; j++) {
        hash = 31 * hash + kept.get(j).hashCode();
      }
      hashes.add(hash);
    }
    shingles.put(document, hashes);
  }

  /** For each document, the documents it shares copied passages with and how many shingles. */
  public Map<String, Map<String, Integer>> shared() {
    Map<Long, List<String>> holders = new HashMap<>();
    shingles.forEach((document, hashes) -> hashes.forEach(
        hash -> holders.computeIfAbsent(hash, h -> new ArrayList<>(2)).add(document)));
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (List<String> documents : holders.values()) {
      for (int i = 0; i < documents.size(); i++) {
        for (int j = i + 1; j < documents.size(); j++) {
          counts
              .computeIfAbsent(documents.get(i), d -> new TreeMap<>())
              .merge(documents.get(j), 1, Integer::sum);
          counts
              .computeIfAbsent(documents.get(j), d -> new TreeMap<>())
              .merge(documents.get(i), 1, Integer::sum);
        }
      }
    }
    Map<String, Map<String, Integer>> shared = new TreeMap<>();
    counts.forEach((document, others) -> {
      Map<String, Integer> copied = new TreeMap<>();
      others.forEach((other, count) -> {
        if (count >= MIN_SHARED) {
          copied.put(other, count);
        }
      });
      if (!copied.isEmpty()) {
        shared.put(document, copied);
      }
    });
    return shared;
  }
}
