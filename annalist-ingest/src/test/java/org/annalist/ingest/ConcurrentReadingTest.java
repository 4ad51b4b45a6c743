package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentReadingTest {
  @TempDir
  Path dir;

  @Test
  void fourThreadsReadingTwentyFilesGetWhatOneThreadGets() throws Exception {
    List<Path> files = twentyFiles();
    DocumentReader reader = TestReaders.DEFAULT;
    List<IngestResult> sequential = new ArrayList<>();
    for (Path file : files) {
      sequential.add(reader.read(file));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<IngestResult> concurrent = new ArrayList<>();
    try {
      List<Future<IngestResult>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Path file : files) {
          futures.add(pool.submit(() -> reader.read(file)));
        }
      }
      for (Future<IngestResult> future : futures) {
        concurrent.add(future.get());
      }
    } finally {
      pool.shutdown();
    }

    for (int i = 0; i < concurrent.size(); i++) {
      assertThat(concurrent.get(i)).isEqualTo(sequential.get(i % files.size()));
    }
    assertThat(sequential).filteredOn(r -> r instanceof Ingested).hasSizeGreaterThan(10);
    assertThat(sequential).filteredOn(r -> r instanceof IngestFailure).isNotEmpty();
  }

  private List<Path> twentyFiles() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<String> lines = List.of(
          "Report " + i,
          "Posted on 2021-03-0" + (i + 1),
          "Telegram number " + i + " reached Yan'an.");
      files.add(
          Fixtures.text(dir, "t" + i + ".txt", String.join("\r\n", lines), StandardCharsets.UTF_8));
      files.add(Fixtures.text(
          dir,
          "h" + i + ".html",
          "<html><head><title>Page " + i + "</title></head><body><p>" + lines.get(2)
              + "</p></body></html>",
          StandardCharsets.UTF_8));
      files.add(Fixtures.pdf(dir, "p" + i + ".pdf", "PDF " + i, lines));
      files.add(Fixtures.docx(dir, "d" + i + ".docx", "DOCX " + i, lines));
    }
    files.add(Fixtures.odt(dir, "o.odt", "ODT", "2020-01-02T10:00:00", List.of("An ODT.")));
    files.add(Fixtures.epub(dir, "e.epub", "EPUB", "2018-05-06", List.of("An EPUB.")));
    files.add(Fixtures.write(dir, "empty.txt", new byte[0]));
    files.add(Fixtures.truncatedCopy(files.get(2), "broken.pdf", 0.5));
    assertThat(files).hasSize(20);
    return files;
  }
}
