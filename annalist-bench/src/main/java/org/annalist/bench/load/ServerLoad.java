package org.annalist.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The load test's command: drives a running {@code annalist serve} on loopback and prints {@link
 * LoadReport}; exits 0 when every answer was well-formed and the server's heap after a full
 * collection grew by no more than the bound, 1 otherwise, 2 on misuse. {@code scripts/load-test}
 * analyzes the seeds, starts the server and runs it:
 *
 * <pre>scripts/load-test [--store PATH] [--clients N] [--requests N] [--seconds S]</pre>
 *
 * <p>Options: {@code --url} the server's root (required), {@code --pid} its process id (its memory
 * is read with {@code jcmd} and {@code /proc}; required), {@code --clients} (8), {@code
 * --requests} (20000), {@code --seconds} (60), {@code --timeout} seconds per request (30),
 * {@code --max-heap-growth-mb} (64).
 */
@Command(
    name = "ServerLoad",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Drives a running annalist serve on loopback and prints requests, errors, throughput, latency and"
            + " the server's memory; exits 1 when an answer was not a well-formed 200 or the heap grew past the bound.")
public final class ServerLoad implements Callable<Integer> {
  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "the server's root, e.g. http://127.0.0.1:PORT/")
  URI server;

  @Option(
      names = "--pid",
      required = true,
      paramLabel = "PID",
      description = "the server's process id (its memory is read with jcmd and /proc)")
  long pid;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "8",
      description = "clients sending requests at the same time (default: ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--requests",
      paramLabel = "N",
      defaultValue = "20000",
      description = "the most requests of the whole run (default: ${DEFAULT-VALUE})")
  long requests;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "60",
      description = "the longest the run may take (default: ${DEFAULT-VALUE})")
  long seconds;

  @Option(
      names = "--timeout",
      paramLabel = "S",
      defaultValue = "30",
      description =
          "seconds one request may take before it counts as an error (default: ${DEFAULT-VALUE})")
  long timeout;

  @Option(
      names = "--max-heap-growth-mb",
      paramLabel = "MB",
      defaultValue = "64",
      description =
          "how much the heap after a full collection may grow (default: ${DEFAULT-VALUE})")
  long maxHeapGrowthMb;

  @Spec
  CommandSpec spec;

  private ServerLoad() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerLoad()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    LoadPlan plan;
    try {
      plan =
          new LoadPlan(clients, requests, Duration.ofSeconds(seconds), Duration.ofSeconds(timeout));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    long maxGrowth = maxHeapGrowthMb << 20;
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(plan.timeout())
        .build();
    LoadReport report = new LoadRun(client, server, LoadTargets.discover(client, server), plan)
        .run(new ProcessMemory(pid));
    report.print(System.out);
    boolean grew = report.heapGrowthBytes() > maxGrowth;
    if (grew) {
      System.out.printf(Locale.ROOT, "FAILED: the heap grew by more than %d MB%n", maxGrowth >> 20);
    }
    if (report.errors() > 0) {
      System.out.println(
          "FAILED: " + report.errors() + " requests were not answered with a well-formed 200");
    }
    return grew || report.errors() > 0 ? 1 : 0;
  }
}
