package org.annalist.store;

import java.io.IOException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * The search index of a store that cannot be written, kept in memory: built the first time a
 * search needs it, for the store's index version, and again only if that version changes.
 * Thread-safe.
 */
final class InMemoryIndex {
  private @Nullable Directory directory;
  private String version = "";

  /** Writes an index into an empty directory. */
  @FunctionalInterface
  interface Builder {
    void build(Directory directory) throws IOException;
  }

  /** The index for this version, built by {@code builder} unless it is already. */
  synchronized Directory directory(String wanted, Builder builder) throws IOException {
    if (directory == null || !version.equals(wanted)) {
      Directory built = new ByteBuffersDirectory();
      builder.build(built);
      directory = built;
      version = wanted;
    }
    return directory;
  }
}
