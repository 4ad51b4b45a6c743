package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAccessTest {
  @TempDir Path dir;

  @Test
  void missingFileIsUnreadable() {
    IngestFailure failure = failure(dir.resolve("nowhere.txt"));

    assertThat(failure.reason()).isEqualTo(FailureReason.UNREADABLE);
    assertThat(failure.message()).isEqualTo("no such file; check the path");
  }

  @Test
  void danglingSymbolicLinkIsUnreadable() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));

    IngestFailure failure = failure(link);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNREADABLE);
    assertThat(failure.message())
        .startsWith("is a symbolic link to a file that does not exist")
        .contains("gone.txt");
  }

  @Test
  void symbolicLinkLoopIsUnreadableWithTheSystemsReason() throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);

    IngestFailure failure = failure(a);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNREADABLE);
    assertThat(failure.message()).containsIgnoringCase("symbolic links");
  }

  @Test
  void directoryNamedLikeAFileIsUnreadable() throws Exception {
    Path directory = Files.createDirectory(dir.resolve("x.txt"));

    IngestFailure failure = failure(directory);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNREADABLE);
    assertThat(failure.message()).startsWith("is a directory, not a file");
  }

  @Test
  void fileWithoutReadPermissionIsUnreadable() throws Exception {
    Path file = Files.writeString(dir.resolve("secret.txt"), "hidden", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
    assumeTrue(!Files.isReadable(file), "the file stays readable (running as root?)");

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNREADABLE);
    assertThat(failure.message()).isEqualTo("permission denied; check the file's permissions");
  }

  @Test
  void theOperatingSystemsReasonsBecomeMessages() {
    Path file = dir.resolve("f.txt");

    assertThat(FileLoader.unreadable(file, new AccessDeniedException(file.toString())).getMessage())
        .isEqualTo("permission denied; check the file's permissions");
    assertThat(FileLoader.unreadable(file,
        new FileSystemException(file.toString(), null, "Input/output error")).getMessage())
        .isEqualTo("Input/output error; check the path and any symbolic links on it");
    assertThat(FileLoader.unreadable(file, new IOException("disk on fire")).getMessage())
        .isEqualTo("IOException: disk on fire");
  }

  @Test
  void fiftyMegabyteFileIsRefusedByItsSizeWithoutReadingIt() throws Exception {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(50L * 1024 * 1024);
    }
    failure(file); // warm up: class loading is not what is measured
    long start = System.nanoTime();

    IngestFailure failure = failure(file);

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message()).isEqualTo(
        "file is 50.0 MB, over the limit of 32.0 MB (maxFileBytes); split it or raise the limit");
    // Reading and hashing 50 MB takes far longer than looking at the file's size.
    assertThat(millis).as("milliseconds").isLessThan(100);
  }
}
