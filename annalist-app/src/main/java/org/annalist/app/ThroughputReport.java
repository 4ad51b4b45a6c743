package org.annalist.app;

import java.time.Duration;

/**
 * What {@code annalist bench} measured. Both throughputs divide the same token count: the tokens
 * CoreNLP's tokenizer (default settings) finds in the cleaned text of the documents Annalist
 * analyzed (the text with boilerplate and redaction marks blanked out, exactly what both
 * pipelines read). Throughput is processing only; model loading is reported beside it.
 *
 * @param analysis Annalist's report of the analysis (files, failures, corpus steps)
 * @param documents how many documents both pipelines processed
 * @param tokens CoreNLP's tokens of those documents' cleaned text
 * @param threads documents processed at once, by each pipeline in turn
 * @param warmedUp whether both pipelines ran once over the text, untimed, before being measured
 * @param annalist Annalist's phases: its CoreNLP models, then the end-to-end analysis
 * @param coreNlp CoreNLP's default pipeline's phases: its models, then annotating the texts
 * @param wall the whole benchmark, both phases and reading the texts back included
 */
public record ThroughputReport(
    AnalysisReport analysis,
    int documents,
    long tokens,
    int threads,
    boolean warmedUp,
    Phase annalist,
    Phase coreNlp,
    Duration wall) {

  /** Annalist's tokens per second over CoreNLP's: above 1, Annalist is faster. */
  public double ratio() {
    return annalist.tokensPerSecond(tokens) / coreNlp.tokensPerSecond(tokens);
  }

  /**
   * One pipeline's two phases.
   *
   * @param loading loading its models, once per process
   * @param processing processing the documents
   */
  public record Phase(Duration loading, Duration processing) {
    /** Throughput of processing, loading excluded. */
    public double tokensPerSecond(long tokens) {
      return tokens / seconds(processing);
    }

    /** Throughput of a cold run: loading and processing. */
    public double tokensPerSecondWithLoading(long tokens) {
      return tokens / seconds(loading.plus(processing));
    }

    private static double seconds(Duration duration) {
      return Math.max(duration.toNanos(), 1) / 1e9;
    }
  }
}
