package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerOptions;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StatementDrafts;
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
 * The timeline's lane of undated events and its "show fiction" toggle, and a source's statements,
 * in a real headless Chromium, on a store written by hand: two dated and two undated events, one
 * of each told only by fiction, and a statement of the history's text.
 */
class UndatedAndFictionUiTest {
  private static final String HISTORY =
      "The envoy reached Korsk in July 1941.\n" + "The council did not meet that summer.\n";

  @TempDir
  static Path work;

  private static AnnalistStore store;
  private static Javalin server;
  private static HeadlessChromium browser;
  private static String origin;
  private static Document history;

  @BeforeAll
  static void writeAStoreAndServeIt() {
    browser = HeadlessChromium.start(1280, 900);
    store = AnnalistStore.open(work.resolve("store"));
    history = TestDocuments.of("/c/history.txt", HISTORY);
    store.save(AnnotatedDocument.of(history), "test@1", "run-1");
    StatementDrafts statements = store.draftStatements();
    int start = HISTORY.indexOf("The council");
    int end = HISTORY.indexOf('\n', start);
    int trigger = HISTORY.indexOf("meet");
    statements.add(new StoredTimeline.Item(
        "st-00000000000000c1",
        "/c/history.txt#1",
        String.format(
            Locale.ROOT,
            "{\"id\":\"st-00000000000000c1\",\"why\":\"negated\",\"title\":\"The council did not meet\","
                + "\"type\":\"meeting\",\"participants\":[],\"document\":\"%s\",\"start\":%d,\"end\":%d,"
                + "\"quote\":\"%s\",\"time_text\":null,\"time_value\":null,\"time_source\":\"none\","
                + "\"time_basis\":\"none\",\"trigger_start\":%d,\"trigger_end\":%d,\"trigger\":\"meet\","
                + "\"polarity\":\"negative\",\"factuality\":{\"polarity\":\"negative\",\"certainty\":\"certain\","
                + "\"hypothetical\":false,\"intended\":false,\"generic\":false},\"outcome\":\"none\","
                + "\"redacted_participants\":[],\"quantities\":[]}",
            history.id().value(),
            start,
            end,
            HISTORY.substring(start, end),
            trigger,
            trigger + 4)));
    store.replaceTimeline(
        new StoredTimeline(
            List.of(
                event("ev-000000000001", "Envoy reached Korsk", "1941-07-01", false),
                event("ev-000000000002", "Hero crossed the river", "1941-07-03", true),
                event("ev-000000000003", "Council met in secret", null, false),
                event("ev-000000000004", "Hero dreamed of home", null, true)),
            List.of(),
            List.of()),
        statements,
        store.generation());
    server = AnnalistServer.start(store, ServerOptions.loopback(0));
    origin = "http://127.0.0.1:" + server.port() + "/";
  }

  /** An event as the timeline's summaries read it; undated when {@code day} is null. */
  private static StoredTimeline.Item event(
      String id, String summary, @Nullable String day, boolean fiction) {
    String time = day == null
        ? "null"
        : "{\"value\":\"%s\",\"earliest\":\"%s\",\"latest\":\"%s\"}".formatted(day, day, day);
    return new StoredTimeline.Item(
        id,
        (day == null ? "9999" : day) + " " + id,
        String.format(
            Locale.ROOT,
            "{\"id\":\"%s\",\"summary\":\"%s\",\"time\":%s,\"status\":\"single-source\","
                + "\"fiction\":%s,\"attestations\":[{\"document\":\"%s\",\"start\":0,\"end\":10}]}",
            id,
            summary,
            time,
            fiction,
            history.id().value()));
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
  void undatedEventsHaveTheirOwnLaneAndFictionShowsOnlyWhenAskedFor() {
    ChromeDriver driver = open("#/timeline?from=1941-06-15&to=1941-07-20", "timeline");

    assertThat(driver.findElement(By.cssSelector(".undated-lane h3")).getText())
        .isEqualTo("Undated (1)");
    assertThat(links(driver, ".undated-events li a")).containsExactly("Council met in secret");
    assertThat(driver.findElement(By.cssSelector(".undated-events li a")).getAttribute("href"))
        .endsWith("#/event/ev-000000000003");
    assertThat(driver.findElement(By.cssSelector(".page-heading .subtitle")).getText())
        .startsWith("1 dated events, 1 undated (2 told only by fiction are hidden).");
    waitFor(driver, d -> drawn(driver).contains("Envoy reached Korsk") ? Boolean.TRUE : null);
    assertThat(drawn(driver)).doesNotContain("Hero crossed the river");

    driver.findElement(By.cssSelector(".fiction-toggle input")).click();

    waitFor(driver, d -> drawn(driver).contains("Hero crossed the river") ? Boolean.TRUE : null);
    assertThat(links(driver, ".undated-events li a"))
        .containsExactly("Council met in secret", "Hero dreamed of home");
    assertThat(driver.findElement(By.cssSelector(".undated-lane h3")).getText())
        .isEqualTo("Undated (2)");
    assertThat(driver.findElement(By.cssSelector(".page-heading .subtitle")).getText())
        .startsWith("2 dated events, 2 undated.");

    driver
        .findElement(By.cssSelector(".legend-entry.status-single-source input"))
        .click();

    assertThat(driver.findElement(By.cssSelector(".undated-lane h3")).getText())
        .isEqualTo("Undated (0)");
  }

  @Test
  void aSourceListsItsStatementsWithWhyAndTheirTrigger() {
    ChromeDriver driver = open("#/source/" + history.id().value(), "source");

    assertThat(driver.findElement(By.cssSelector(".statements h3")).getText())
        .isEqualTo("Statements (1)");
    WebElement statement = driver.findElement(By.cssSelector(".statement-list .statement"));
    assertThat(statement.findElement(By.cssSelector(".why")).getText()).isEqualTo("negated");
    assertThat(statement.findElement(By.cssSelector("blockquote")).getText())
        .isEqualTo("The council did not meet that summer.");
    assertThat(statement.findElement(By.cssSelector("blockquote mark.trigger")).getText())
        .isEqualTo("meet");
    assertThat(statement.findElement(By.cssSelector(".statement-attributes")).getText())
        .contains("negative")
        .contains("undated");
  }

  private static List<String> links(ChromeDriver driver, String selector) {
    return HeadlessChromium.texts(driver, selector).stream().map(String::strip).toList();
  }

  /** The texts of the timeline's drawn items. */
  private static List<String> drawn(ChromeDriver driver) {
    return HeadlessChromium.texts(driver, ".vis-item .item-text");
  }

  private static ChromeDriver open(String route, String page) {
    ChromeDriver driver = browser.driver();
    driver.get("about:blank");
    driver.get(origin + route);
    String ready = waitFor(driver, d -> {
      String value = d.findElement(By.id("view")).getAttribute("data-ready");
      return page.equals(value) || "error".equals(value) ? value : null;
    });
    assertThat(ready).as(driver.findElement(By.id("view")).getText()).isEqualTo(page);
    return driver;
  }

  private static <T> T waitFor(WebDriver driver, Function<WebDriver, @Nullable T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
  }
}
