package org.annalist.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
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
 * must be a well-formed 200, and every request answers the same after the load as before it: the
 * server keeps nothing from one request that changes another's answer.
 *
 * <p>Latency and the heap after a full collection are printed, never asserted: both depend on the
 * machine, the collector and whatever else runs in the test's JVM ({@code System.gc()} is only a
 * request), so a bound on them fails at random or bounds nothing. {@code scripts/load-test}
 * measures them on a long run.
 */
class ServerUnderLoadTest {
  /** The longest the run may take: a guard against a hung server, not a measure of speed. */
  private static final Duration RUN_GUARD = Duration.ofMinutes(10);
  /** The longest one request may take before it is an error: likewise a guard. */
  private static final Duration REQUEST_GUARD = Duration.ofMinutes(1);

  @TempDir
  Path directory;

  @Test
  void everyAnswerUnderLoadIsAWellFormed200AndTheSameAsBeforeTheLoad() throws Exception {
    AnnalistStore store = HostileStore.write(directory, 12);
    Javalin server =
        AnnalistServer.start(store, ServerOptions.loopback(0), ServerLimits.ofRate(1_000_000));
    try {
      HttpClient client =
          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI root = URI.create("http://127.0.0.1:" + server.port() + "/");
      LoadTargets targets = LoadTargets.discover(client, root);
      Map<String, String> before = answers(client, root, targets);
      LoadReport report = new LoadRun(
              client, root, targets, new LoadPlan(8, 1_500, RUN_GUARD, REQUEST_GUARD))
          .run(ServerUnderLoadTest::inProcess);
      report.print(System.out);

      assertThat(report.problems()).isEmpty();
      assertThat(report.errors()).isZero();
      assertThat(report.requests())
          .as("the request bound, not the time bound, ends the run")
          .isEqualTo(1_500);
      assertThat(report.endpoints())
          .allSatisfy(figures -> assertThat(figures.requests()).isPositive());
      assertThat(targets.of(Endpoint.EVENT)).hasSize(36);
      assertThat(targets.of(Endpoint.SEARCH))
          .extracting(Target::expected)
          .containsExactlyInAnyOrderElementsOf(HostileStore.NAMES);
      assertThat(answers(client, root, targets)).as("answers after the load").isEqualTo(before);
    } finally {
      server.stop();
    }
  }

  @Test
  void aMalformedAnswerIsAnError() {
    Target event = new Target(Endpoint.EVENT, "/api/events/e1", "e1", "application/json");
    String policy = "script-src 'self'";
    assertThat(Endpoint.EVENT.problem(
            event, 200, "application/json", policy, utf8("{\"event\":{\"id\":\"e1\"}}")))
        .isNull();
    assertThat(Endpoint.EVENT.problem(
            event, 200, "application/json", policy, utf8("{\"event\":{\"id\":\"e2\"}}")))
        .contains("not the event e1");
    assertThat(Endpoint.EVENT.problem(event, 200, "application/json", policy, utf8("{\"event\":")))
        .startsWith("malformed body");
    assertThat(Endpoint.EVENT.problem(event, 200, "text/html", policy, utf8("{}")))
        .contains("Content-Type");
    assertThat(Endpoint.EVENT.problem(event, 200, "application/json", null, utf8("{}")))
        .contains("Security-Policy");
    assertThat(Endpoint.EVENT.problem(event, 429, "application/json", policy, utf8("{}")))
        .startsWith("status 429");
    Target csv = new Target(Endpoint.EXPORT, "/api/export?format=csv", "csv", "application/zip");
    assertThat(Endpoint.EXPORT.problem(csv, 200, "application/zip", policy, utf8("PK")))
        .isNotNull();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Every target's answer, by path: its status and the SHA-256 of its body. */
  private static Map<String, String> answers(HttpClient client, URI root, LoadTargets targets)
      throws IOException, InterruptedException, NoSuchAlgorithmException {
    Map<String, String> answers = new TreeMap<>();
    for (Endpoint endpoint : Endpoint.values()) {
      for (Target target : targets.of(endpoint)) {
        HttpResponse<byte[]> response = client.send(
            HttpRequest.newBuilder(root.resolve(target.path())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(response.body());
        answers.put(target.path(), response.statusCode() + " " + HexFormat.of().formatHex(digest));
      }
    }
    return answers;
  }

  private static MemorySample inProcess() {
    System.gc();
    return new MemorySample(
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), -1);
  }
}
