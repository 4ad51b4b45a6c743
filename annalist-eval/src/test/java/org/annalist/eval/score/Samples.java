package org.annalist.eval.score;

import java.time.LocalDate;
import java.util.List;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/** Gold and system expressions built by hand on a text, located by the words they cover. */
final class Samples {
  static final LocalDate DCT = LocalDate.of(2009, 12, 19);

  private Samples() {}

  /** The span of the {@code occurrence}-th (0-based) appearance of {@code words} in {@code text}. */
  static Span find(String text, String words, int occurrence) {
    int start = -1;
    for (int i = 0; i <= occurrence; i++) {
      start = text.indexOf(words, start + 1);
      if (start < 0) {
        throw new IllegalArgumentException(
            "'" + words + "' occurs fewer than " + (occurrence + 1) + " times");
      }
    }
    return Span.of(start, start + words.length());
  }

  static GoldTimex gold(String text, String words, @Nullable String value) {
    return typedGold(text, words, value, null);
  }

  static GoldTimex typedGold(
      String text, String words, @Nullable String value, @Nullable String type) {
    Span span = find(text, words, 0);
    return new GoldTimex("g@" + span.start() + "-" + span.end(), span, words, value, null, type);
  }

  static SystemTimex system(String text, String words, String value) {
    return new SystemTimex(find(text, words, 0), value, null, null);
  }

  static GoldDocument document(String text, List<GoldTimex> gold, Span... unscored) {
    return new GoldDocument("doc", text, DCT, gold, List.of(unscored));
  }
}
