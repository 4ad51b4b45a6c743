package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Files that are hostile through the file system rather than their bytes: files that vanish or
 * change while read, unreadable files and folders, link loops, links to devices, a FIFO.
 */
final class FileSystemTraps {
  private static final int LINK_CHAIN = 45;

  private final Path folder;
  private final Random random;
  private final Map<Path, HostileKind> files;

  /** Traps under {@code folder}, each recorded in {@code files} with its kind. */
  FileSystemTraps(Path folder, Random random, Map<Path, HostileKind> files) {
    this.folder = folder;
    this.random = random;
    this.files = files;
  }

  /** Small good files for {@link FileChurn} to delete and rewrite during the run; returns them. */
  List<Path> vanishing(int count) throws IOException {
    Path dir = Files.createDirectories(folder.resolve("vanishing"));
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = Files.writeString(
          dir.resolve(String.format("%04d.txt", i)), EnglishText.sentences(random, 2));
      files.put(file, HostileKind.VANISHING);
      written.add(file);
    }
    return written;
  }

  /**
   * Files and one folder (of two files) with permissions 000. Returns false if this user can read
   * them anyway (root): then they are ordinary good files, and the folder's files are what is
   * checked.
   */
  boolean unreadable(int count) throws IOException {
    Path dir = Files.createDirectories(folder.resolve("unreadable"));
    for (int i = 0; i < count; i++) {
      files.put(
          lock(Files.writeString(
              dir.resolve(String.format("%04d.txt", i)), EnglishText.sentences(random, 2))),
          HostileKind.UNREADABLE);
    }
    Path lockedFolder = Files.createDirectories(dir.resolve("locked-folder"));
    List<Path> inside = List.of(
        Files.writeString(lockedFolder.resolve("a.txt"), EnglishText.sentences(random, 2)),
        Files.writeString(lockedFolder.resolve("b.txt"), EnglishText.sentences(random, 2)));
    lock(lockedFolder);
    boolean enforced = !Files.isReadable(lockedFolder);
    if (enforced) {
      files.put(lockedFolder, HostileKind.UNREADABLE);
    } else {
      inside.forEach(file -> files.put(file, HostileKind.UNREADABLE));
    }
    return enforced;
  }

  /** Gives back the permissions {@link #unreadable} took, so that the folder can be deleted. */
  static void unlock(Path folder) throws IOException {
    Path dir = folder.resolve("unreadable");
    Files.setPosixFilePermissions(
        dir.resolve("locked-folder"), PosixFilePermissions.fromString("rwx------"));
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
      }
    }
  }

  /**
   * {@code groups} folders, each with a link to its own folder (a loop), a link to itself, two
   * links to each other, a dangling link, links to /dev/zero and /dev/urandom, a chain of links
   * longer than the system follows, and a FIFO; and links that leave the folder: to a private
   * file beside it, to {@code /proc/self/status} and to the folder's parent.
   */
  void links(int groups) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    Path secret = Files.writeString(
        parent.resolve("private-" + folder.getFileName() + ".txt"),
        "Private: not part of the analyzed folder. " + EnglishText.sentences(random, 2));
    for (int g = 0; g < groups; g++) {
      Path dir = Files.createDirectories(folder.resolve("link-trap").resolve("group-" + g));
      trap(Files.createSymbolicLink(dir.resolve("loop"), dir));
      trap(Files.createSymbolicLink(dir.resolve("self.txt"), dir.resolve("self.txt")));
      trap(Files.createSymbolicLink(dir.resolve("ping.txt"), dir.resolve("pong.txt")));
      trap(Files.createSymbolicLink(dir.resolve("pong.txt"), dir.resolve("ping.txt")));
      trap(Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("no-such-file.txt")));
      trap(Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero")));
      trap(Files.createSymbolicLink(dir.resolve("urandom.txt"), Path.of("/dev/urandom")));
      trap(chain(dir));
      trap(fifo(dir.resolve("fifo.txt")));
      files.put(
          Files.createSymbolicLink(dir.resolve("private.txt"), secret), HostileKind.LINK_OUTSIDE);
      files.put(
          Files.createSymbolicLink(dir.resolve("status.txt"), Path.of("/proc/self/status")),
          HostileKind.LINK_OUTSIDE);
      files.put(Files.createSymbolicLink(dir.resolve("parent"), parent), HostileKind.LINK_OUTSIDE);
    }
  }

  /** A chain of links longer than the kernel follows, ending at a good file; returns its first link. */
  private Path chain(Path dir) throws IOException {
    Path target =
        Files.writeString(dir.resolve("chain-end.data"), EnglishText.sentences(random, 1));
    for (int i = LINK_CHAIN; i > 0; i--) {
      target =
          Files.createSymbolicLink(dir.resolve("chain-" + i + (i == 1 ? ".txt" : ".link")), target);
    }
    return target;
  }

  private static Path fifo(Path path) throws IOException {
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      if (mkfifo.waitFor() != 0) {
        throw new IOException("mkfifo " + path + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making a FIFO", e);
    }
    return path;
  }

  private void trap(Path path) {
    files.put(path, HostileKind.LINK_TRAP);
  }

  private static Path lock(Path path) throws IOException {
    return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
  }
}
