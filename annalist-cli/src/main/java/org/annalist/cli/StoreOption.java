package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.store.AnnalistStore;
import picocli.CommandLine.Option;

/** The {@code --store PATH} option every command shares. */
final class StoreOption {
  static final String DEFAULT_DIRECTORY = "annalist-data";

  @Option(
      names = "--store",
      paramLabel = "PATH",
      description = "Store directory (default: $ANNALIST_STORE or " + DEFAULT_DIRECTORY + ").")
  private Path store;

  Path directory() {
    if (store != null) {
      return store;
    }
    String fromEnvironment = System.getenv("ANNALIST_STORE");
    return Path.of(
        fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_DIRECTORY : fromEnvironment);
  }

  /** Opens the store, creating it if needed. */
  AnnalistStore openOrCreate() {
    return AnnalistStore.open(directory());
  }

  /** Opens a store that must already exist, to change it. */
  AnnalistStore openExisting() {
    return AnnalistStore.open(requireStore());
  }

  /**
   * Opens a store that must already exist, only to read it: on a read-only medium nothing is
   * written ({@link AnnalistStore#openForReading}).
   */
  AnnalistStore openToRead() {
    return AnnalistStore.openForReading(requireStore());
  }

  private Path requireStore() {
    Path directory = directory();
    if (!Files.isRegularFile(directory.resolve(AnnalistStore.DATABASE_FILE))) {
      throw new Failures.UsageException("no store at " + directory
          + "; run 'annalist analyze DIR --store " + directory + "' first");
    }
    return directory;
  }
}
