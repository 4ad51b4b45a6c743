package org.annalist.entities;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Wade-Giles to pinyin, one syllable at a time, by the regular correspondences of the two systems
 * for Standard Chinese (as set out in the usual conversion tables, e.g. those of the Library of
 * Congress romanization guidelines): aspirated and unaspirated initials ({@code p'/p} to
 * {@code p/b}, {@code t'/t} to {@code t/d}, {@code k'/k} to {@code k/g}, {@code ch'/ch} to
 * {@code q/j} before {@code i, ü} and {@code ch/zh} elsewhere, {@code ts'/tz'} to {@code c},
 * {@code ts/tz} to {@code z}, {@code hs} to {@code x}, {@code j} to {@code r}) and finals
 * ({@code -ih} and the {@code -u} after {@code tz, ss} to {@code -i}, {@code -ung} to
 * {@code -ong}, {@code -ieh} to {@code -ie}, {@code -ien} to {@code -ian}, {@code -o} to
 * {@code -e} after velars and {@code -uo} after dentals, {@code -eh} to {@code -e}, {@code erh}
 * to {@code er}, {@code yu} to {@code you} and {@code yü} to {@code yu}). It holds no names.
 *
 * <p>Only syllables are converted: a word is split into syllables only at hyphens, so
 * {@code Tse-tung} is {@code ze}+{@code dong} but an unhyphenated {@code Peking} is left alone —
 * postal spellings like that are not regular and are not attempted.
 */
final class WadeGiles {
  /** Initials, longest first; aspirated forms carry an apostrophe (normalized to '). */
  private static final List<String> INITIALS = List.of(
      "ch'", "ts'", "tz'", "hs", "ch", "ts", "tz", "ss", "sz", "sh", "p'", "t'", "k'", "p", "t",
      "k", "j", "m", "f", "n", "l", "h", "s", "y", "w");

  /** Finals Wade-Giles writes, after any initial. */
  private static final Set<String> FINALS = Set.of(
      "a", "ai", "an", "ang", "ao", "e", "ê", "eh", "ei", "en", "ên", "eng", "êng", "erh", "i",
      "ia", "iang", "iao", "ieh", "ien", "ih", "in", "ing", "iu", "iung", "o", "ou", "u", "ŭ", "ua",
      "uai", "uan", "uang", "ui", "uei", "un", "ung", "uo", "ü", "üan", "üeh", "ün", "ueh", "üen");

  /** Marks that only Wade-Giles has, so a name carrying one is not already pinyin. */
  private static final Set<String> WADE_GILES_ONLY_INITIALS =
      Set.of("ch'", "ts'", "tz'", "hs", "ts", "tz", "ss", "sz", "p'", "t'", "k'");

  private static final Set<String> WADE_GILES_ONLY_FINALS = Set.of(
      "ê", "ên", "êng", "eh", "erh", "ieh", "ien", "ih", "iung", "ŭ", "ung", "uei", "üeh", "ueh",
      "üen");

  private WadeGiles() {}

  /** A syllable converted, and whether its spelling could only be Wade-Giles. */
  record Syllable(String pinyin, boolean distinctive) {}

  /** Converts one syllable, or nothing if it is not a Wade-Giles syllable. */
  static Optional<Syllable> syllable(String text) {
    String s = normalizeApostrophes(text.toLowerCase(Locale.ROOT));
    for (String initial : INITIALS) {
      if (s.startsWith(initial) && FINALS.contains(s.substring(initial.length()))) {
        String fin = s.substring(initial.length());
        return Optional.of(new Syllable(
            initial(initial, fin) + fin(initial, fin),
            WADE_GILES_ONLY_INITIALS.contains(initial) || WADE_GILES_ONLY_FINALS.contains(fin)));
      }
    }
    if (FINALS.contains(s)) {
      return Optional.of(new Syllable(zeroInitial(s), WADE_GILES_ONLY_FINALS.contains(s)));
    }
    return Optional.empty();
  }

  private static String initial(String initial, String fin) {
    boolean front = (fin.startsWith("i") || fin.startsWith("ü")) && !fin.equals("ih");
    return switch (initial) {
      case "ch'" -> front ? "q" : "ch";
      case "ch" -> front ? "j" : "zh";
      case "hs" -> "x";
      case "ts'", "tz'" -> "c";
      case "ts", "tz" -> "z";
      case "ss", "sz" -> "s";
      case "p'" -> "p";
      case "t'" -> "t";
      case "k'" -> "k";
      case "p" -> "b";
      case "t" -> "d";
      case "k" -> "g";
      case "j" -> "r";
      default -> initial;
    };
  }

  private static String fin(String initial, String fin) {
    boolean sibilant = Set.of("tz", "tz'", "ss", "sz").contains(initial);
    boolean palatal = Set.of("ch'", "ch", "hs", "y").contains(initial)
            && (fin.startsWith("i") || fin.startsWith("ü"))
        || initial.equals("y");
    return switch (fin) {
      case "ih" -> "i";
      case "u", "ŭ" -> sibilant ? "i" : initial.equals("y") ? "ou" : "u";
      case "ung" -> "ong";
      case "iung" -> "iong";
      case "ieh" -> "ie";
      case "ien" -> "ian";
      case "eh", "ê" -> "e";
      case "en", "ên" -> initial.equals("y") ? "an" : "en";
      case "êng" -> "eng";
      case "uei" -> "ui";
      case "o" ->
        Set.of("k", "k'", "h").contains(initial)
            ? "e"
            : Set.of("p", "p'", "m", "f", "y", "w").contains(initial) ? "o" : "uo";
      case "ü" -> palatal ? "u" : "ü";
      case "üan" -> "uan";
      case "üeh", "ueh" -> palatal ? "ue" : "üe";
      case "ün" -> palatal ? "un" : "ün";
      case "üen" -> "uan";
      default -> fin;
    };
  }

  private static String zeroInitial(String fin) {
    return switch (fin) {
      case "erh" -> "er";
      case "i" -> "yi";
      case "in" -> "yin";
      case "ing" -> "ying";
      case "u" -> "wu";
      case "ü" -> "yu";
      default -> fin;
    };
  }

  static String normalizeApostrophes(String s) {
    String decomposedSafe = Normalizer.normalize(s, Normalizer.Form.NFC);
    return decomposedSafe
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u02bb', '\'')
        .replace('\u02bc', '\'')
        .replace('`', '\'');
  }
}
