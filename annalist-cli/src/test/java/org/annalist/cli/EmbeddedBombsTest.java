package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.app.CorpusAnalyzer;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack a security review found: six DOCX files of about 1 MB, each embedding a DOCX whose
 * document.xml inflates to 1 GB, beside two good texts. Before embedded documents were held to
 * limits, Tika parsed the embedded ones and each filled the heap; in the review's run an {@code
 * OutOfMemoryError} ended {@code annalist analyze} (exit 1, nothing stored). Now, in a child JVM
 * with {@code -Xmx1g}: exit 0, each bomb reported {@code too-large} by the embedded-document
 * limits (not by running out of memory), both texts stored, no {@code analysis-error}. The child's
 * garbage collection log gives the peak heap, which the test prints.
 */
class EmbeddedBombsTest {
  private static final int BOMBS = 6;
  private static final long INFLATED = 1L << 30;
  private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
  private static final String FAILED = "failed: ";

  @TempDir
  Path work;

  @Test
  void docxFilesEmbeddingBombsFailOneByOneAndTheGoodTextsAreStored() throws Exception {
    Path folder = Files.createDirectories(work.resolve("corpus"));
    List<Path> bombs = BombFiles.docxEmbeddingBombs(folder, BOMBS, INFLATED);
    Random random = new Random(7);
    // Named to come after the bombs, so that they are analyzed while the last bombs are read.
    List<Path> good = List.of(
        Files.writeString(folder.resolve("telegrams.txt"), EnglishText.sentences(random, 4)),
        Files.writeString(folder.resolve("treaties.txt"), EnglishText.sentences(random, 4)));
    Path store = work.resolve("store");
    Path gcLog = work.resolve("gc.log");
    long started = System.nanoTime();

    AnalyzeProcess run = AnalyzeProcess.start(
        folder,
        store,
        work.resolve("analyze.log"),
        List.of("-Xmx1g", "-Xlog:gc:file=" + gcLog),
        List.of());
    int exitCode = run.awaitExit(RUN_LIMIT);

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String output = run.output();
    HeapPeak peak = HeapPeak.of(gcLog);
    System.out.printf(
        Locale.ROOT,
        "embedded bombs: %d DOCX files of %,d bytes, each embedding a "
            + "DOCX that inflates to %,d bytes, and %d texts, analyzed with -Xmx1g in %d s; %s%n",
        BOMBS,
        Files.size(bombs.get(0)),
        INFLATED,
        good.size(),
        took.toSeconds(),
        peak);
    assertThat(exitCode).as(output).isZero();
    assertThat(output)
        .as("no file fails as a bug in Annalist")
        .doesNotContain(CorpusAnalyzer.ANALYSIS_ERROR);
    Map<String, String> failures = failedLines(output);
    assertThat(failures.keySet())
        .as(output)
        .containsExactlyInAnyOrderElementsOf(bombs.stream().map(Path::toString).toList());
    assertThat(failures.values())
        .allSatisfy(failure -> assertThat(failure)
            .startsWith("too-large: holds an embedded document that expands to more than ")
            .endsWith(": a suspected decompression bomb; it was not parsed"));
    assertThat(storedPaths(store))
        .as(output)
        .containsExactlyInAnyOrderElementsOf(good.stream().map(Path::toString).toList());
  }

  /** The {@code failed: PATH: REASON: MESSAGE} lines: the reason and message by path. */
  private static Map<String, String> failedLines(String output) {
    Map<String, String> failures = new TreeMap<>();
    output.lines().filter(line -> line.startsWith(FAILED)).forEach(line -> {
      String[] parts = line.substring(FAILED.length()).split(": ", 2);
      failures.put(parts[0], parts.length > 1 ? parts[1] : "");
    });
    return failures;
  }

  private static Set<String> storedPaths(Path store) {
    AnnalistStore opened = AnnalistStore.openForReading(store);
    Set<String> paths = new HashSet<>();
    for (DocumentSummary summary : opened.documents()) {
      opened.document(summary.id()).ifPresent(document -> paths.addAll(document.paths()));
    }
    return paths;
  }

  /**
   * The most heap in use that a garbage collection log ({@code -Xlog:gc}) shows: the largest
   * "before" of its {@code BEFORE->AFTER(COMMITTED)} figures, and the most heap committed.
   *
   * @param peakUsedBytes the most heap in use when a collection started
   * @param peakCommittedBytes the most heap the JVM had committed
   * @param collections how many collections the log shows
   */
  record HeapPeak(long peakUsedBytes, long peakCommittedBytes, int collections) {
    private static final Pattern SIZES =
        Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    static HeapPeak of(Path gcLog) throws IOException {
      long used = 0;
      long committed = 0;
      int collections = 0;
      for (String line : Files.readAllLines(gcLog)) {
        Matcher sizes = SIZES.matcher(line);
        if (sizes.find()) {
          collections++;
          used = Math.max(used, bytes(sizes.group(1), sizes.group(2)));
          committed = Math.max(committed, bytes(sizes.group(5), sizes.group(6)));
        }
      }
      return new HeapPeak(used, committed, collections);
    }

    private static long bytes(String number, String unit) {
      int shift = switch (unit) {
        case "K" -> 10;
        case "M" -> 20;
        default -> 30;
      };
      return Long.parseLong(number) << shift;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "peak heap in use %d MB, at most %d MB committed (%d " + "collections)",
          peakUsedBytes >> 20,
          peakCommittedBytes >> 20,
          collections);
    }
  }
}
