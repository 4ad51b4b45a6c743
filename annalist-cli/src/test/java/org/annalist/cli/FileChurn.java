package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread that, until stopped, deletes, empties, rewrites with other text or with random bytes,
 * one after another, files that a run is reading.
 */
final class FileChurn implements AutoCloseable {
  private final List<Path> files;
  private final Random random;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger changes = new AtomicInteger();
  private final Thread thread;

  private FileChurn(List<Path> files, Random random) {
    this.files = List.copyOf(files);
    this.random = random;
    this.thread = new Thread(this::churn, "file-churn");
    this.thread.setDaemon(true);
  }

  static FileChurn start(List<Path> files, long seed) {
    FileChurn churn = new FileChurn(files, new Random(seed));
    churn.thread.start();
    return churn;
  }

  /** How many changes it made. */
  int changes() {
    return changes.get();
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join();
  }

  private void churn() {
    while (running.get() && !files.isEmpty()) {
      Path file = files.get(random.nextInt(files.size()));
      try {
        switch (random.nextInt(4)) {
          case 0 -> Files.deleteIfExists(file);
          case 1 -> Files.write(file, new byte[0]);
          case 2 -> Files.writeString(file, EnglishText.sentences(random, 1 + random.nextInt(3)));
          default -> Files.write(file, randomBytes());
        }
        changes.incrementAndGet();
        Thread.sleep(1 + random.nextInt(20));
      } catch (IOException raceWithTheReader) {
        changes.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[1 + random.nextInt(4096)];
    random.nextBytes(bytes);
    return bytes;
  }
}
