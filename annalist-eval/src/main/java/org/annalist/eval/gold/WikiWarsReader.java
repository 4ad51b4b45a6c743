package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads WikiWars v1.0.4 (Mazur &amp; Dale 2010) from its inline gold files, {@code
 * keyinline/*.key.xml}.
 *
 * <p>The plain text of a document is the content of its {@code <TEXT>} element with the
 * {@code <TIMEX2>} tags removed and everything else kept as the XML parser reports it,
 * whitespace included: the leading newline after {@code <TEXT>} is offset 0. It equals the
 * {@code <TEXT>} content of {@code in/*.sgm} character for character (the files contain no
 * entity references). Gold spans are UTF-16 offsets into that text; a TIMEX2 nested in another
 * is kept as a gold timex of its own. The {@code <TIMEX2>} inside {@code <DATETIME>} gives the
 * creation date (2009-12-19 for every document) and is not scored.
 *
 * <p>Only documents 01–16, the tuning split, are read; 17–22 are the held-back test set.
 */
public final class WikiWarsReader {
  /** The inline gold files, relative to the eval-data folder. */
  public static final String KEYINLINE = "wikiwars/WikiWars_20120218_v104/keyinline";
  /** The untagged source files, relative to the eval-data folder. */
  public static final String SOURCES = "wikiwars/WikiWars_20120218_v104/in";
  /** The last document of the tuning split. */
  public static final int LAST_TUNING_DOCUMENT = 16;

  private WikiWarsReader() {}

  /** Reads documents 01–16 from {@code evalData/wikiwars/...}. */
  public static GoldCorpus read(Path evalData) throws IOException {
    Path folder = evalData.resolve(KEYINLINE);
    if (!Files.isDirectory(folder)) {
      throw new IOException("WikiWars gold folder not found: " + folder
          + " (give --eval-data the folder that holds wikiwars/ and meantime-english/)");
    }
    List<GoldDocument> documents = new ArrayList<>();
    for (Path file : tuningFiles(folder)) {
      documents.add(readDocument(file));
    }
    if (documents.isEmpty()) {
      throw new IOException("no WikiWars documents 01-" + LAST_TUNING_DOCUMENT + " in " + folder);
    }
    return new GoldCorpus("wikiwars", documents, notes(documents));
  }

  /** Reads one {@code *.key.xml} file. */
  public static GoldDocument readDocument(Path keyFile) throws IOException {
    String name = keyFile.getFileName().toString();
    return XmlInputs.read(keyFile, reader -> new KeyInlineParser(name).parse(reader));
  }

  /** The {@code in/*.sgm} file with the same document's untagged text. */
  public static Path sourceFile(Path evalData, String documentId) {
    return evalData.resolve(SOURCES).resolve(documentId + ".sgm");
  }

  /** The {@code *.key.xml} files numbered 01 to 16, in name order. */
  static List<Path> tuningFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".key.xml"))
          .filter(file -> documentNumber(file) >= 1 && documentNumber(file) <= LAST_TUNING_DOCUMENT)
          .sorted()
          .toList();
    }
  }

  private static int documentNumber(Path file) {
    String name = file.getFileName().toString();
    int underscore = name.indexOf('_');
    try {
      return underscore > 0 ? Integer.parseInt(name.substring(0, underscore)) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<String> notes(List<GoldDocument> documents) {
    long withoutValue = documents.stream()
        .flatMap(d -> d.timexes().stream())
        .filter(t -> t.value() == null)
        .count();
    long nested = documents.stream().mapToLong(WikiWarsReader::nestedCount).sum();
    return List.of(
        "documents 01-" + LAST_TUNING_DOCUMENT + " only (17-22 are the held-back test split)",
        nested + " TIMEX2 nested inside another TIMEX2 are scored as gold of their own",
        withoutValue
            + " TIMEX2 without val: scored for extraction; their value counts as correct only if"
            + " the system value is empty too",
        "the DATETIME TIMEX2 of each document gives the DCT and is not scored");
  }

  private static long nestedCount(GoldDocument document) {
    return document.timexes().stream()
        .filter(inner -> document.timexes().stream()
            .anyMatch(outer -> outer != inner
                && outer.span().contains(inner.span())
                && outer.span().length() > inner.span().length()))
        .count();
  }
}
