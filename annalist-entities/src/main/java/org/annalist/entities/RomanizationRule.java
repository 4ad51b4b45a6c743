package org.annalist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annalist.model.EntityType;

/**
 * Rule 4: a name written in Wade-Giles is the same name as one written in pinyin when its
 * syllables, converted one by one by {@link WadeGiles}, spell the other ("Mao Tse-tung" and
 * "Mao Zedong", "Chou En-lai" and "Zhou Enlai"). Comparison is case-insensitive and ignores
 * hyphens and apostrophes. A name is only converted if something marks it as Wade-Giles: a
 * hyphen or apostrophe inside a word, or a syllable pinyin cannot have ({@code hs-}, {@code ts-},
 * {@code -ung}, {@code -ieh}, ...); otherwise "Ping" would become "Bing". Forms that differ only
 * in hyphens and apostrophes ("Xiao-ping", "Xiaoping") are joined by the same comparison.
 */
final class RomanizationRule {
  static final String RULE = "romanization";

  private RomanizationRule() {}

  static void apply(NameClusters clusters) {
    record Bucket(TypeGroup group, EntityType type, String key) {}
    Map<String, List<Integer>> byKey = new TreeMap<>();
    List<NameForm> forms = clusters.forms();
    for (int i = 0; i < forms.size(); i++) {
      NameForm f = forms.get(i);
      if (!f.mergeable()) {
        continue;
      }
      EntityType type = f.group() == TypeGroup.PERSON ? EntityType.PERSON : f.type();
      String key = pinyin(f.display()).orElse(plain(f.display()));
      byKey
          .computeIfAbsent(new Bucket(f.group(), type, key).toString(), k -> new ArrayList<>())
          .add(i);
    }
    for (List<Integer> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      int target = pickTarget(forms, same);
      for (int i : same) {
        if (i != target) {
          clusters.join(target, i, evidence(forms.get(i), forms.get(target)));
        }
      }
    }
  }

  /** The pinyin reading of a name marked as Wade-Giles, lower case, or nothing. */
  static Optional<String> pinyin(String name) {
    String text = WadeGiles.normalizeApostrophes(name.toLowerCase(Locale.ROOT));
    boolean marked = false;
    List<String> words = new ArrayList<>();
    for (String token : text.split(" ")) {
      String[] syllables = token.split("-");
      marked |= syllables.length > 1 || token.indexOf('\'') > 0;
      StringBuilder word = new StringBuilder();
      for (String s : syllables) {
        Optional<WadeGiles.Syllable> converted = WadeGiles.syllable(s);
        if (converted.isEmpty()) {
          return Optional.empty();
        }
        marked |= converted.get().distinctive();
        word.append(converted.get().pinyin());
      }
      words.add(word.toString());
    }
    String result = String.join(" ", words);
    return marked && !result.equals(plain(name)) ? Optional.of(result) : Optional.empty();
  }

  /** Lower case, without hyphens and apostrophes. */
  static String plain(String name) {
    return WadeGiles.normalizeApostrophes(name.toLowerCase(Locale.ROOT))
        .replace("-", "")
        .replace("'", "");
  }

  /** Prefer a form that is not Wade-Giles, then the most mentioned, then the first. */
  private static int pickTarget(List<NameForm> forms, List<Integer> same) {
    int best = same.get(0);
    for (int i : same) {
      NameForm f = forms.get(i);
      NameForm b = forms.get(best);
      boolean fPinyin = pinyin(f.display()).isEmpty();
      boolean bPinyin = pinyin(b.display()).isEmpty();
      if (fPinyin != bPinyin ? fPinyin : f.count() > b.count()) {
        best = i;
      }
    }
    return best;
  }

  private static MergeEvidence evidence(NameForm alias, NameForm target) {
    Optional<String> reading = pinyin(alias.display());
    String why = reading
        .map(r -> "'" + alias.display() + "' read as Wade-Giles is '" + r + "' in pinyin, as in '"
            + target.display() + "'")
        .orElse("'" + alias.display() + "' and '" + target.display()
            + "' differ only in hyphens or apostrophes");
    return new MergeEvidence(
        alias.display(), target.display(), RULE, reading.isPresent() ? 0.95 : 1.0, why);
  }
}
