package org.annalist.eval.entities;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The verbose part of the report: entities one side holds together and the other splits, with the
 * distinct texts of their mentions, so that a wrong merge or a missed one can be read off.
 */
final class MergeErrors {
  private MergeErrors() {}

  static void print(String topic, List<LinkedMention> linked, PrintStream out) {
    out.println(topic + ": system entities that join different gold entities");
    print(linked, LinkedMention::systemEntity, LinkedMention::goldEntity, out);
    out.println(topic + ": gold entities the system split");
    print(linked, LinkedMention::goldEntity, LinkedMention::systemEntity, out);
  }

  /** Each group (by {@code outer}) whose mentions fall into two or more {@code inner} groups. */
  private static void print(
      List<LinkedMention> linked,
      Function<LinkedMention, String> outer,
      Function<LinkedMention, String> inner,
      PrintStream out) {
    Map<String, Map<String, TreeSet<String>>> groups = new TreeMap<>();
    for (LinkedMention m : linked) {
      groups
          .computeIfAbsent(outer.apply(m), k -> new TreeMap<>())
          .computeIfAbsent(inner.apply(m), k -> new TreeSet<>())
          .add(m.text());
    }
    groups.forEach((key, parts) -> {
      if (parts.size() > 1) {
        out.println("  " + key + ": "
            + parts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" | ")));
      }
    });
  }
}
