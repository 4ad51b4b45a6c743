package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAccessTest {
  private static final long FIFTY_MEGABYTES = 50L << 20;
  /** The fixed part of a zip entry's local header; the entry's name, then its bytes, follow. */
  private static final int LOCAL_HEADER_BYTES = 30;

  @TempDir
  Path dir;

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

    assertThat(FileLoader.unreadable(file, new AccessDeniedException(file.toString()))
            .getMessage())
        .isEqualTo("permission denied; check the file's permissions");
    assertThat(FileLoader.unreadable(
                file, new FileSystemException(file.toString(), null, "Input/output error"))
            .getMessage())
        .isEqualTo("Input/output error; check the path and any symbolic links on it");
    assertThat(FileLoader.unreadable(file, new IOException("disk on fire")).getMessage())
        .isEqualTo("IOException: disk on fire");
  }

  /**
   * The file is an entry of a zip file system whose compressed bytes are damaged: its size says
   * 50 MB, but reading any of its bytes fails. Refused as too large rather than unreadable, it was
   * refused by its size before a byte of it was read.
   */
  @Test
  void fiftyMegabyteFileIsRefusedByItsSizeWithoutReadingIt() throws Exception {
    Path damaged = damagedZip(dir.resolve("huge.zip"), "huge.txt", FIFTY_MEGABYTES);
    try (FileSystem zip = FileSystems.newFileSystem(damaged)) {
      Path file = zip.getPath("huge.txt");
      assertThat(Files.size(file)).isEqualTo(FIFTY_MEGABYTES);
      assertThatThrownBy(() -> Files.readAllBytes(file))
          .as("reading the file")
          .isInstanceOf(ZipException.class);

      IngestFailure failure = failure(file);

      assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
      assertThat(failure.message())
          .isEqualTo(
              "file is 50.0 MB, over the limit of 32.0 MB (maxFileBytes); split it or raise the limit");
    }
  }

  /**
   * A zip of one entry of {@code size} zeros whose compressed bytes start with an invalid block
   * type: its size can be read, its bytes cannot.
   */
  private static Path damagedZip(Path zip, String entry, long size) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry(entry));
      byte[] zeros = new byte[1 << 20];
      for (long left = size; left > 0; left -= zeros.length) {
        out.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
      out.closeEntry();
    }
    byte[] bytes = Files.readAllBytes(zip);
    bytes[LOCAL_HEADER_BYTES + entry.length()] = (byte) 0xFF;
    return Files.write(zip, bytes);
  }
}
