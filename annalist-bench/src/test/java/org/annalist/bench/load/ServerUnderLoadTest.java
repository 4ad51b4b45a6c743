package org.annalist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import org.annalist.server.AnnalistServer;
import org.annalist.server.HostileStore;
import org.annalist.server.ServerLimits;
import org.annalist.server.ServerOptions;
import org.annalist.store.AnnalistStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test's short version (issue 9): the server in-process on a store of hostile documents,
 * 8 clients and 1,500 requests over the timeline, event, search and export endpoints. Every answer
 * must be a well-formed 200; the heap after a full collection may not grow by more than a
 * generous bound. Latency is printed, never asserted: {@code scripts/load-test} measures it.
 */
class ServerUnderLoadTest {
  private static final long GENEROUS_HEAP_GROWTH = 64L << 20;
  @TempDir Path directory;

  @Test
  void everyAnswerUnderLoadIsAWellFormed200AndTheHeapDoesNotGrow() throws Exception {
    AnnalistStore store = HostileStore.write(directory, 12);
    Javalin server = AnnalistServer.start(store, ServerOptions.loopback(0), ServerLimits.ofRate(1_000_000));
    try {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI root = URI.create("http://127.0.0.1:" + server.port() + "/");
      LoadTargets targets = LoadTargets.discover(client, root);
      LoadReport report = new LoadRun(client, root, targets,
          new LoadPlan(8, 1_500, Duration.ofSeconds(120), Duration.ofSeconds(60))).run(ServerUnderLoadTest::inProcess);
      report.print(System.out);

      assertThat(report.problems()).isEmpty();
      assertThat(report.errors()).isZero();
      assertThat(report.requests()).as("the request bound, not the time bound, ends the run").isEqualTo(1_500);
      assertThat(report.endpoints()).allSatisfy(figures -> assertThat(figures.requests()).isPositive());
      assertThat(targets.of(Endpoint.EVENT)).hasSize(36);
      assertThat(targets.of(Endpoint.SEARCH)).extracting(Target::expected)
          .containsExactlyInAnyOrderElementsOf(HostileStore.NAMES);
      assertThat(report.heapGrowthBytes()).isLessThan(GENEROUS_HEAP_GROWTH);
    } finally {
      server.stop();
    }
  }

  @Test
  void aMalformedAnswerIsAnError() {
    Target event = new Target(Endpoint.EVENT, "/api/events/e1", "e1", "application/json");
    String policy = "script-src 'self'";
    assertThat(Endpoint.EVENT.problem(event, 200, "application/json", policy, "{\"event\":{\"id\":\"e1\"}}".getBytes()))
        .isNull();
    assertThat(Endpoint.EVENT.problem(event, 200, "application/json", policy, "{\"event\":{\"id\":\"e2\"}}".getBytes()))
        .contains("not the event e1");
    assertThat(Endpoint.EVENT.problem(event, 200, "application/json", policy, "{\"event\":".getBytes()))
        .startsWith("malformed body");
    assertThat(Endpoint.EVENT.problem(event, 200, "text/html", policy, "{}".getBytes())).contains("Content-Type");
    assertThat(Endpoint.EVENT.problem(event, 200, "application/json", null, "{}".getBytes())).contains("Security-Policy");
    assertThat(Endpoint.EVENT.problem(event, 429, "application/json", policy, "{}".getBytes())).startsWith("status 429");
    Target csv = new Target(Endpoint.EXPORT, "/api/export?format=csv", "csv", "application/zip");
    assertThat(Endpoint.EXPORT.problem(csv, 200, "application/zip", policy, "PK".getBytes())).isNotNull();
  }

  private static MemorySample inProcess() {
    System.gc();
    return new MemorySample(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), -1);
  }
}
