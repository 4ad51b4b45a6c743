package org.annalist.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus the Spark tests analyze, written to a temporary folder: the seed files, the opening
 * paragraphs of a few WikiWars articles from the shared eval data (never copied into the
 * repository), and an empty file, which fails.
 */
final class TestCorpus {
  static final List<String> WIKIWARS = List.of("03_AmCivWar", "09_GrecoPersian", "10_PunicWars");
  static final String EMPTY = "zz-empty.txt";
  private static final int OPENING_CHARS = 4_000;
  private static final Pattern TEXT = Pattern.compile("<TEXT>\\s*(.*?)\\s*</TEXT>", Pattern.DOTALL);

  private TestCorpus() {}

  /** The shared folder beside the repository, as the build passes it to the tests. */
  static Path shared() {
    String configured = System.getProperty("annalist.shared");
    Path shared = Path.of(configured == null ? "../../shared" : configured)
        .toAbsolutePath()
        .normalize();
    if (!Files.isDirectory(shared.resolve("corpus/seeds"))
        || !Files.isDirectory(wikiWars(shared))) {
      throw new IllegalStateException(
          "the seed corpus or the WikiWars texts are missing under " + shared
              + " (the repository must have ../shared beside it, with corpus/seeds and eval-data/wikiwars)");
    }
    return shared;
  }

  /** Writes the corpus into {@code folder} and returns it. */
  static Path write(Path folder) throws IOException {
    Path shared = shared();
    Files.createDirectories(folder);
    try (var seeds = Files.list(shared.resolve("corpus/seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        Files.copy(seed, folder.resolve(seed.getFileName()));
      }
    }
    for (String article : WIKIWARS) {
      Files.writeString(
          folder.resolve("wikiwars-" + article + ".txt"),
          opening(wikiWars(shared).resolve(article + ".sgm")),
          StandardCharsets.UTF_8);
    }
    Files.write(folder.resolve(EMPTY), new byte[0]);
    return folder;
  }

  private static Path wikiWars(Path shared) {
    return shared.resolve("eval-data/wikiwars/WikiWars_20120218_v104/in");
  }

  /** The article's text up to the paragraph break nearest after its first few thousand characters. */
  private static String opening(Path article) throws IOException {
    Matcher text = TEXT.matcher(Files.readString(article, StandardCharsets.UTF_8));
    if (!text.find()) {
      throw new IllegalStateException(article + " has no <TEXT> element");
    }
    String body = text.group(1);
    int end = body.indexOf("\n\n", Math.min(OPENING_CHARS, body.length()));
    return (end < 0 ? body : body.substring(0, end)) + "\n";
  }
}
