package org.annalist.eval.events;

import static org.annalist.model.Checks.requireArgument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.annalist.eval.gold.CatDocument;
import org.annalist.eval.gold.CatParser;
import org.annalist.eval.gold.MeantimeReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the event mentions of MEANTIME English (Minard et al. 2016) from {@code
 * intra_cross-doc_annotation/corpus_*}, one topic per folder.
 *
 * <ul>
 *   <li>Event mentions are the {@code EVENT_MENTION} markables with token anchors, in every
 *       sentence ({@link MentionKinds#ALL} adds {@code ENTITY_MENTION}).
 *   <li>A mention's cluster: the {@code instance_id} of the {@code EVENT} its {@code REFERS_TO}
 *       relation targets (a cross-document instance); an {@code EVENT} without one is a
 *       within-document chain; a mention in no {@code REFERS_TO} is a singleton. A few mentions
 *       are sources of two {@code REFERS_TO}; the first in the file is kept.
 *   <li>Mentions were annotated exhaustively only in the title and the first sentences, up to
 *       sentence {@value MeantimeReader#LAST_ANNOTATED_SENTENCE} (0 = title, 1 = dateline); later
 *       ones were added only where they corefer. Mention detection is scored up to there.
 * </ul>
 */
public final class MeantimeEventReader {
  private MeantimeEventReader() {}

  /** Reads the 120 documents of the four topics. */
  public static EventCorpus read(Path evalData, MentionKinds kinds) throws IOException {
    Path folder = evalData.resolve(MeantimeReader.ANNOTATION);
    if (!Files.isDirectory(folder)) {
      throw new IOException("MEANTIME gold folder not found: " + folder
          + " (give --eval-data the folder that holds ecbplus/ and meantime-english/)");
    }
    Predicate<String> mentionTag = kinds == MentionKinds.EVENTS
        ? "EVENT_MENTION"::equals
        : tag -> tag.equals("EVENT_MENTION") || tag.equals("ENTITY_MENTION");
    List<CatMentions.Read> documents = new ArrayList<>();
    int twice = 0;
    for (Path file : MeantimeReader.files(folder)) {
      String topic = MeantimeReader.topic(file);
      CatDocument cat = CatParser.read(file);
      CatMentions.Selection selection = new CatMentions.Selection(
          cat.id(),
          topic,
          topic,
          mentionTag,
          sentence -> true,
          sentence -> sentence <= MeantimeReader.LAST_ANNOTATED_SENTENCE);
      try {
        Chains chains = chains(cat, mentionTag);
        twice += chains.referringTwice();
        documents.add(CatMentions.read(cat, selection, chains.clusters()));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    if (documents.isEmpty()) {
      throw new IOException("no MEANTIME documents in " + folder);
    }
    return new EventCorpus(
        "meantime",
        "all",
        documents.stream().map(CatMentions.Read::document).toList(),
        notes(documents, twice, kinds));
  }

  /**
   * Markable id to cluster, and how many mentions refer to more than one instance.
   */
  private record Chains(Map<String, String> clusters, int referringTwice) {}

  private static Chains chains(CatDocument cat, Predicate<String> mentionTag) {
    Map<String, CatDocument.Markable> markables = cat.markables().stream()
        .collect(Collectors.toMap(CatDocument.Markable::id, Function.identity()));
    Map<String, String> clusters = new HashMap<>();
    int twice = 0;
    for (CatDocument.Relation relation : cat.relations()) {
      if (!relation.tag().equals("REFERS_TO")) {
        continue;
      }
      requireArgument(
          relation.targets().size() == 1,
          "REFERS_TO r_id=%s has %s targets, not one",
          relation.id(),
          relation.targets().size());
      String target = relation.targets().get(0);
      CatDocument.Markable instance = markables.get(target);
      requireArgument(
          instance != null,
          "REFERS_TO r_id=%s targets m_id=%s, which is no markable",
          relation.id(),
          target);
      @Nullable String instanceId = instance.attribute("instance_id");
      String cluster = instanceId != null ? instanceId : CatMentions.chainId(cat.id(), target);
      for (String source : relation.sources()) {
        @Nullable String previous = clusters.putIfAbsent(source, cluster);
        CatDocument.Markable mention = markables.get(source);
        requireArgument(
            mention != null,
            "REFERS_TO r_id=%s has source m_id=%s, which is no markable",
            relation.id(),
            source);
        if (previous != null && !previous.equals(cluster) && mentionTag.test(mention.tag())) {
          twice++;
        }
      }
    }
    return new Chains(clusters, twice);
  }

  private static List<String> notes(
      List<CatMentions.Read> documents, int twice, MentionKinds kinds) {
    List<GoldEventMention> mentions =
        documents.stream().flatMap(read -> read.document().mentions().stream()).toList();
    int scored = documents.stream()
        .mapToInt(read -> read.document().scoredMentions().size())
        .sum();
    int gapped = documents.stream().mapToInt(CatMentions.Read::gapped).sum();
    String tags =
        kinds == MentionKinds.EVENTS ? "EVENT_MENTION" : "EVENT_MENTION and ENTITY_MENTION";
    return List.of(
        documents.size() + " documents in 4 topics (airbus, apple, gm, stock)",
        mentions.size() + " mentions: " + tags + " markables with token anchors; " + scored
            + " lie in sentences 0-" + MeantimeReader.LAST_ANNOTATED_SENTENCE
            + ", where mention detection is scored",
        "cluster = the instance_id of the REFERS_TO target, else that target's within-document chain, else a"
            + " singleton: " + ClusterCounts.of(mentions),
        twice
            + " mentions are sources of two REFERS_TO with different targets; the first in the file is kept",
        gapped
            + " mentions are anchored on tokens that are not adjacent; their span covers the gap");
  }
}
