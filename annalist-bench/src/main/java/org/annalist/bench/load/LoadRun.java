package org.annalist.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Drives a server with the requests of {@link LoadTargets}: a warm-up pass over up to
 * {@value #WARM_UP_PER_ENDPOINT} requests of each endpoint, a memory sample, then {@link
 * LoadPlan#clients()} clients sending requests until the plan's request count or duration is
 * reached, and a second memory sample. Every answer is checked ({@link Endpoint}); an answer
 * that is not a well-formed 200 within the timeout is an error.
 */
public final class LoadRun {
  private static final int WARM_UP_PER_ENDPOINT = 20;
  private static final int MOST_PROBLEMS_KEPT = 10;

  private final HttpClient client;
  private final URI server;
  private final LoadTargets targets;
  private final LoadPlan plan;
  private final Map<Endpoint, Latencies> latencies = new EnumMap<>(Endpoint.class);
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  /** A run against the server at this root ({@code http://127.0.0.1:PORT/}). */
  public LoadRun(HttpClient client, URI server, LoadTargets targets, LoadPlan plan) {
    this.client = client;
    this.server = server;
    this.targets = targets;
    this.plan = plan;
    for (Endpoint endpoint : Endpoint.values()) {
      latencies.put(endpoint, new Latencies());
    }
  }

  /** Runs the plan and reports; the memory is sampled after the warm-up and at the end. */
  public LoadReport run(ServerMemory memory) throws InterruptedException {
    long warmUpErrors = warmUp();
    MemorySample before = memory.sample();
    AtomicLong next = new AtomicLong();
    long started = System.nanoTime();
    long deadline = started + plan.duration().toNanos();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < plan.clients(); i++) {
      Thread thread = new Thread(
          () -> {
            for (long n = next.getAndIncrement();
                n < plan.requests() && System.nanoTime() < deadline;
                n = next.getAndIncrement()) {
              Target target = targets.nth(n);
              long sent = System.nanoTime();
              boolean error = send(target) != null;
              latenciesOf(target.endpoint()).record(System.nanoTime() - sent, error);
            }
          },
          "load-client-" + i);
      thread.start();
      clients.add(thread);
    }
    for (Thread thread : clients) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    MemorySample after = memory.sample();
    List<EndpointFigures> figures = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      figures.add(latenciesOf(endpoint).figures(endpoint, seconds));
    }
    return new LoadReport(
        plan, figures, seconds, warmUpErrors, before, after, List.copyOf(problems));
  }

  /** The latencies of one endpoint: the constructor gives every endpoint its own. */
  private Latencies latenciesOf(Endpoint endpoint) {
    return Objects.requireNonNull(latencies.get(endpoint), "the constructor adds every endpoint");
  }

  private long warmUp() {
    long errors = 0;
    for (Endpoint endpoint : Endpoint.values()) {
      for (Target target :
          targets.of(endpoint).stream().limit(WARM_UP_PER_ENDPOINT).toList()) {
        if (send(target) != null) {
          errors++;
        }
      }
    }
    return errors;
  }

  /** Sends one request and checks its answer: null when it is well-formed, else what was wrong (also kept). */
  private @Nullable String send(Target target) {
    String problem;
    try {
      HttpResponse<byte[]> response = client.send(
          HttpRequest.newBuilder(server.resolve(target.path()))
              .timeout(plan.timeout())
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
      problem = target
          .endpoint()
          .problem(
              target,
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(null),
              response.headers().firstValue("Content-Security-Policy").orElse(null),
              response.body());
    } catch (IOException e) {
      problem = e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    if (problem != null && problems.size() < MOST_PROBLEMS_KEPT) {
      problems.add("GET " + target.path() + ": " + problem);
    }
    return problem;
  }
}
