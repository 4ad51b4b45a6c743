package org.annalist.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.Source;
import org.annalist.timeline.Timeline;
import org.annalist.timeline.TimelineBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Alignment ({@link Aligner}) and the whole timeline ({@link TimelineBuilder}: alignment,
 * conflicts, source profiles) over synthetic event mentions ({@link SyntheticAttestations}).
 * Command, from the repository root:
 *
 * <pre>scripts/bench-jmh AlignerBenchmark</pre>
 *
 * <p>Add {@code -p mentions=100000} for another size; {@link AlignmentScaling} runs the sizes up
 * to a million once each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlignerBenchmark {
  @Param({"1000", "10000"})
  public int mentions;

  private List<Attestation> attestations = List.of();
  private Map<String, Source> sources = Map.of();

  @Setup
  public void generate() {
    attestations = SyntheticAttestations.generate(mentions, 1941);
    sources = SyntheticAttestations.sources(attestations);
  }

  @Benchmark
  public List<List<Attestation>> align() {
    return new Aligner().align(attestations);
  }

  @Benchmark
  public Timeline buildTimeline() {
    return new TimelineBuilder(sources, Map.of()).build(attestations);
  }
}
