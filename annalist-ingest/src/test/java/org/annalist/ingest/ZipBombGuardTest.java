package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annalist.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipBombGuardTest {
  @TempDir
  Path dir;

  @Test
  void bytesThatAreNoZipAreLeftAlone() {
    assertThatCode(() -> ZipBombGuard.check("PK but not a zip".getBytes(StandardCharsets.UTF_8)))
        .doesNotThrowAnyException();
    assertThat(ZipBombGuard.isZip(new byte[] {'P', 'K'})).isFalse();
  }

  @Test
  void smallBombIsCaughtThroughTheCentralDirectory() throws Exception {
    byte[] bomb = Files.readAllBytes(Fixtures.odtBomb(dir, "bomb.odt", 300L << 20));

    assertThatThrownBy(() -> ZipBombGuard.check(bomb))
        .isInstanceOfSatisfying(
            IngestFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(FailureReason.TOO_LARGE))
        .hasMessageContaining("when unzipped, over 100 times its size");
  }

  @Test
  void truncatedBombIsCaughtThroughItsLocalHeaders() throws Exception {
    byte[] bomb = Files.readAllBytes(Fixtures.odtBomb(dir, "bomb.odt", 300L << 20));
    byte[] truncated = Arrays.copyOf(bomb, bomb.length / 2);

    assertThatThrownBy(() -> ZipBombGuard.check(truncated))
        .hasMessageContaining("suspected decompression bomb");
  }

  @Test
  void zipWithTooManyEntriesIsRefused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i <= ZipBombGuard.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.closeEntry();
      }
    }

    assertThatThrownBy(() -> ZipBombGuard.check(bytes.toByteArray()))
        .hasMessageContaining("more than 50,000 zip entries");
  }
}
