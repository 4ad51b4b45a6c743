package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.eval.gold.MeantimeReader;

/**
 * Corpora for the reliability tests, written at run time into a temporary folder: short English
 * news texts from MEANTIME in {@code ../shared/eval-data} (four topics, so names recur across
 * documents) and copies of the seed files. Nothing from the shared folder is kept in the
 * repository.
 */
final class TestCorpora {
  private TestCorpora() {}

  /**
   * Writes {@code count} MEANTIME texts, taken evenly across the corpus, as {@code news-NNN.txt}
   * files into the folder; returns their paths in order.
   */
  static List<Path> writeNews(Path folder, int count) throws IOException {
    Path evalData = CliRun.shared().resolve("eval-data");
    List<Path> sources = MeantimeReader.files(evalData.resolve(MeantimeReader.ANNOTATION));
    if (count > sources.size()) {
      throw new IllegalArgumentException(
          "MEANTIME has " + sources.size() + " documents, not " + count);
    }
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path source = sources.get(i * sources.size() / count);
      Path file = folder.resolve(String.format("news-%03d.txt", i));
      Files.writeString(file, MeantimeReader.readDocument(source).gold().text() + "\n");
      written.add(file);
    }
    return written;
  }

  /** Copies the seed files into the folder; returns the copies in order. */
  static List<Path> copySeeds(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(CliRun.shared().resolve("corpus/seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        copies.add(Files.copy(seed, folder.resolve(seed.getFileName())));
      }
    }
    return copies;
  }
}
