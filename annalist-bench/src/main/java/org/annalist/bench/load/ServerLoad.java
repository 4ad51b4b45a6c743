package org.annalist.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
public final class ServerLoad {
  private static final Set<String> OPTIONS = Set.of("--url", "--pid", "--clients", "--requests", "--seconds",
      "--timeout", "--max-heap-growth-mb");

  private ServerLoad() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> options;
    LoadPlan plan;
    try {
      options = options(args);
      plan = new LoadPlan(Integer.parseInt(options.getOrDefault("--clients", "8")),
          Long.parseLong(options.getOrDefault("--requests", "20000")),
          Duration.ofSeconds(Long.parseLong(options.getOrDefault("--seconds", "60"))),
          Duration.ofSeconds(Long.parseLong(options.getOrDefault("--timeout", "30"))));
    } catch (IllegalArgumentException e) {
      System.err.println("load test: " + e.getMessage());
      System.err.println("usage: ServerLoad --url http://127.0.0.1:PORT/ --pid PID [--clients N] [--requests N]"
          + " [--seconds S] [--timeout S] [--max-heap-growth-mb MB]");
      System.exit(2);
      return;
    }
    long maxGrowth = Long.parseLong(options.getOrDefault("--max-heap-growth-mb", "64")) << 20;
    URI server = URI.create(options.get("--url"));
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(plan.timeout()).build();
    LoadReport report = new LoadRun(client, server, LoadTargets.discover(client, server), plan)
        .run(new ProcessMemory(Long.parseLong(options.get("--pid"))));
    report.print(System.out);
    boolean grew = report.heapGrowthBytes() > maxGrowth;
    if (grew) {
      System.out.printf(Locale.ROOT, "FAILED: the heap grew by more than %d MB%n", maxGrowth >> 20);
    }
    if (report.errors() > 0) {
      System.out.println("FAILED: " + report.errors() + " requests were not answered with a well-formed 200");
    }
    System.exit(grew || report.errors() > 0 ? 1 : 0);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i]) || i + 1 == args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
      }
      if (!args[i].equals("--url")) {
        try {
          Long.parseLong(args[i + 1]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(args[i] + " must be a whole number, was '" + args[i + 1] + "'");
        }
      }
      options.put(args[i], args[i + 1]);
    }
    for (String required : new String[] {"--url", "--pid"}) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException(required + " is required");
      }
    }
    return options;
  }
}
