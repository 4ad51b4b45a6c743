package org.annalist.store;

import static org.annalist.store.StoreFixtures.PIPELINE;
import static org.annalist.store.StoreFixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annalist.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on media that fail it (issue 23, item 7): a folder that cannot be written, a full
 * disk, a damaged database file.
 */
class StoreMediaTest {
  @TempDir
  Path directory;

  @Test
  void aStoreOnAReadOnlyMediumIsReadAndSearchedWithoutWritingAnything() throws IOException {
    AnnalistStore writable = AnnalistStore.open(directory);
    AnnotatedDocument document = analyzed("/corpus/a.txt", "Menu\nStalin met Mao in Moscow.\n");
    writable.save(document, PIPELINE, "run-1");
    Map<String, String> before = contents(directory);
    assertThat(before)
        .as("no WAL files are left once every connection is closed")
        .containsOnlyKeys(AnnalistStore.DATABASE_FILE);

    AnnalistStore readOnly = AnnalistStore.openForReading(directory, false);

    assertThat(readOnly.isReadOnly()).isTrue();
    assertThat(readOnly.documents()).hasSize(1);
    assertThat(readOnly.annotated(document.document().id())).isPresent();
    try (SearchIndex index = readOnly.searchIndex()) {
      assertThat(index
              .search(new SearchRequest("Moscow", null, null, null, null, null, 0, 10))
              .total())
          .isEqualTo(1);
    }
    try (SearchIndex again = readOnly.searchIndex()) {
      assertThat(again.passageCount()).isPositive();
    }
    assertThatThrownBy(
            () -> readOnly.recordFailure("/corpus/b.txt", "empty", "file is empty", "run-2"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot be written");
    assertThat(contents(directory)).as("no file made, changed or removed").isEqualTo(before);
  }

  @Test
  void aReadOnlyStoreOfAnOlderSchemaSaysHowToUpgradeIt() throws Exception {
    AnnalistStore.open(directory);
    new Database(directory.resolve(AnnalistStore.DATABASE_FILE)).write(connection -> {
      try (var statement = connection.createStatement()) {
        statement.execute("PRAGMA user_version = 5");
      }
      return null;
    });

    assertThatThrownBy(() -> AnnalistStore.openForReading(directory, false))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 5")
        .hasMessageContaining("open a writable copy");
  }

  @Test
  void aFullDiskIsReportedAsSuchAndTheStoreKeepsWhatItHeld() {
    AnnalistStore.open(directory)
        .save(analyzed("/corpus/a.txt", "Menu\nFirst.\n"), PIPELINE, "run-1");
    long pages = new Database(directory.resolve(AnnalistStore.DATABASE_FILE)).read(connection -> {
      try (var statement = connection.createStatement();
          var rows = statement.executeQuery("PRAGMA page_count")) {
        rows.next();
        return rows.getLong(1);
      }
    });
    AnnalistStore full = AnnalistStore.opened(
        directory,
        new Database(
            directory.resolve(AnnalistStore.DATABASE_FILE),
            Database.Access.READ_WRITE,
            List.of("PRAGMA max_page_count = " + pages)));
    AnnotatedDocument large =
        analyzed("/corpus/b.txt", "Menu\n" + "A sentence about the war. ".repeat(20_000));

    assertThatThrownBy(() -> full.save(large, PIPELINE, "run-2"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("the disk is full")
        .hasMessageNotContaining("cannot rollback");

    AnnalistStore reopened = AnnalistStore.open(directory);
    assertThat(reopened.documents())
        .extracting(DocumentSummary::path)
        .containsExactly("/corpus/a.txt");
    assertThat(reopened.integrityProblems()).isEmpty();
  }

  @Test
  void aDamagedDatabaseIsRefusedWithWordsNotUsedSilently() throws IOException {
    AnnalistStore store = AnnalistStore.open(directory);
    for (int i = 0; i < 40; i++) {
      store.save(
          analyzed(
              "/corpus/" + i + ".txt", "Menu\nDocument " + i + " tells of the war. ".repeat(50)),
          PIPELINE,
          "run-1");
    }
    Path file = directory.resolve(AnnalistStore.DATABASE_FILE);
    try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
      long pageSize = 4096;
      assertThat(bytes.length()).isGreaterThan(8 * pageSize);
      for (long page = 2; page < bytes.length() / pageSize; page += 3) {
        bytes.seek(page * pageSize + 8);
        bytes.write(
            new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x7f, 0x7f, 0x7f, 0x7f
            });
      }
    }

    assertThatThrownBy(() -> AnnalistStore.open(directory))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> AnnalistStore.openForReading(directory))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("damaged");
  }

  /** Every file under the folder by relative path, with the SHA-256 of its bytes. */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString(), sha256(Files.readAllBytes(path)));
      }
    }
    return files;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
