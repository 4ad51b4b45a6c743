package org.annalist.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The files under the roots a user named, in path order. Hidden files and folders (names starting
 * with a dot) are skipped. Symbolic links are followed while they lead to a place inside the
 * roots (loops are reported, not followed forever); a link that leads out of them, to a private
 * file, a device or a parent folder, is not followed unless the user asks ({@link Links#FOLLOW}),
 * since the folder is untrusted and whatever is read ends up in the store, its exports and the
 * server. Entries that cannot be visited or are not followed are returned as problems, so the run
 * reports them.
 */
public final class CorpusFiles {
  /** Why an entry is reported when a link is not followed. */
  public static final String LINK_OUTSIDE = "link-outside";

  private static final String UNREADABLE = "unreadable";

  private CorpusFiles() {}

  /** Which symbolic links a listing follows. */
  public enum Links {
    /** Links whose target is inside the roots; the others are reported as {@value #LINK_OUTSIDE}. */
    STAY_INSIDE,
    /** Every link, wherever it leads ({@code --follow-links}). */
    FOLLOW
  }

  /**
   * A file to read, or an entry that could not be visited or was not followed, and why.
   *
   * @param reason the failure's code for a problem, empty for a file to read
   * @param problem one line saying what the problem is, empty for a file to read
   */
  public record Entry(Path path, String reason, String problem) {
    static Entry file(Path path) {
      return new Entry(path, "", "");
    }

    public boolean isProblem() {
      return !problem.isEmpty();
    }

    /** For an entry that could not be visited, its failure. */
    public FileAnalysis.Failed failure() {
      return new FileAnalysis.Failed(path.toString(), reason, problem);
    }
  }

  /**
   * The roots as absolute, normalized paths.
   *
   * @throws AnalysisInputException naming a root that does not exist
   */
  public static List<Path> checkedRoots(List<Path> roots) {
    List<Path> checked = new ArrayList<>();
    for (Path root : roots) {
      Path absolute = root.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        throw new AnalysisInputException("cannot analyze " + root + ": no such file or folder");
      }
      checked.add(absolute);
    }
    return checked;
  }

  /**
   * The files under the roots, in path order, following only the links that stay inside them.
   *
   * @throws UncheckedIOException if a root cannot be walked at all
   */
  public static List<Entry> list(List<Path> roots) {
    return list(roots, Links.STAY_INSIDE);
  }

  /**
   * The files under the roots, in path order.
   *
   * @throws UncheckedIOException if a root cannot be walked at all
   */
  public static List<Entry> list(List<Path> roots, Links links) {
    try {
      return walk(roots, links);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list the files under " + roots + ": " + e.getMessage(), e);
    }
  }

  private static List<Entry> walk(List<Path> roots, Links links) throws IOException {
    List<Path> realRoots = new ArrayList<>();
    for (Path root : roots) {
      realRoots.add(root.toRealPath());
    }
    TreeMap<String, Entry> entries = new TreeMap<>();
    for (Path root : roots) {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              if (isHidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Entry outside = links == Links.FOLLOW ? null : outside(dir, realRoots);
              if (outside != null) {
                entries.put(dir.toString(), outside);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (!isHidden(file) || file.equals(root)) {
                Entry outside =
                    links == Links.FOLLOW || file.equals(root) ? null : outside(file, realRoots);
                entries.put(file.toString(), outside == null ? Entry.file(file) : outside);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
              String problem = failure instanceof FileSystemLoopException
                  ? "symbolic link loop: the link leads back to a folder that contains it"
                  : "cannot open: " + failure;
              entries.put(file.toString(), new Entry(file, UNREADABLE, problem));
              return FileVisitResult.CONTINUE;
            }
          });
    }
    return List.copyOf(entries.values());
  }

  /**
   * For a path reached through a symbolic link that leads out of every root, or through a link
   * that leads nowhere, the entry that reports it; null for a path inside the roots.
   */
  private static @Nullable Entry outside(Path path, List<Path> realRoots) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException e) {
      return new Entry(path, UNREADABLE, "broken symbolic link: what it points to does not exist");
    } catch (IOException e) {
      return new Entry(path, UNREADABLE, "cannot follow: " + e);
    }
    if (realRoots.stream().anyMatch(real::startsWith)) {
      return null;
    }
    return new Entry(
        path,
        LINK_OUTSIDE,
        "a symbolic link to " + real + ", outside the folders being analyzed;"
            + " not followed (give --follow-links to follow links out of them)");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
