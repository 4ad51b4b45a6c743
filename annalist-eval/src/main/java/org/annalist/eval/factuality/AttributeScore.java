package org.annalist.eval.factuality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.eval.score.Prf;

/**
 * How one attribute scored over the gold mentions Annalist has a mention for: the counts of each
 * (gold value, system value) pair, and the gold mentions left open ({@link
 * Attribute#UNDERSPECIFIED}), which are not scored.
 *
 * @param attribute the attribute
 * @param confusion how often each system value was given for each gold value
 * @param underspecified matched gold mentions whose value the annotators left open
 */
public record AttributeScore(
    Attribute attribute, Map<String, Map<String, Integer>> confusion, int underspecified) {

  public AttributeScore {
    Objects.requireNonNull(attribute, "attribute");
    Map<String, Map<String, Integer>> copy = new HashMap<>();
    confusion.forEach((gold, row) -> copy.put(gold, Map.copyOf(row)));
    confusion = Map.copyOf(copy);
  }

  /** The scored mentions. */
  public int total() {
    return confusion.values().stream()
        .flatMap(row -> row.values().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** How many mentions have this gold value. */
  public int gold(String value) {
    return confusion.getOrDefault(value, Map.of()).values().stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  /** How many mentions the system gave this value. */
  public int system(String value) {
    return confusion.values().stream()
        .mapToInt(row -> row.getOrDefault(value, 0))
        .sum();
  }

  /** How many mentions have this value in gold and from the system. */
  public int correct(String value) {
    return confusion.getOrDefault(value, Map.of()).getOrDefault(value, 0);
  }

  /** The share of scored mentions the system got right; 0 when none are scored. */
  public double accuracy() {
    int total = total();
    int correct = values().stream().mapToInt(this::correct).sum();
    return total == 0 ? 0 : (double) correct / total;
  }

  /** Precision, recall and F1 of one value. */
  public Prf score(String value) {
    return Prf.of(correct(value), system(value), gold(value));
  }

  /** Every value given by gold or system, the most frequent gold values first. */
  public List<String> values() {
    Set<String> values = new LinkedHashSet<>();
    confusion.keySet().stream()
        .sorted(Comparator.comparingInt(this::gold).reversed().thenComparing(v -> v))
        .forEach(values::add);
    confusion.values().stream().flatMap(row -> row.keySet().stream()).sorted().forEach(values::add);
    return new ArrayList<>(values);
  }

  /** The most frequent gold value: what the majority-class baseline answers every time. */
  public String majority() {
    return values().isEmpty() ? "-" : values().get(0);
  }

  /** The majority-class baseline's accuracy: the majority value's share of the gold. */
  public double majorityAccuracy() {
    int total = total();
    return total == 0 ? 0 : (double) gold(majority()) / total;
  }

  /** The mean F1 over the gold values. */
  public double macroF1() {
    List<String> gold = confusion.keySet().stream().toList();
    return gold.stream().mapToDouble(value -> score(value).f1()).average().orElse(0);
  }

  /** The majority baseline's mean F1 over the gold values (only its one value scores). */
  public double majorityMacroF1() {
    int values = confusion.size();
    if (values == 0) {
      return 0;
    }
    return Prf.of(majorityAccuracy(), 1).f1() / values;
  }
}
