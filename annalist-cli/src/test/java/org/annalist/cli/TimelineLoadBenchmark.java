package org.annalist.cli;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerOptions;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredTimeline;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the timeline page takes to load with many events: builds a store of synthetic events
 * (spread over two centuries, vague and exact dates, all three statuses), serves it, and times
 * headless Chromium from navigation until the page says the timeline is drawn. Prints each run
 * and the median. Run with {@code scripts/bench-timeline [EVENTS] [RUNS]}.
 */
public final class TimelineLoadBenchmark {
  private static final String[] STATUSES = {
    "corroborated", "single-source", "single-source", "conflicting"
  };
  private static final int DOCUMENTS = 50;

  private TimelineLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path directory = Files.createTempDirectory("annalist-bench-timeline");
    AnnalistStore store = AnnalistStore.open(directory);
    List<DocumentId> documents = storeDocuments(store);
    store.replaceTimeline(
        new StoredTimeline(syntheticEvents(events, documents), List.of(), List.of()),
        store.generation());
    Javalin server = AnnalistServer.start(store, ServerOptions.loopback(0));
    try (HeadlessChromium browser = HeadlessChromium.start(1280, 900)) {
      long[] millis = new long[runs];
      for (int run = 0; run < runs; run++) {
        millis[run] =
            loadOnce(browser.driver(), "http://127.0.0.1:" + server.port() + "/#/timeline");
        System.out.printf(Locale.ROOT, "run %d: %d ms%n", run + 1, millis[run]);
      }
      Arrays.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "timeline page with %,d events: median %d ms over %d runs (min %d, max %d)%n",
          events,
          millis[runs / 2],
          runs,
          millis[0],
          millis[runs - 1]);
    } finally {
      server.stop();
    }
  }

  private static long loadOnce(ChromeDriver driver, String url) {
    driver.get("about:blank");
    long start = System.nanoTime();
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(d -> "timeline".equals(d.findElement(By.id("view")).getAttribute("data-ready")));
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static List<DocumentId> storeDocuments(AnnalistStore store) {
    List<DocumentId> ids = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String text = "Synthetic source " + i + ".\nIt tells many things that happened.\n";
      Document document = new Document(
          DocumentId.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
          "/bench/source-" + i + ".txt",
          "text/plain",
          text,
          DocumentMetadata.EMPTY);
      store.save(AnnotatedDocument.of(document), "bench@1", "bench");
      ids.add(document.id());
    }
    return ids;
  }

  private static List<StoredTimeline.Item> syntheticEvents(int count, List<DocumentId> documents) {
    Random random = new Random(7);
    List<StoredTimeline.Item> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate earliest = LocalDate.of(1800, 1, 1).plusDays(random.nextInt(200 * 365));
      LocalDate latest = random.nextInt(3) == 0 ? earliest.plusDays(random.nextInt(365)) : earliest;
      String id = String.format(Locale.ROOT, "ev-%012x", i);
      String json = String.format(
          Locale.ROOT,
          "{\"id\":\"%s\",\"summary\":\"synthetic event %d\",\"time\":{\"value\":\"%s\","
              + "\"earliest\":\"%s\",\"latest\":\"%s\"},\"participants\":[],\"places\":[],\"status\":\"%s\","
              + "\"attestations\":[{\"document\":\"%s\",\"start\":0,\"end\":17,\"quote\":\"Synthetic source \"}]}",
          id,
          i,
          earliest,
          earliest,
          latest,
          STATUSES[random.nextInt(STATUSES.length)],
          documents.get(random.nextInt(documents.size())).value());
      items.add(new StoredTimeline.Item(id, earliest.toString(), json));
    }
    return items;
  }
}
