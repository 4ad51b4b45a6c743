package org.annalist.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annalist.model.EntityType;

/**
 * Rule 2: mentions whose normalized names are equal ignoring case, within one {@link TypeGroup},
 * are one {@link NameForm}. People only with people; organizations, places and other names with
 * each other when the string is the same, taking the majority type (ties go to the
 * alphabetically first type, so the result does not depend on input order).
 */
final class ExactNameRule {
  private ExactNameRule() {}

  /** Groups the mentions (in any order) into name forms, sorted by {@link NameForm#ORDER}. */
  static List<NameForm> group(List<NameMention> mentions) {
    record Key(TypeGroup group, String key, boolean titleOnly) {}
    Map<Key, List<NameMention>> byKey = new TreeMap<>(
        Comparator.comparing(Key::group).thenComparing(Key::key).thenComparing(Key::titleOnly));
    Map<NameMention, NormalizedName> normalized = new TreeMap<>(NameMention.ORDER);
    for (NameMention m : mentions.stream().sorted(NameMention.ORDER).toList()) {
      NormalizedName n =
          normalized.computeIfAbsent(m, x -> NameNormalizer.normalize(x.text(), x.isPerson()));
      byKey
          .computeIfAbsent(
              new Key(TypeGroup.of(m.type()), n.key(), n.titleOnly()), k -> new ArrayList<>())
          .add(m);
    }
    List<NameForm> forms = new ArrayList<>();
    byKey.forEach((k, ms) -> forms.add(form(k.group(), k.key(), k.titleOnly(), ms, normalized)));
    return List.copyOf(forms);
  }

  private static NameForm form(
      TypeGroup group,
      String key,
      boolean titleOnly,
      List<NameMention> mentions,
      Map<NameMention, NormalizedName> normalized) {
    Map<String, Long> nameCounts = mentions.stream()
        .collect(Collectors.groupingBy(
            m -> normalizedName(normalized, m).name(), TreeMap::new, Collectors.counting()));
    String display = nameCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(e -> isSingleCase(e.getKey()))
            .thenComparing(Map.Entry::getKey))
        .findFirst()
        .orElseThrow()
        .getKey();
    Map<EntityType, Integer> typeCounts = mentions.stream()
        .collect(
            Collectors.groupingBy(NameMention::type, TreeMap::new, Collectors.summingInt(m -> 1)));
    EntityType type = majority(typeCounts);
    List<MergeEvidence> evidence = new ArrayList<>();
    mentions.stream()
        .map(normalized::get)
        .distinct()
        .filter(n -> !n.original().equals(display))
        .sorted(Comparator.comparing(NormalizedName::original))
        .forEach(n -> evidence.add(surfaceEvidence(n, display)));
    if (typeCounts.size() > 1) {
      evidence.add(typeEvidence(display, type, typeCounts, mentions.size()));
    }
    return new NameForm(group, key, display, type, titleOnly, mentions, typeCounts, evidence);
  }

  /** The normalized name of a mention; every mention grouped was normalized first. */
  private static NormalizedName normalizedName(
      Map<NameMention, NormalizedName> normalized, NameMention m) {
    return Objects.requireNonNull(normalized.get(m), "every grouped mention was normalized");
  }

  static EntityType majority(Map<EntityType, Integer> typeCounts) {
    return typeCounts.entrySet().stream()
        .sorted(Map.Entry.<EntityType, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry::getKey))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private static MergeEvidence surfaceEvidence(NormalizedName n, String display) {
    List<String> changes = new ArrayList<>();
    if (!n.titles().isEmpty()) {
      changes.add("the title '" + String.join(" ", n.titles()) + "' removed");
    }
    if (!NameNormalizer.clean(n.original()).equals(n.original())) {
      changes.add("punctuation or possessive removed");
    }
    if (!n.name().equals(display)) {
      changes.add("letter case ignored");
    }
    String rule = n.titles().isEmpty()
            && n.name().equals(NameNormalizer.clean(n.original()))
            && !n.name().equals(display)
        ? "case"
        : "normalized";
    String why = changes.isEmpty() ? "spacing collapsed" : String.join(", ", changes);
    return new MergeEvidence(
        n.original(),
        display,
        rule,
        1.0,
        "'" + n.original() + "' is '" + display + "' with " + why);
  }

  private static MergeEvidence typeEvidence(
      String display, EntityType type, Map<EntityType, Integer> counts, int total) {
    String tally = counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue() + (e.getValue() == 1 ? " time" : " times"))
        .collect(Collectors.joining(", "));
    int typeCount =
        Objects.requireNonNull(counts.get(type), "the majority type is one of the counted");
    return new MergeEvidence(
        display,
        display,
        "type",
        typeCount / (double) total,
        "'" + display + "' was tagged " + tally + "; the same string is taken as one "
            + type.name().toLowerCase(Locale.ROOT));
  }

  private static boolean isSingleCase(String s) {
    return s.equals(s.toUpperCase(Locale.ROOT)) || s.equals(s.toLowerCase(Locale.ROOT));
  }
}
