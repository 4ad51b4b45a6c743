package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the English section of NewsReader MEANTIME (Minard et al. 2016) from its CAT XML files
 * in {@code intra_cross-doc_annotation/corpus_*}.
 *
 * <p>The files hold tokens, not text, so the text is rebuilt: tokens in order, one space
 * between tokens of a sentence, one newline between sentences (sentence 0 is the title,
 * sentence 1 the dateline). A TIMEX3 markable's span runs from the start of its first anchored
 * token to the end of its last. What is scored, and why:
 *
 * <ul>
 *   <li>The TIMEX3 with {@code functionInDocument="CREATION_TIME"} gives the DCT and is not
 *       scored; system output overlapping its dateline tokens is ignored, as TempEval-3 keeps
 *       the DCT out of the scored text. Two documents have no such markable; their dateline is
 *       annotated as an ordinary TIMEX3, which gives the DCT and stays scored.
 *   <li>TIMEX3 markables without token anchors (empty, implicit times) cannot be matched by
 *       span and are not scored.
 *   <li>TIMEX3 annotation stops after sentence {@value #LAST_ANNOTATED_SENTENCE} (the title,
 *       the dateline and the first four body sentences): no TIMEX3 lies beyond it in any
 *       document. System output starting there is ignored; the system still reads the whole
 *       text.
 * </ul>
 */
public final class MeantimeReader {
  /** The annotated files, relative to the eval-data folder. */
  public static final String ANNOTATION =
      "meantime-english/meantime_newsreader_english_oct15/intra_cross-doc_annotation";
  /** The last sentence (0 = title, 1 = dateline) in which TIMEX3 were annotated. */
  public static final int LAST_ANNOTATED_SENTENCE = 5;

  private MeantimeReader() {}

  /** Reads every XML file in the {@code corpus_*} folders under {@code evalData/meantime-english/...}. */
  public static GoldCorpus read(Path evalData) throws IOException {
    return read(evalData, java.util.Set.of());
  }

  /**
   * Reads the XML files of the given topics ({@code airbus} for {@code corpus_airbus}; all topics
   * when empty), so that rules can be tuned on some topics and measured on the others.
   */
  public static GoldCorpus read(Path evalData, java.util.Set<String> topics) throws IOException {
    List<MeantimeDocument> documents = new ArrayList<>();
    for (Path file : files(evalData, topics)) {
      documents.add(readDocument(file));
    }
    List<GoldDocument> gold = documents.stream().map(MeantimeDocument::gold).toList();
    return new GoldCorpus("meantime", gold, MeantimeDocument.notes(documents));
  }

  /**
   * The XML files of the given topics (all when empty), sorted; fails if the folder is missing or
   * holds none.
   */
  static List<Path> files(Path evalData, java.util.Set<String> topics) throws IOException {
    Path folder = evalData.resolve(ANNOTATION);
    if (!Files.isDirectory(folder)) {
      throw new IOException("MEANTIME gold folder not found: " + folder
          + " (give --eval-data the folder that holds wikiwars/ and meantime-english/)");
    }
    List<Path> files = files(folder).stream()
        .filter(file -> topics.isEmpty() || topics.contains(topic(file)))
        .toList();
    if (files.isEmpty()) {
      throw new IOException(
          "no MEANTIME documents in " + folder + (topics.isEmpty() ? "" : " for topics " + topics));
    }
    return files;
  }

  /** The topic of a file of {@link #files(Path)}: {@code airbus} for {@code corpus_airbus/...}. */
  public static String topic(Path file) {
    return folderName(file).substring("corpus_".length());
  }

  /** The name of the folder that holds {@code file}; empty for a path without one. */
  private static String folderName(Path file) {
    Path folder = file.getParent();
    Path name = folder == null ? null : folder.getFileName();
    return name == null ? "" : name.toString();
  }

  /** Reads one CAT XML file. */
  public static MeantimeDocument readDocument(Path file) throws IOException {
    return CatParser.read(file, MeantimeDocument::of);
  }

  /** The XML files in the {@code corpus_*} folders under {@code folder}, in path order. */
  public static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files
          .filter(file -> folderName(file).startsWith("corpus_"))
          .filter(file -> file.getFileName().toString().endsWith(".xml"))
          .sorted()
          .toList();
    }
  }
}
