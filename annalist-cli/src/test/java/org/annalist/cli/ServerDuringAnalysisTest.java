package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.app.AnalysisListener;
import org.annalist.app.AnalysisReport;
import org.annalist.app.CorpusAnalyzer;
import org.annalist.app.Pipelines;
import org.annalist.ingest.IngestLimits;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.Stage;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerLimits;
import org.annalist.server.ServerOptions;
import org.annalist.store.AnnalistStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, concurrency: the server keeps answering while an analysis writes to its store (new
 * files, a changed file, then entity linking, the timeline and the search index), and no reader
 * sees half of anything: each listed document comes with its text, its flags and every layer of
 * the pipeline, spans inside the text; each event's quotes and each search hit's text are their
 * document's text at their offsets; no answer is a 5xx.
 */
class ServerDuringAnalysisTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int READERS = 3;

  @TempDir
  Path work;

  @Test
  void readersSeeWholeDocumentsAndTrueQuotesWhileAnAnalysisWritesTheStore() throws Exception {
    Path folder = work.resolve("corpus");
    List<Path> news = TestCorpora.writeNews(work.resolve("news"), 5);
    Files.createDirectories(folder);
    for (Path file : news.subList(0, 2)) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    AnnalistStore store = AnnalistStore.open(work.resolve("store"));
    Pipeline pipeline = Pipelines.standard();
    CorpusAnalyzer analyzer = new CorpusAnalyzer(store, pipeline, IngestLimits.DEFAULTS, 2);
    analyzer.analyze(List.of(folder), new AnalysisListener() {});
    for (Path file : news.subList(2, news.size())) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    Path changed = folder.resolve(news.get(0).getFileName());
    Files.writeString(changed, Files.readString(changed) + "The talks ended on Friday.\n");

    Javalin server =
        AnnalistServer.start(store, ServerOptions.loopback(0), ServerLimits.ofRate(1_000_000));
    try {
      Readers readers =
          new Readers(URI.create("http://127.0.0.1:" + server.port() + "/"), layersOf(pipeline));
      AnalysisReport report =
          readers.whileRunning(() -> analyzer.analyze(List.of(folder), new AnalysisListener() {}));

      assertThat(report.summary().analyzed()).isEqualTo(4);
      assertThat(readers.problems).isEmpty();
      assertThat(readers.documentsRead.get()).as("documents read whole").isGreaterThan(news.size());
      assertThat(readers.quotesChecked.get()).as("quotes checked").isPositive();
    } finally {
      server.stop();
    }
  }

  private static Set<String> layersOf(Pipeline pipeline) {
    Set<String> layers = new TreeSet<>();
    for (Stage stage : pipeline.stages()) {
      stage.produces().forEach(layer -> layers.add(layer.value()));
    }
    return layers;
  }

  /** Readers that poll the API and check what they read, until the work they run beside is done and once after. */
  private static final class Readers {
    private final HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI server;
    private final Set<String> layers;
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger documentsRead = new AtomicInteger();
    private final AtomicInteger quotesChecked = new AtomicInteger();

    Readers(URI server, Set<String> layers) {
      this.server = server;
      this.layers = layers;
    }

    <T> T whileRunning(java.util.concurrent.Callable<T> work) throws Exception {
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        Thread thread = new Thread(
            () -> {
              boolean last = false;
              while (!last && problems.isEmpty()) {
                last = !running.get();
                try {
                  readOnce();
                } catch (IOException | RuntimeException e) {
                  problems.add(e.toString());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            },
            "reader-" + i);
        thread.start();
        threads.add(thread);
      }
      try {
        return work.call();
      } finally {
        running.set(false);
        for (Thread thread : threads) {
          thread.join();
        }
      }
    }

    private void readOnce() throws IOException, InterruptedException {
      for (JsonNode summary : get("/api/documents")) {
        JsonNode document = getOrGone("/api/documents/" + summary.path("id").asText());
        if (document != null) {
          check(summary, document);
        }
      }
      for (JsonNode event : get("/api/events?limit=100").path("items")) {
        for (JsonNode attestation : event.path("attestations")) {
          checkQuote(
              attestation.path("document").asText(),
              attestation.path("start").asInt(),
              attestation.path("end").asInt(),
              attestation.path("quote").asText(),
              "event " + event.path("id"));
        }
      }
      for (JsonNode hit : get("/api/search?q=the&limit=50").path("hits")) {
        checkQuote(
            hit.path("document").asText(),
            hit.path("start").asInt(),
            hit.path("end").asInt(),
            hit.path("text").asText(),
            "search hit");
      }
      get("/api/timeline");
    }

    private void check(JsonNode summary, JsonNode document) {
      String id = document.path("id").asText();
      String text = document.path("text").asText();
      Set<String> found = new TreeSet<>();
      document.path("layers").fieldNames().forEachRemaining(found::add);
      Set<String> flags = new TreeSet<>();
      document.path("flags").fieldNames().forEachRemaining(flags::add);
      Set<String> listedFlags = new TreeSet<>();
      summary.path("flags").forEach(flag -> listedFlags.add(flag.asText()));
      if (!found.containsAll(layers)
          || text.codePointCount(0, text.length()) != summary.path("length").asInt()
          || !flags.equals(listedFlags)) {
        problems.add("document " + id + " read with layers " + found + ", " + text.length() + " of "
            + summary.path("length") + " characters, flags " + flags + " but listed with "
            + listedFlags);
        return;
      }
      document
          .path("layers")
          .forEach(spans -> spans.forEach(span -> {
            if (span.path("start").asInt() > span.path("end").asInt()
                || span.path("end").asInt() > text.length()) {
              problems.add("document " + id + " has a span outside its text: " + span);
            }
          }));
      texts.put(id, text);
      documentsRead.incrementAndGet();
    }

    private void checkQuote(String document, int start, int end, String quote, String what)
        throws IOException, InterruptedException {
      String text = texts.get(document);
      if (text == null) {
        JsonNode stored = getOrGone("/api/documents/" + document + "?layers=none");
        if (stored == null) {
          return;
        }
        text = stored.path("text").asText();
        texts.put(document, text);
      }
      if (end > text.length() || !text.substring(start, end).equals(quote)) {
        problems.add(
            what + " quotes [" + start + ", " + end + ") of " + document + " as '" + quote + "'");
      } else {
        quotesChecked.incrementAndGet();
      }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
      JsonNode answer = getOrGone(path);
      if (answer == null) {
        throw new IllegalStateException("GET " + path + " answered 404");
      }
      return answer;
    }

    /** The answer as JSON, or null for a 404 (a document replaced since it was listed); any other status is a problem. */
    private @Nullable JsonNode getOrGone(String path) throws IOException, InterruptedException {
      HttpResponse<String> response = client.send(
          HttpRequest.newBuilder(server.resolve(path)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return null;
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    }
  }
}
