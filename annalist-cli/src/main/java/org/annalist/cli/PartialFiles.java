package org.annalist.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hidden partial files an export writes beside its target, {@code .NAME.PID.partial}: the
 * process id says whose each one is, so that an export can remove those that an export killed
 * before it could clean up left behind, and never one that a running export is writing.
 */
final class PartialFiles {
  private static final String SUFFIX = ".partial";

  private final Path target;
  private final Path folder;
  private final String prefix;

  private PartialFiles(Path target, Path folder) {
    this.target = target;
    this.folder = folder;
    this.prefix = "." + target.getFileName() + ".";
  }

  /** The partial files of this absolute target path. */
  static PartialFiles beside(Path target) {
    Path folder = target.getParent();
    if (folder == null || target.getFileName() == null) {
      throw new Failures.UsageException(
          "cannot write an export to " + target + ": give a file name");
    }
    return new PartialFiles(target, folder);
  }

  Path target() {
    return target;
  }

  /** Makes this process's partial file, empty, with the permissions the umask gives any new file. */
  Path create() throws IOException {
    Path partial = folder.resolve(prefix + ProcessHandle.current().pid() + SUFFIX);
    Files.deleteIfExists(partial);
    return Files.createFile(partial);
  }

  /** Removes the partial files of this target whose process no longer runs. */
  void removeAbandoned() throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
      for (Path file : files) {
        Optional<Long> owner = owner(file.getFileName().toString());
        if (owner.isPresent()
            && ProcessHandle.of(owner.get()).filter(ProcessHandle::isAlive).isEmpty()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Removes a partial file if it is still there. */
  void remove(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot remove the partial export " + partial + ": " + e.getMessage(), e);
    }
  }

  /** The process id in the name of a partial file of this target, if the name is one. */
  private Optional<Long> owner(String name) {
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String pid = name.substring(prefix.length(), name.length() - SUFFIX.length());
    if (pid.isEmpty() || pid.length() > 18 || !pid.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(pid));
  }
}
