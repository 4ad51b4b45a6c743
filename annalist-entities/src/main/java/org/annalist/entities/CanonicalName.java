package org.annalist.entities;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.model.EntityType;

/**
 * Rule 6: the name an entity is shown by, and its id.
 *
 * <p>The name is the fullest common form: among the forms with at least two mentions, the one
 * with the most words (then the most mentions, then alphabetically first); if no form has two
 * mentions, the most mentioned one (then the most words, then alphabetically first). On a tie a
 * pinyin spelling is preferred to a Wade-Giles one. Forms
 * that were taken in as garblings are only chosen if nothing else is left. The id is the lower
 * case type, a colon and the name as a slug: {@code person:mao-zedong}.
 */
final class CanonicalName {
  private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private CanonicalName() {}

  static String choose(List<NameForm> forms, Set<String> garbled) {
    List<NameForm> trusted =
        forms.stream().filter(f -> !garbled.contains(f.display())).toList();
    List<NameForm> pool = trusted.isEmpty() ? forms : trusted;
    Comparator<NameForm> byWords =
        Comparator.comparingInt((NameForm f) -> f.tokens().size()).reversed();
    Comparator<NameForm> byCount = Comparator.comparingInt(NameForm::count).reversed();
    Comparator<NameForm> byName = Comparator.comparing(
            (NameForm f) -> RomanizationRule.pinyin(f.display()).isPresent())
        .thenComparing(NameForm::display);
    List<NameForm> common = pool.stream().filter(f -> f.count() >= 2).toList();
    if (!common.isEmpty()) {
      return common.stream()
          .min(byWords.thenComparing(byCount).thenComparing(byName))
          .orElseThrow()
          .display();
    }
    return pool.stream()
        .min(byCount.thenComparing(byWords).thenComparing(byName))
        .orElseThrow()
        .display();
  }

  /** Lower case letters and digits joined by hyphens, accents removed: "Zhou Enlai" is "zhou-enlai". */
  static String slug(String name) {
    String plain =
        MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String slug = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  static String id(EntityType type, String name) {
    return type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
  }
}
