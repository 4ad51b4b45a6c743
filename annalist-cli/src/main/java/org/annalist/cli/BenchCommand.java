package org.annalist.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.app.ThroughputBenchmark;
import org.annalist.app.ThroughputReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench DIR...}: Annalist's end-to-end throughput beside Stanford CoreNLP's
 * default English pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse}, default properties)
 * on the same cleaned text, {@code --threads} documents at a time for both ({@link ThroughputBenchmark}).
 *
 * <p>Tokens are counted once, by CoreNLP's default tokenizer over the cleaned text, and both
 * throughputs divide that count. Throughput excludes model loading, which is printed apart,
 * together with the throughput a cold run including it would have. The last line is
 * {@code annalist T tok/s; corenlp-default C tok/s; ratio R}, R being T / C.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure Annalist's end-to-end throughput beside CoreNLP's default English pipeline.",
      "Analyzes the folders into a temporary store (deleted afterwards), then runs CoreNLP's",
      "tokenize,ssplit,pos,lemma,ner,depparse with default properties over the same cleaned text.",
      "Both count CoreNLP's tokens of that text; model loading is timed apart and not in tok/s.",
      "With --warm-up both first run once over the text, untimed, and are then measured warm.",
      "Last line: annalist T tok/s; corenlp-default C tok/s; ratio R (R = T / C)."
    })
final class BenchCommand implements Callable<Integer> {
  @Mixin
  AnalysisOptions analysis;

  @Option(
      names = "--warm-up",
      description = {
        "First run both pipelines once over the same text, untimed, so that",
        "both are measured with the JIT's compiled code in place, as on a large corpus",
        "(the run takes about twice as long)."
      })
  boolean warmUp;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    analysis.validate();
    PrintWriter out = spec.commandLine().getOut();
    try (ScratchDirectory scratch = ScratchDirectory.create("annalist-bench-");
        ConsoleProgress progress = new ConsoleProgress(out, spec.commandLine().getErr())) {
      ThroughputReport report = new ThroughputBenchmark(
              analysis.pipeline(), analysis.limits(), analysis.threads, warmUp)
          .run(analysis.roots, scratch.path(), progress);
      progress.report(report.analysis(), scratch.path() + " (temporary, deleted when done)");
      print(report, out);
      return 0;
    }
  }

  private static void print(ThroughputReport report, PrintWriter out) {
    ThroughputReport.Phase annalist = report.annalist();
    ThroughputReport.Phase coreNlp = report.coreNlp();
    long tokens = report.tokens();
    out.printf(
        Locale.ROOT,
        "Models, loaded once and not counted in tok/s: annalist %.1f s, corenlp-default %.1f s.%n",
        seconds(annalist.loading()),
        seconds(coreNlp.loading()));
    out.printf(
        Locale.ROOT,
        "Processed %,d documents, %,d tokens (CoreNLP's tokenizer over the cleaned text), %d at a time:"
            + " annalist %.1f s end to end, corenlp-default %.1f s.%n",
        report.documents(),
        tokens,
        report.threads(),
        seconds(annalist.processing()),
        seconds(coreNlp.processing()));
    if (report.warmedUp()) {
      out.printf(
          Locale.ROOT,
          "Wall %.1f s. Both pipelines ran once over the same text, untimed, before the measured run.%n",
          seconds(report.wall()));
    } else {
      out.printf(
          Locale.ROOT,
          "Wall %.1f s. Cold, with model loading: annalist %s tok/s, corenlp-default %s tok/s.%n",
          seconds(report.wall()),
          rate(annalist.tokensPerSecondWithLoading(tokens)),
          rate(coreNlp.tokensPerSecondWithLoading(tokens)));
    }
    out.println(summaryLine(report));
    out.flush();
  }

  /** {@code annalist T tok/s; corenlp-default C tok/s; ratio R}. */
  static String summaryLine(ThroughputReport report) {
    long tokens = report.tokens();
    return String.format(
        Locale.ROOT,
        "annalist %s tok/s; corenlp-default %s tok/s; ratio %.2f",
        rate(report.annalist().tokensPerSecond(tokens)),
        rate(report.coreNlp().tokensPerSecond(tokens)),
        report.ratio());
  }

  /** Whole tokens per second with thousands separated, one decimal below 100. */
  static String rate(double tokensPerSecond) {
    return String.format(Locale.ROOT, tokensPerSecond >= 100 ? "%,.0f" : "%.1f", tokensPerSecond);
  }

  private static double seconds(java.time.Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
