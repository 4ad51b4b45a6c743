package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerOptions;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium, on the seeds analyzed once for the class, plus a hostile
 * document written here whose text is markup and script.
 */
class BrowserUiTest {
  private static final String HOSTILE = "Hostile page\n"
      + "<script>window.annalistPwned = 'script';</script> In July 1941 Stalin sent a telegram to Mao."
      + " <img src=x onerror=\"window.annalistPwned = 'img'\"> He asked for <a href=\"javascript:window.annalistPwned"
      + " = 'link'\">troops</a> and <b onmouseover=\"window.annalistPwned = 'hover'\">bold</b> words.\n";

  @TempDir
  static Path work;

  private static AnnalistStore store;
  private static Javalin server;
  private static HeadlessChromium browser;
  private static String origin;

  @BeforeAll
  static void analyzeTheSeedsAndAHostileDocumentThenServe() throws IOException {
    browser = HeadlessChromium.start(1280, 900);
    Path hostile = Files.createDirectories(work.resolve("hostile"));
    Files.writeString(hostile.resolve("hostile.txt"), HOSTILE);
    Path storeDirectory = work.resolve("store");
    CliRun run = CliRun.of(
        "analyze",
        CliRun.shared().resolve("corpus/seeds").toString(),
        hostile.toString(),
        "--store",
        storeDirectory.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    store = AnnalistStore.open(storeDirectory);
    server = AnnalistServer.start(store, ServerOptions.loopback(0));
    origin = "http://127.0.0.1:" + server.port() + "/";
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
  void clickingAConflictingEventOnTheTimelineShowsItsSourcesSideBySide() {
    ChromeDriver driver = open("#/timeline", "timeline");
    for (String status : List.of("corroborated", "single-source")) {
      driver
          .findElement(By.cssSelector(".legend-entry.status-" + status + " input"))
          .click();
    }
    WebElement event = waitFor(
        driver,
        d -> d.findElements(By.cssSelector(".vis-item.status-conflicting")).stream()
            .filter(WebElement::isDisplayed)
            .findFirst()
            .orElse(null));
    event.click();
    waitUntilReady(driver, "event");

    List<WebElement> columns = driver.findElements(By.cssSelector(".side-by-side .source-column"));
    assertThat(columns).as("a conflict needs two sources").hasSizeGreaterThanOrEqualTo(2);
    for (WebElement column : columns) {
      assertThat(column.findElement(By.cssSelector("mark.quote")).getText()).isNotBlank();
      assertThat(column.findElement(By.cssSelector(".time-given")).getText())
          .startsWith("Time given:");
    }
    assertThat(driver.findElement(By.cssSelector(".conflict .explanation")).getText())
        .isNotBlank();
    assertThat(driver.findElements(By.cssSelector(".conflict .claim")))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void searchingForANameMarksItAndLeadsToTheExactSpanInTheSource() {
    ChromeDriver driver = open("#/sources", "sources");
    driver.findElement(By.id("query")).sendKeys("Zhou");
    driver.findElement(By.cssSelector("#search button")).click();
    waitUntilReady(driver, "search");

    List<WebElement> marks = driver.findElements(By.cssSelector(".hits mark.match"));
    assertThat(marks)
        .isNotEmpty()
        .allSatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("Zhou"));
    assertThat(driver.findElements(By.cssSelector(".facet h4")))
        .extracting(WebElement::getText)
        .contains("Sources", "Entities");
    String sentence = driver.findElement(By.cssSelector(".hits blockquote")).getText();
    driver.findElement(By.cssSelector(".hits .open-span")).click();
    waitUntilReady(driver, "source");

    String focused = String.join(
        "",
        driver.findElements(By.cssSelector(".source-text .focus")).stream()
            .map(piece -> piece.getAttribute("textContent"))
            .toList());
    assertThat(sentence.replaceAll("\\s+", " ")).isEqualTo(focused.replaceAll("\\s+", " "));
  }

  @Test
  void aHostileDocumentRendersAsInertText() {
    String id = store.documents().stream()
        .filter(d -> d.path().endsWith("hostile.txt"))
        .map(DocumentSummary::id)
        .findFirst()
        .orElseThrow()
        .value();
    ChromeDriver driver = open("#/source/" + id, "source");
    WebElement text = driver.findElement(By.cssSelector(".source-text"));
    assertThat(text.getAttribute("textContent"))
        .contains("<script>window.annalistPwned", "<img src=x onerror=");
    assertThat(text.findElements(By.cssSelector("script, img, b, a[href^='javascript']")))
        .isEmpty();
    new Actions(driver).moveToElement(text).perform();

    driver.findElement(By.id("query")).sendKeys("onerror");
    driver.findElement(By.cssSelector("#search button")).click();
    waitUntilReady(driver, "search");
    WebElement hits = driver.findElement(By.cssSelector(".hits"));
    assertThat(hits.getAttribute("textContent")).contains("<img src=x onerror=");
    assertThat(driver.findElements(
            By.cssSelector("#view script, #view img, #view b, a[href^='javascript']")))
        .isEmpty();
    assertThat(driver.executeScript("return typeof window.annalistPwned"))
        .as("no script of the document ran")
        .isEqualTo("undefined");
  }

  private static ChromeDriver open(String route, String page) {
    ChromeDriver driver = browser.driver();
    driver.get("about:blank");
    driver.get(origin + route);
    waitUntilReady(driver, page);
    return driver;
  }

  private static void waitUntilReady(WebDriver driver, String page) {
    String ready = waitFor(driver, d -> {
      String value = d.findElement(By.id("view")).getAttribute("data-ready");
      return page.equals(value) || "error".equals(value) ? value : null;
    });
    assertThat(ready).as(driver.findElement(By.id("view")).getText()).isEqualTo(page);
  }

  private static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
  }
}
