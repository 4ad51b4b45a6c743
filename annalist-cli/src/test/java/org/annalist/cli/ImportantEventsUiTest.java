package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annalist.export.ExportContract;
import org.annalist.export.ExportedAttestation;
import org.annalist.export.ExportedEvent;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerOptions;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredTimeline;
import org.annalist.testsupport.TestDocuments;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline names its most important events at every zoom (the rest of a crowded slot is one
 * "+N more"), and an event's page shows its title, type, importance, what its date rests on, its
 * relations and how each source tells it; titles from documents stay text. In a real headless
 * Chromium, on a store written by hand: six events of one chronicle within two weeks, one of them
 * titled with markup.
 */
class ImportantEventsUiTest {
  private static final String CHRONICLE = "Chronicle of Korsk\n"
      + "Vaslov sent the first letter to Brenn on 3 May 1937.\n"
      + "Vaslov sent a second letter to Brenn on 9 May 1937.\n"
      + "Brenn refused the request on 12 May 1937.\n"
      + "The harbour froze on 14 May 1937.\n"
      + "The clerks <b onmouseover=\"window.annalistPwned = 1\">counted</b> the grain on 15 May 1937.\n"
      + "The bells rang on 16 May 1937.\n";
  private static final String MARKUP_TITLE =
      "The clerks <b onmouseover=\"window.annalistPwned = 1\">counted</b> the grain";

  @TempDir
  static Path work;

  private static AnnalistStore store;
  private static Javalin server;
  private static HeadlessChromium browser;
  private static String origin;
  private static Document chronicle;

  @BeforeAll
  static void writeAStoreAndServeIt() {
    browser = HeadlessChromium.start(1280, 900);
    store = AnnalistStore.open(work.resolve("store"));
    chronicle = TestDocuments.of("/c/chronicle.txt", CHRONICLE);
    store.save(AnnotatedDocument.of(chronicle), "test@1", "run-1");
    List<StoredTimeline.Item> events = new ArrayList<>();
    events.add(event(
        1,
        "Vaslov sent the first letter to Brenn",
        "communication",
        0.9,
        series(1, 1),
        "1937-05-03"));
    events.add(event(
        2,
        "Vaslov sent a second letter to Brenn",
        "communication",
        0.7,
        series(1, 2),
        "1937-05-09"));
    events.add(event(
        3,
        "Brenn refused the request",
        "response",
        0.8,
        List.of(new ExportedEvent.Relation("answer-of", id(2), null)),
        "1937-05-12"));
    events.add(event(4, "The harbour froze", "change", 0.3, List.of(), "1937-05-14"));
    events.add(event(5, MARKUP_TITLE, "other", 0.2, List.of(), "1937-05-15"));
    events.add(event(6, "The bells rang", "other", 0.1, List.of(), "1937-05-16"));
    store.replaceTimeline(new StoredTimeline(events, List.of(), List.of()), store.generation());
    server = AnnalistServer.start(store, ServerOptions.loopback(0));
    origin = "http://127.0.0.1:" + server.port() + "/";
  }

  private static String id(int n) {
    return "ev-00000000000" + n;
  }

  private static List<ExportedEvent.Relation> series(int first, int ordinal) {
    return List.of(new ExportedEvent.Relation("series", id(first), ordinal));
  }

  /** The event told by line {@code n} of the chronicle, on {@code day}. */
  private static StoredTimeline.Item event(
      int n,
      String title,
      String type,
      double importance,
      List<ExportedEvent.Relation> relations,
      String day) {
    String[] lines = CHRONICLE.split("\n", -1);
    int start = 0;
    for (int i = 0; i < n; i++) {
      start += lines[i].length() + 1;
    }
    int end = start + lines[n].length();
    String words = "on " + lines[n].substring(lines[n].indexOf(" on ") + 4, lines[n].length() - 1);
    ExportedAttestation told = new ExportedAttestation(
        chronicle.id().value(),
        start,
        end,
        lines[n],
        words,
        day,
        "sentence",
        "stated",
        start,
        start + 3,
        "tell",
        "positive",
        ExportedAttestation.Factuality.ASSERTED,
        "none",
        null,
        null,
        List.of(),
        null,
        List.of());
    ExportedEvent event = new ExportedEvent(
        id(n),
        "summary " + n,
        title,
        type,
        importance,
        relations,
        new ExportedEvent.Time(day, day, day, "stated", 0.9, words),
        List.of(),
        List.of(),
        "single-source",
        false,
        List.of(told));
    return new StoredTimeline.Item(id(n), day + " " + id(n), ExportContract.toJson(event));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aCrowdedSlotNamesItsMostImportantEventsAndCountsTheRest() {
    ChromeDriver driver = open("#/timeline?from=1930-01-01&to=1945-01-01");

    List<String> drawn = waitFor(driver, d -> drawn(driver).size() >= 3 ? drawn(driver) : null);
    assertThat(drawn)
        .containsExactlyInAnyOrder(
            "Vaslov sent the first letter to Brenn", "Brenn refused the request", "+4 more");
    assertThat(driver.findElements(By.cssSelector(".vis-item.important .item-text")))
        .hasSize(2);
  }

  @Test
  void zoomedInEveryEventIsNamedAndAMarkupTitleStaysText() {
    ChromeDriver driver = open("#/timeline?from=1937-05-01&to=1937-05-20");

    List<String> drawn = waitFor(driver, d -> drawn(driver).size() == 6 ? drawn(driver) : null);
    assertThat(drawn).contains(MARKUP_TITLE, "The bells rang").noneMatch(t -> t.contains("more"));
    assertThat(driver.findElements(By.cssSelector(".vis-item b"))).isEmpty();
    assertThat(driver.executeScript("return typeof window.annalistPwned")).isEqualTo("undefined");
  }

  @Test
  void anEventsPageShowsItsTitleTypeImportanceDateBasisRelationsAndHowEachSourceTellsIt() {
    ChromeDriver driver = browser.driver();
    driver.get("about:blank");
    driver.get(origin + "#/event/" + id(3));
    waitUntilReady(driver, "event");

    assertThat(driver.findElement(By.cssSelector(".page-heading h2")).getText())
        .isEqualTo("Brenn refused the request");
    assertThat(driver.findElement(By.cssSelector(".type-badge")).getText()).isEqualTo("response");
    assertThat(driver.findElement(By.cssSelector(".importance-value")).getText())
        .contains("0.80");
    assertThat(driver.findElement(By.cssSelector(".time-basis")).getText())
        .contains("stated in its own sentence", "on 12 May 1937", "confidence 0.90");
    WebElement answers = driver.findElement(By.cssSelector(".relation-answer-of a"));
    assertThat(answers.getText()).isEqualTo("Vaslov sent a second letter to Brenn");
    assertThat(answers.getAttribute("href")).endsWith("#/event/" + id(2));
    assertThat(driver.findElement(By.cssSelector(".source-column .factuality")).getText())
        .isEqualTo("Told as: positive · certain");
  }

  /** The texts of the timeline's drawn items, read at once (the timeline may redraw between reads). */
  private static List<String> drawn(ChromeDriver driver) {
    return HeadlessChromium.texts(driver, ".vis-item .item-text");
  }

  private static ChromeDriver open(String route) {
    ChromeDriver driver = browser.driver();
    driver.get("about:blank");
    driver.get(origin + route);
    waitUntilReady(driver, "timeline");
    return driver;
  }

  private static void waitUntilReady(WebDriver driver, String page) {
    String ready = waitFor(driver, d -> {
      String value = d.findElement(By.id("view")).getAttribute("data-ready");
      return page.equals(value) || "error".equals(value) ? value : null;
    });
    assertThat(ready).as(driver.findElement(By.id("view")).getText()).isEqualTo(page);
  }

  private static <T> T waitFor(WebDriver driver, Function<WebDriver, @Nullable T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
  }
}
