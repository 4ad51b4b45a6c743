package org.annalist.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file's bytes, refusing files over the size limit by their size before reading them, and
 * naming the operating system's reason when a file cannot be read.
 */
final class FileLoader {
  private FileLoader() {}

  /**
   * The bytes of {@code file}, following symbolic links.
   *
   * @throws IngestFailedException {@link FailureReason#UNREADABLE} if the file cannot be read,
   *     {@link FailureReason#TOO_LARGE} if it has more than {@code maxBytes} bytes, {@link
   *     FailureReason#EMPTY} if it has none
   */
  static byte[] load(Path file, long maxBytes) throws IngestFailedException {
    BasicFileAttributes attributes = attributes(file);
    if (attributes.isDirectory()) {
      throw new IngestFailedException(
          FailureReason.UNREADABLE, "is a directory, not a file; give the files inside it instead");
    }
    if (!attributes.isRegularFile()) {
      throw new IngestFailedException(
          FailureReason.UNREADABLE,
          "is not a regular file (a device, pipe or socket); copy its content to a file first");
    }
    if (attributes.size() > maxBytes) {
      throw tooLarge(attributes.size(), maxBytes);
    }
    return checked(readAtMost(file, maxBytes), maxBytes);
  }

  /**
   * The bytes of a file that were read elsewhere (a row of a table of files), under the same
   * limits as a file read here.
   *
   * @throws IngestFailedException {@link FailureReason#TOO_LARGE} if there are more than {@code
   *     maxBytes}, {@link FailureReason#EMPTY} if there are none
   */
  static byte[] checked(byte[] bytes, long maxBytes) throws IngestFailedException {
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length, maxBytes);
    }
    if (bytes.length == 0) {
      throw new IngestFailedException(FailureReason.EMPTY, "file is empty (0 bytes)");
    }
    return bytes;
  }

  private static BasicFileAttributes attributes(Path file) throws IngestFailedException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Reads up to one byte more than the limit, so a file that grew since it was measured shows. */
  private static byte[] readAtMost(Path file, long maxBytes) throws IngestFailedException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) Math.min(maxBytes + 1, IngestLimits.MAX_FILE_BYTES_CEILING));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static IngestFailedException tooLarge(long size, long maxBytes) {
    return new IngestFailedException(
        FailureReason.TOO_LARGE,
        String.format(
            "file is %s, over the limit of %s (maxFileBytes); split it or raise the limit",
            Sizes.megabytes(size), Sizes.megabytes(maxBytes)));
  }

  /** An UNREADABLE failure with the operating system's reason and what to check. */
  static IngestFailedException unreadable(Path file, IOException e) {
    return new IngestFailedException(FailureReason.UNREADABLE, osReason(file, e));
  }

  private static String osReason(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return Files.isSymbolicLink(file)
          ? "is a symbolic link to a file that does not exist (" + linkTarget(file) + "); fix or "
              + "remove the link"
          : "no such file; check the path";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied; check the file's permissions";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory; check the path";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason() + "; check the path and any symbolic links on it";
    }
    String detail = e.getMessage();
    return e.getClass().getSimpleName() + (detail == null ? "" : ": " + detail);
  }

  private static String linkTarget(Path link) {
    try {
      return "target " + Files.readSymbolicLink(link);
    } catch (IOException | UnsupportedOperationException e) {
      return "target unknown";
    }
  }
}
