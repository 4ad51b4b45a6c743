package org.annalist.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared eval-data folder beside the repository, as the build passes it to the tests. */
public final class EvalData {
  private EvalData() {}

  /**
   * {@code ${annalist.shared}/eval-data}. Fails with a message that says what is missing: these
   * tests read the real gold files, which are never copied into the project.
   */
  public static Path path() {
    String shared = System.getProperty("annalist.shared");
    if (shared == null || shared.isBlank()) {
      throw new IllegalStateException(
          "system property annalist.shared is not set; run the tests with Maven"
              + " (the parent pom passes it to surefire) or pass -Dannalist.shared=/path/to/shared");
    }
    Path evalData = Path.of(shared, "eval-data").toAbsolutePath().normalize();
    if (!Files.isDirectory(evalData.resolve("wikiwars"))
        || !Files.isDirectory(evalData.resolve("meantime-english"))) {
      throw new IllegalStateException(
          "the eval data is missing: expected wikiwars/ and meantime-english/ in " + evalData
              + " (the repository must have ../shared/eval-data beside it)");
    }
    return evalData;
  }
}
