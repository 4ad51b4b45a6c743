package org.annalist.entities;

import static org.annalist.model.Checks.requireArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annalist.model.EntityType;
import org.annalist.model.KeptApart;

/**
 * Groups named-entity mentions into entities.
 *
 * <p>The rules run in order, each on what the ones before left:
 *
 * <ol>
 *   <li>{@link NameNormalizer}: punctuation, possessives and (for people) titles removed;
 *   <li>{@link ExactNameRule}: equal names ignoring case, people with people, other types with
 *       each other;
 *   <li>{@link RomanizationRule}: Wade-Giles and pinyin spellings of the same syllables;
 *   <li>{@link ShortFormRule}: a surname or given name, or a cut-off name, that fits only one full
 *       name;
 *   <li>{@link AbbreviationRule}: initials or syllables of one name of several words;
 *   <li>{@link NumberedNameRule}: a numbered name and the one other name with its head word;
 *   <li>{@link GarbledNameRule}: a rare name spelled like a frequent one and found in the same
 *       kind of sentences.
 * </ol>
 *
 * <p>Runs of proper nouns the named-entity model did not tag may be given too: the rules run once
 * on the tagged names, {@link UntaggedNameRule} takes the runs that a strict rule ties to them or
 * to each other, and the rules run again on all of them.
 *
 * <p>Then {@link CanonicalName} names each entity. Every input mention ends up in exactly one
 * entity; people and other types are never mixed; each join of two names carries its
 * {@link MergeEvidence}. The result is the same for the same mentions in any order. A resolver
 * holds no state between calls and may be shared between threads.
 */
public final class EntityResolver {
  private final ResolverThresholds thresholds;

  /** A resolver with {@link ResolverThresholds#defaults()}. */
  public EntityResolver() {
    this(ResolverThresholds.defaults());
  }

  public EntityResolver(ResolverThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** The entities of the mentions, sorted by id. */
  public List<Entity> resolve(List<NameMention> mentions) {
    return resolve(mentions, List.of());
  }

  /**
   * The entities of the mentions and of the untagged runs of proper nouns that
   * {@link UntaggedNameRule} takes for names, sorted by id. Runs it does not take are in no
   * entity.
   */
  public List<Entity> resolve(List<NameMention> mentions, List<UntaggedName> untagged) {
    return resolve(mentions, untagged, List.of());
  }

  /**
   * As {@link #resolve(List, List)}, never joining two names a user kept apart: a merge the user
   * undid stays undone, and the names' other evidence may still join each to other names.
   */
  public List<Entity> resolve(
      List<NameMention> mentions, List<UntaggedName> untagged, List<KeptApart> keptApart) {
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(keptApart, "keptApart");
    Objects.requireNonNull(untagged, "untagged");
    for (int i = 0; i < mentions.size(); i++) {
      requireArgument(mentions.get(i) != null, "mention %s of %s is null", i, mentions.size());
    }
    for (int i = 0; i < untagged.size(); i++) {
      requireArgument(
          untagged.get(i) != null, "untagged name %s of %s is null", i, untagged.size());
    }
    NameClusters tagged = cluster(mentions, keptApart);
    List<UntaggedNameRule.Taken> taken =
        untagged.isEmpty() ? List.of() : UntaggedNameRule.take(untagged, tagged);
    if (taken.isEmpty()) {
      return entities(tagged, Map.of());
    }
    List<NameMention> all = new ArrayList<>(mentions);
    Map<NameMention, MergeEvidence> why = new HashMap<>();
    for (UntaggedNameRule.Taken t : taken) {
      all.add(t.mention());
      why.put(t.mention(), t.evidence());
    }
    return entities(cluster(all, keptApart), why);
  }

  private NameClusters cluster(List<NameMention> mentions, List<KeptApart> keptApart) {
    NameClusters clusters = new NameClusters(ExactNameRule.group(mentions), keptApart);
    RomanizationRule.apply(clusters);
    ShortFormRule.apply(clusters);
    AbbreviationRule.apply(clusters);
    NumberedNameRule.apply(clusters);
    new GarbledNameRule(thresholds).apply(clusters, new ContextProfile.Weights(mentions));
    return clusters;
  }

  private static List<Entity> entities(
      NameClusters clusters, Map<NameMention, MergeEvidence> taken) {
    List<Entity> unnamed = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> cluster : clusters.clusters().entrySet()) {
      unnamed.add(entity(clusters, cluster.getKey(), cluster.getValue(), taken));
    }
    unnamed.sort(Comparator.comparing(Entity::id)
        .thenComparing(e -> e.mentions().get(0), NameMention.ORDER));
    Map<String, Integer> seen = new HashMap<>();
    List<Entity> result = new ArrayList<>();
    for (Entity e : unnamed) {
      int n = seen.merge(e.id(), 1, Integer::sum);
      String id = n == 1 ? e.id() : e.id() + "-" + n;
      result.add(new Entity(id, e.name(), e.type(), e.aliases(), e.mentions(), e.merges()));
    }
    return List.copyOf(result);
  }

  private static Entity entity(
      NameClusters clusters,
      int root,
      List<Integer> members,
      Map<NameMention, MergeEvidence> taken) {
    List<NameForm> forms = members.stream().map(clusters::form).toList();
    List<MergeEvidence> merges = new ArrayList<>(clusters.joins(root));
    forms.forEach(f -> merges.addAll(f.evidence()));
    forms.stream()
        .flatMap(f -> f.mentions().stream())
        .map(taken::get)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(merges::add);
    merges.sort(MergeEvidence.ORDER);
    Set<String> garbled = merges.stream()
        .filter(m -> m.rule().equals(GarbledNameRule.RULE))
        .map(MergeEvidence::alias)
        .collect(Collectors.toSet());
    String name = CanonicalName.choose(forms, garbled);
    List<NameMention> mentions = forms.stream()
        .flatMap(f -> f.mentions().stream())
        .sorted(NameMention.ORDER)
        .toList();
    Map<EntityType, Integer> typeCounts = new TreeMap<>();
    mentions.forEach(m -> typeCounts.merge(m.type(), 1, Integer::sum));
    EntityType type = ExactNameRule.majority(typeCounts);
    List<String> aliases =
        mentions.stream().map(NameMention::text).distinct().sorted().toList();
    return new Entity(CanonicalName.id(type, name), name, type, aliases, mentions, merges);
  }
}
