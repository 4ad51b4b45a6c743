package org.annalist.eval.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.annalist.eval.gold.EntityGoldDocument;
import org.annalist.eval.score.Prf;

/**
 * The scores of one evaluation run, added up document by document and topic by topic, and the
 * tables that show them. Scores are in percent.
 */
public final class EntityReport {
  /** Which system mentions a row of the mention table scores. */
  enum Source {
    NER("NER", SystemMention::tagged),
    RESOLVED("NER+untagged", mention -> true);

    final String label;
    final Predicate<SystemMention> keeps;

    Source(String label, Predicate<SystemMention> keeps) {
      this.label = label;
      this.keeps = keeps;
    }
  }

  private record Row(Source source, MentionView view) {}

  private record TopicScore(
      String topic,
      int documents,
      int goldEntities,
      ClusterScore resolver,
      ClusterScore baseline) {}

  private final Map<Row, Map<SpanMatching, MentionCounts>> mentions = new LinkedHashMap<>();
  private final List<TopicScore> topics = new ArrayList<>();

  /** Adds the mention scores of one document. */
  public void addMentions(EntityGoldDocument document, List<SystemMention> system) {
    for (Source source : Source.values()) {
      List<SystemMention> kept = system.stream().filter(source.keeps).toList();
      for (MentionView view : MentionView.values()) {
        Map<SpanMatching, MentionCounts> counts = mentions.computeIfAbsent(
            new Row(source, view), row -> new EnumMap<>(SpanMatching.class));
        for (SpanMatching matching : SpanMatching.values()) {
          counts.merge(
              matching, MentionScorer.score(document, kept, view, matching), MentionCounts::plus);
        }
      }
    }
  }

  /** Adds the merge scores of one topic. */
  public void addTopic(
      String topic, int documents, List<LinkedMention> resolver, List<LinkedMention> baseline) {
    int goldEntities =
        (int) resolver.stream().map(LinkedMention::goldEntity).distinct().count();
    topics.add(new TopicScore(
        topic, documents, goldEntities, ClusterScore.of(resolver), ClusterScore.of(baseline)));
  }

  private static final String MENTION_ROW = "%-13s %-27s %5s %6s  %-16s  %-16s  %-16s%n";
  private static final String MERGE_ROW = "%-7s %-13s %4s %8s %8s  %-16s  %-16s  %-16s%n";

  /** The counts of a row under one matching: addMentions fills every matching of every row it adds. */
  private static MentionCounts counted(
      Map<SpanMatching, MentionCounts> counts, SpanMatching matching) {
    return Objects.requireNonNull(counts.get(matching), "addMentions counts every matching");
  }

  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(
        Locale.ROOT,
        MENTION_ROW,
        "mentions",
        "gold counted",
        "gold",
        "system",
        "strict P/R/F1",
        "same head P/R/F1",
        "overlap P/R/F1"));
    mentions.forEach((row, counts) -> out.append(String.format(
        Locale.ROOT,
        MENTION_ROW,
        row.source().label,
        row.view().label(),
        counted(counts, SpanMatching.STRICT).gold(),
        counted(counts, SpanMatching.STRICT).system(),
        prf(counted(counts, SpanMatching.STRICT).score()),
        prf(counted(counts, SpanMatching.HEAD).score()),
        prf(counted(counts, SpanMatching.OVERLAP).score()))));
    out.append('\n');
    out.append(String.format(
        Locale.ROOT,
        MERGE_ROW,
        "topic",
        "grouping",
        "docs",
        "mentions",
        "gold ent",
        "pairwise P/R/F1",
        "cross-doc P/R/F1",
        "B-cubed P/R/F1"));
    ClusterScore resolverTotal = ClusterScore.ZERO;
    ClusterScore baselineTotal = ClusterScore.ZERO;
    int documents = 0;
    int goldEntities = 0;
    for (TopicScore topic : topics) {
      mergeRows(
          out,
          topic.topic(),
          topic.documents(),
          topic.goldEntities(),
          topic.resolver(),
          topic.baseline());
      resolverTotal = resolverTotal.plus(topic.resolver());
      baselineTotal = baselineTotal.plus(topic.baseline());
      documents += topic.documents();
      goldEntities += topic.goldEntities();
    }
    if (topics.size() > 1) {
      mergeRows(out, "all", documents, goldEntities, resolverTotal, baselineTotal);
    }
    return out.toString();
  }

  private static void mergeRows(
      StringBuilder out,
      String topic,
      int documents,
      int goldEntities,
      ClusterScore resolver,
      ClusterScore baseline) {
    out.append(String.format(
        Locale.ROOT,
        MERGE_ROW,
        topic,
        "resolver",
        documents,
        resolver.mentions(),
        goldEntities,
        prf(resolver.pairwise()),
        prf(resolver.crossDocument()),
        prf(resolver.bCubed())));
    out.append(String.format(
        Locale.ROOT,
        MERGE_ROW,
        "",
        "exact string",
        "",
        "",
        "",
        prf(baseline.pairwise()),
        prf(baseline.crossDocument()),
        prf(baseline.bCubed())));
  }

  static String prf(Prf score) {
    return percent(score.precision()) + "/" + percent(score.recall()) + "/" + percent(score.f1());
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }
}
