package org.annalist.eval.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The most frequent kinds of error: value errors grouped by their gold→system value pair, and
 * missed or spurious expressions grouped by their text.
 */
public final class ErrorBreakdown {
  private ErrorBreakdown() {}

  /**
   * A group of errors that share a key.
   *
   * @param key the gold→system value pair, or the text
   * @param count how many errors
   * @param examples up to three distinct examples
   */
  public record Group(String key, int count, List<String> examples) {}

  /** Value errors grouped by gold value → system value, most frequent first. */
  public static List<Group> valuePairs(List<ValueError> errors, int limit) {
    return top(
        errors,
        error -> error.goldValue() + " -> " + error.systemValue(),
        error -> "\"" + error.goldText() + "\" / \"" + error.systemText() + "\" ("
            + error.documentId() + ")",
        limit);
  }

  /** Texts grouped as they are written (newlines shown as spaces), most frequent first. */
  public static List<Group> texts(List<String> texts, int limit) {
    return top(texts, text -> text.replace('\n', ' '), text -> "", limit);
  }

  private static <T> List<Group> top(
      List<T> items, Function<T, String> key, Function<T, String> example, int limit) {
    Map<String, List<T>> byKey = new LinkedHashMap<>();
    items.forEach(
        item -> byKey.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
    return byKey.entrySet().stream()
        .map(entry -> new Group(
            entry.getKey(),
            entry.getValue().size(),
            entry.getValue().stream()
                .map(example)
                .filter(e -> !e.isEmpty())
                .distinct()
                .limit(3)
                .toList()))
        .sorted(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::key))
        .limit(limit)
        .toList();
  }
}
