package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Event StoryLine Corpus v1.5 (ESC, Caselli &amp; Vossen 2017) from its CAT XML files in
 * {@code annotated_data/v1.5/<topic>/}: 258 ECB+ news documents in 22 topic folders, with time
 * markables that carry normalized values. It is split by topic: the topics in {@link #DEVELOPMENT}
 * (1 to 19) are a news development set whose errors may be read; the others (20 to 41) are the
 * untouched news test set, whose errors are never inspected and on which no rule was tuned.
 *
 * <p>The text is rebuilt from the tokens as for MEANTIME (one space between tokens, one newline
 * between sentences). What is scored, and why, is told in {@link EventStoryLineDocument}.
 */
public final class EventStoryLineReader {
  /** The annotated files, relative to the eval-data folder. */
  public static final String ANNOTATION = "esc-eventstoryline/annotated_data/v1.5";

  /** The topics whose errors may be read when tuning the tagger; the rest are the untouched test set. */
  public static final Set<String> DEVELOPMENT =
      Set.of("1", "3", "4", "5", "7", "8", "12", "13", "14", "16", "18", "19");

  private EventStoryLineReader() {}

  /** Whether errors may be shown for these topics: only when every one is a development topic. */
  public static boolean development(Set<String> topics) {
    return !topics.isEmpty() && DEVELOPMENT.containsAll(topics);
  }

  /** Reads every XML file in the topic folders under {@code evalData/esc-eventstoryline/...}. */
  public static GoldCorpus read(Path evalData) throws IOException {
    return read(evalData, Set.of());
  }

  /**
   * Reads the XML files of the given topics (the folder names, {@code 1} to {@code 41}; all topics
   * when empty). Documents without a DCT that names a day are read but not scored.
   */
  public static GoldCorpus read(Path evalData, Set<String> topics) throws IOException {
    List<EventStoryLineDocument> documents = new ArrayList<>();
    for (Path file : files(evalData, topics)) {
      documents.add(readDocument(file));
    }
    List<GoldDocument> gold =
        documents.stream().flatMap(document -> document.gold().stream()).toList();
    return new GoldCorpus("esc", gold, EventStoryLineDocument.notes(documents));
  }

  /**
   * The XML files of the given topics (all when empty), in path order; fails if the folder is
   * missing or holds none.
   */
  static List<Path> files(Path evalData, Set<String> topics) throws IOException {
    Path folder = evalData.resolve(ANNOTATION);
    if (!Files.isDirectory(folder)) {
      throw new IOException("ESC gold folder not found: " + folder
          + " (give --eval-data the folder that holds esc-eventstoryline/)");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder, 2)) {
      files = walk.filter(file -> folder.equals(grandparent(file)))
          .filter(file -> file.getFileName().toString().endsWith(".xml"))
          .filter(file -> topics.isEmpty() || topics.contains(topic(file)))
          .sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new IOException(
          "no ESC documents in " + folder + (topics.isEmpty() ? "" : " for topics " + topics));
    }
    return files;
  }

  private static @Nullable Path grandparent(Path file) {
    Path parent = file.getParent();
    return parent == null ? null : parent.getParent();
  }

  /** The topic of a file two levels below the annotation folder: the name of its folder. */
  private static String topic(Path file) {
    Path folder =
        Objects.requireNonNull(file.getParent(), "a file below the annotation folder has a folder");
    return folder.getFileName().toString();
  }

  /** Reads one CAT XML file. */
  public static EventStoryLineDocument readDocument(Path file) throws IOException {
    return CatParser.read(file, EventStoryLineDocument::of);
  }
}
