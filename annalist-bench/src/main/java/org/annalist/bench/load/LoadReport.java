package org.annalist.bench.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What a load test measured: per endpoint, requests, errors, throughput and latency; the server's
 * memory after the warm-up and at the end; the first problems seen.
 *
 * @param plan the plan that was run
 * @param endpoints the figures of each endpoint
 * @param seconds the run's wall time, warm-up and memory samples excluded
 * @param warmUpErrors requests of the warm-up that were not well-formed
 * @param before the server's memory after the warm-up
 * @param after the server's memory at the end
 * @param problems the first problems seen, each with its request
 */
public record LoadReport(
    LoadPlan plan,
    List<EndpointFigures> endpoints,
    double seconds,
    long warmUpErrors,
    MemorySample before,
    MemorySample after,
    List<String> problems) {
  private static final double MB = 1024.0 * 1024.0;

  public LoadReport {
    endpoints = List.copyOf(endpoints);
    problems = List.copyOf(problems);
  }

  /** Every request of the run, warm-up excluded. */
  public long requests() {
    return endpoints.stream().mapToLong(EndpointFigures::requests).sum();
  }

  /** Requests, warm-up included, that were not a well-formed 200 in time. */
  public long errors() {
    return warmUpErrors + endpoints.stream().mapToLong(EndpointFigures::errors).sum();
  }

  /** How much more heap the server holds after a full collection at the end than after the warm-up. */
  public long heapGrowthBytes() {
    return after.heapAfterFullGcBytes() - before.heapAfterFullGcBytes();
  }

  /** Prints the figures as a Markdown table, then memory and problems. */
  public void print(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%d clients, %,d requests in %.1f s (%.0f requests/s), %d errors%n",
        plan.clients(),
        requests(),
        seconds,
        requests() / seconds,
        errors());
    out.println("| endpoint | requests | errors | requests/s | p50 ms | p99 ms | max ms |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (EndpointFigures figures : endpoints) {
      out.printf(
          Locale.ROOT,
          "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          figures.endpoint(),
          figures.requests(),
          figures.errors(),
          figures.perSecond(),
          figures.p50Millis(),
          figures.p99Millis(),
          figures.maxMillis());
    }
    out.printf(
        Locale.ROOT,
        "server heap after a full GC: %.1f MB after the warm-up, %.1f MB at the end (%+.1f MB)%n",
        before.heapAfterFullGcBytes() / MB,
        after.heapAfterFullGcBytes() / MB,
        heapGrowthBytes() / MB);
    if (before.residentBytes() >= 0 && after.residentBytes() >= 0) {
      out.printf(
          Locale.ROOT,
          "server resident set (RSS): %.1f MB after the warm-up, %.1f MB at the end%n",
          before.residentBytes() / MB,
          after.residentBytes() / MB);
    }
    problems.forEach(problem -> out.println("error: " + problem));
  }
}
