package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Misuse of the job's command line is refused with exit code 2 before Spark starts or a store is made. */
class SparkAnalyzeTest {
  @TempDir
  Path work;

  @Test
  void neitherFoldersNorATableIsMisuse() {
    StringWriter err = new StringWriter();

    int exit = command(err).execute("--store", work.resolve("store").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("give either FOLDERs or --table");
    assertThat(work.resolve("store")).doesNotExist();
  }

  @Test
  void aFolderThatDoesNotExistIsMisuse() {
    StringWriter err = new StringWriter();

    int exit = command(err)
        .execute(
            "--store", work.resolve("store").toString(), work.resolve("missing").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or folder");
    assertThat(work.resolve("store")).doesNotExist();
  }

  private static CommandLine command(StringWriter err) {
    return new CommandLine(new SparkAnalyze()).setErr(new PrintWriter(err, true));
  }
}
