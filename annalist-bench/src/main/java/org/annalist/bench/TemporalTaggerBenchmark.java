package org.annalist.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.annalist.time.AnchoringModes;
import org.annalist.time.TemporalContext;
import org.annalist.time.TemporalTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Temporal tagging and normalization ({@link TemporalTagger}) of the five seed texts (83 KB,
 * about 16,000 tokens of real web text with relative, vague and narrative dates), each anchored
 * in the mode {@code annalist timex} would choose. One operation tags all five. Command, from the
 * repository root (with {@code ../shared} beside it):
 *
 * <pre>scripts/bench-jmh TemporalTaggerBenchmark</pre>
 *
 * <p>The seeds' folder can be named with {@code -Dannalist.seeds=DIR} in {@code ANNALIST_JAVA_OPTS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemporalTaggerBenchmark {
  private final List<String> texts = new ArrayList<>();
  private final List<TemporalContext> contexts = new ArrayList<>();
  private final TemporalTagger tagger = TemporalTagger.english();

  @Setup
  public void readSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("annalist.seeds", "../shared/corpus/seeds"));
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        texts.add(text);
        contexts.add(new TemporalContext(null, AnchoringModes.choose(text, null)));
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException(
          "no seed texts in " + seeds.toAbsolutePath() + "; run from the repository root");
    }
  }

  @Benchmark
  public void tagSeedCorpus(Blackhole sink) {
    for (int i = 0; i < texts.size(); i++) {
      sink.consume(tagger.tag(texts.get(i), contexts.get(i)));
    }
  }
}
