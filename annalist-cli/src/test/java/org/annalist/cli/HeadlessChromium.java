package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver: never a downloaded browser or
 * driver (Selenium Manager is not asked, since both paths are given). Missing binaries fail the
 * test with what to install; {@code -Dannalist.browser-tests=skip} skips browser tests instead.
 */
final class HeadlessChromium implements AutoCloseable {
  static final String SKIP_PROPERTY = "annalist.browser-tests";
  private static final Path CHROMIUM =
      Path.of(System.getProperty("annalist.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("annalist.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /**
   * The text of every element the selector matches, read in one script: the timeline redraws its
   * items as it settles, so elements found first and read one by one may be gone by then.
   */
  static List<String> texts(ChromeDriver driver, String selector) {
    Object texts = driver.executeScript(
        "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);", selector);
    List<String> read = new ArrayList<>();
    if (texts instanceof List<?> list) {
      list.forEach(text -> read.add(String.valueOf(text)));
    }
    return read;
  }

  /** Starts a browser of this window size, or fails saying what is missing (or skips, when asked to). */
  static HeadlessChromium start(int width, int height) {
    Assumptions.assumeFalse(
        "skip".equals(System.getProperty(SKIP_PROPERTY)),
        "browser tests skipped by -D" + SKIP_PROPERTY + "=skip");
    for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(
            "browser tests need Debian's Chromium and ChromeDriver, but " + binary
                + " is missing: install them with 'apt-get install -y chromium chromium-driver' (as .ci/run does),"
                + " or skip these tests locally with -D" + SKIP_PROPERTY + "=skip");
      }
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions()
        .setBinary(CHROMIUM.toFile())
        .addArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=" + width + "," + height);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new HeadlessChromium(driver);
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
