package org.annalist.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;

/**
 * The files under the roots a user named, in path order. Symbolic links are followed (loops are
 * reported, not followed forever); hidden files and folders (names starting with a dot) are
 * skipped. Entries that cannot be visited are returned as problems, so the run reports them.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /** A file to read, or an entry that could not be visited and why. */
  public record Entry(Path path, String problem) {
    public boolean isProblem() {
      return !problem.isEmpty();
    }

    /** For an entry that could not be visited, its failure. */
    public FileAnalysis.Failed failure() {
      return new FileAnalysis.Failed(path.toString(), "unreadable", problem);
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
   * The files under the roots, in path order.
   *
   * @throws UncheckedIOException if a root cannot be walked at all
   */
  public static List<Entry> list(List<Path> roots) {
    try {
      return walk(roots);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files under " + roots + ": " + e.getMessage(), e);
    }
  }

  private static List<Entry> walk(List<Path> roots) throws IOException {
    TreeMap<String, Entry> entries = new TreeMap<>();
    for (Path root : roots) {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (!isHidden(file) || file.equals(root)) {
                entries.put(file.toString(), new Entry(file, ""));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
              String problem = failure instanceof FileSystemLoopException
                  ? "symbolic link loop: the link leads back to a folder that contains it"
                  : "cannot open: " + failure;
              entries.put(file.toString(), new Entry(file, problem));
              return FileVisitResult.CONTINUE;
            }
          });
    }
    return List.copyOf(entries.values());
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
