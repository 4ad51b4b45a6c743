package org.annalist.eval.events;

import static org.annalist.model.Checks.requireArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.eval.gold.CatDocument;
import org.annalist.eval.gold.CatParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads ECB+ 1.0 (Cybulska &amp; Vossen 2014) from its CAT XML files in the usual evaluation setup
 * (Cybulska &amp; Vossen 2015, Barhom et al. 2019):
 *
 * <ul>
 *   <li>Only the sentences listed in {@code ECBplus_coreference_sentences.csv} are read for
 *       mentions; the annotators checked those, and annotation elsewhere is partial. Mention
 *       detection is scored in the same sentences.
 *   <li>Event mentions are the {@code ACTION_*} and {@code NEG_ACTION_*} markables with token
 *       anchors ({@link MentionKinds#ALL} adds the entity tags).
 *   <li>A mention's cluster is the instance id in the {@code note} of the {@code
 *       CROSS_DOC_COREF} relation it is a source of; else the within-document chain of its
 *       {@code INTRA_DOC_COREF} relation; else it is a singleton.
 * </ul>
 */
public final class EcbPlusReader {
  /** The release folder, relative to the eval-data folder. */
  public static final String FOLDER = "ecbplus/ECB+_LREC2014";
  /** The list of checked sentences, relative to {@link #FOLDER}. */
  public static final String SENTENCES = "ECBplus_coreference_sentences.csv";

  private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

  private EcbPlusReader() {}

  /** Reads the documents of the split's topics. */
  public static EventCorpus read(Path evalData, EcbPlusSplit split, MentionKinds kinds)
      throws IOException {
    Path folder = evalData.resolve(FOLDER);
    if (!Files.isDirectory(folder.resolve("ECB+"))) {
      throw new IOException("ECB+ folder not found: " + folder.resolve("ECB+")
          + " (give --eval-data the folder that holds ecbplus/ and meantime-english/)");
    }
    Map<String, Set<Integer>> checked = checkedSentences(folder.resolve(SENTENCES));
    Predicate<String> mentionTag = kinds == MentionKinds.EVENTS
        ? EcbPlusReader::isEvent
        : tag -> isEvent(tag) || isEntity(tag);
    List<CatMentions.Read> documents = new ArrayList<>();
    for (Path file : files(folder.resolve("ECB+"))) {
      Matcher name = FILE.matcher(file.getFileName().toString());
      requireArgument(name.matches(), "not an ECB+ file name: %s", file);
      int topic = Integer.parseInt(name.group(1));
      if (split.contains(topic)) {
        String documentId = topic + "_" + name.group(2) + name.group(3);
        Set<Integer> sentences = checked.getOrDefault(documentId, Set.of());
        CatMentions.Selection selection = new CatMentions.Selection(
            documentId,
            String.valueOf(topic),
            topic + name.group(3),
            mentionTag,
            sentences::contains,
            sentences::contains);
        documents.add(readDocument(file, selection));
      }
    }
    if (documents.isEmpty()) {
      throw new IOException("no ECB+ documents in " + folder.resolve("ECB+"));
    }
    return new EventCorpus(
        "ecbplus",
        split.name().toLowerCase(Locale.ROOT),
        documents.stream().map(CatMentions.Read::document).toList(),
        notes(documents, checked, kinds));
  }

  private static CatMentions.Read readDocument(Path file, CatMentions.Selection selection)
      throws IOException {
    return CatParser.read(
        file, cat -> CatMentions.read(cat, selection, clusters(cat, selection.documentId())));
  }

  static boolean isEvent(String tag) {
    return tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_");
  }

  static boolean isEntity(String tag) {
    return tag.startsWith("HUMAN_PART")
        || tag.startsWith("NON_HUMAN_PART")
        || tag.startsWith("LOC_")
        || tag.startsWith("TIME_");
  }

  /** Markable id to cluster: the cross-document instance id, or a within-document chain id. */
  private static Map<String, String> clusters(CatDocument cat, String documentId) {
    Map<String, String> clusters = new HashMap<>();
    for (CatDocument.Relation relation : cat.relations()) {
      String cluster = switch (relation.tag()) {
        case "CROSS_DOC_COREF" -> {
          requireArgument(
              relation.note() != null,
              "CROSS_DOC_COREF r_id=%s has no note (instance id)",
              relation.id());
          yield relation.note();
        }
        case "INTRA_DOC_COREF" -> {
          requireArgument(
              relation.targets().size() == 1,
              "INTRA_DOC_COREF r_id=%s has %s targets, not one",
              relation.id(),
              relation.targets().size());
          yield CatMentions.chainId(documentId, relation.targets().get(0));
        }
        default ->
          throw new IllegalArgumentException(
              "unexpected relation <" + relation.tag() + "> r_id=" + relation.id());
      };
      for (String source : relation.sources()) {
        @Nullable String previous = clusters.put(source, cluster);
        requireArgument(
            previous == null || previous.equals(cluster),
            "markable m_id=%s is in two chains, %s and %s",
            source,
            previous,
            cluster);
      }
    }
    return clusters;
  }

  /** Document id ({@code 1_10ecbplus}) to the numbers of its checked sentences. */
  private static Map<String, Set<Integer>> checkedSentences(Path csv) throws IOException {
    if (!Files.isRegularFile(csv)) {
      throw new IOException("ECB+ sentence list not found: " + csv);
    }
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).trim().equals("Topic,File,Sentence Number")) {
      throw new IOException(csv + ": expected the header 'Topic,File,Sentence Number'");
    }
    Map<String, Set<Integer>> sentences = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).trim().split(",");
      if (fields.length != 3) {
        throw new IOException(
            csv + " line " + (i + 1) + ": expected three fields, found '" + lines.get(i) + "'");
      }
      try {
        sentences
            .computeIfAbsent(fields[0] + "_" + fields[1], key -> new HashSet<>())
            .add(Integer.parseInt(fields[2]));
      } catch (NumberFormatException e) {
        throw new IOException(
            csv + " line " + (i + 1) + ": sentence number '" + fields[2] + "' is not a number", e);
      }
    }
    return sentences;
  }

  /** The XML files under the topic folders, by topic, then ECB before ECB+, then document number. */
  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files
          .filter(file -> FILE.matcher(file.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt((Path file) -> fileNumber(file, 1))
              .thenComparing(file -> fileName(file).endsWith("ecbplus.xml"))
              .thenComparingInt(file -> fileNumber(file, 2)))
          .toList();
    }
  }

  private static String fileName(Path file) {
    return file.getFileName().toString();
  }

  private static int fileNumber(Path file, int group) {
    Matcher name = FILE.matcher(fileName(file));
    requireArgument(name.matches(), "not an ECB+ file name: %s", file);
    return Integer.parseInt(name.group(group));
  }

  private static List<String> notes(
      List<CatMentions.Read> documents, Map<String, Set<Integer>> checked, MentionKinds kinds) {
    List<GoldEventMention> mentions =
        documents.stream().flatMap(read -> read.document().mentions().stream()).toList();
    long topics =
        documents.stream().map(read -> read.document().topic()).distinct().count();
    int sentences = documents.stream()
        .mapToInt(read -> checked.getOrDefault(read.document().id(), Set.of()).size())
        .sum();
    int outside =
        documents.stream().mapToInt(CatMentions.Read::outsideSentences).sum();
    int gapped = documents.stream().mapToInt(CatMentions.Read::gapped).sum();
    String tags = kinds == MentionKinds.EVENTS
        ? "ACTION_* and NEG_ACTION_*"
        : "ACTION_*, NEG_ACTION_*, HUMAN_PART*, NON_HUMAN_PART*, LOC_* and TIME_*";
    return List.of(
        documents.size() + " documents in " + topics + " topics; " + sentences
            + " sentences listed in " + SENTENCES + " are read for mentions and scored",
        mentions.size() + " mentions: " + tags
            + " markables with token anchors in those sentences; " + outside
            + " more in other sentences are not read",
        "cluster = the CROSS_DOC_COREF instance (note), else the INTRA_DOC_COREF chain, else a singleton: "
            + ClusterCounts.of(mentions),
        gapped
            + " mentions are anchored on tokens that are not adjacent; their span covers the gap");
  }
}
