package org.annalist.ingest;

import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Decides how a file of a detected type is read: decoded as plain text by us, parsed by Tika, or
 * refused.
 */
final class FormatPolicy {

  /** How to read a file. */
  enum Route {
    /** Plain text, Markdown, CSV, source code...: decoded exactly, never reformatted. */
    PLAIN_TEXT,
    /**
     * Text-based formats with markup (HTML, XML, RTF, e-mail): checked for binary bytes like plain
     * text, then parsed by Tika.
     */
    MARKUP,
    /** PDF, office documents, e-books: parsed by Tika. */
    DOCUMENT,
    /** The name claims text but the bytes are a binary format. */
    BINARY_CLAIMING_TEXT,
    /** A format that holds no text to read (images, audio, archives, programs) or has no parser. */
    UNSUPPORTED
  }

  private static final Set<String> TOP_LEVEL_WITHOUT_TEXT =
      Set.of("image", "audio", "video", "font", "model", "chemical");

  /** Archives and programs: Tika can list them, but they are not documents to read. */
  private static final Set<String> NOT_DOCUMENTS = Set.of(
      "application/zip",
      "application/gzip",
      "application/x-gzip",
      "application/x-tar",
      "application/x-gtar",
      "application/x-bzip",
      "application/x-bzip2",
      "application/x-xz",
      "application/x-7z-compressed",
      "application/x-rar-compressed",
      "application/vnd.rar",
      "application/zstd",
      "application/x-lzma",
      "application/x-compress",
      "application/java-archive",
      "application/java-vm",
      "application/x-java-jnilib",
      "application/x-elf",
      "application/x-executable",
      "application/x-sharedlib",
      "application/x-coredump",
      "application/x-object",
      "application/x-msdownload",
      "application/x-dosexec",
      "application/x-mach-o",
      "application/x-mach-o-executable",
      "application/x-sqlite3",
      "application/x-shockwave-flash",
      "application/x-iso9660-image",
      "application/x-debian-package",
      "application/x-rpm",
      "application/vnd.android.package-archive");

  /** Text formats whose markup Tika must remove; their specializations too. */
  private static final Set<MediaType> MARKUP = Set.of(
      MediaType.text("html"),
      MediaType.application("xml"),
      MediaType.application("rtf"),
      MediaType.parse("message/rfc822"),
      MediaType.application("mbox"));

  private final MediaTypeRegistry registry;
  private final Set<MediaType> parsable;

  /**
   * @param parsable the types Tika has a parser for (a type is parsable when it or one of its
   *     supertypes is in this set)
   */
  FormatPolicy(MediaTypeRegistry registry, Set<MediaType> parsable) {
    this.registry = registry;
    this.parsable = Set.copyOf(parsable);
  }

  Route route(DetectedType type) {
    MediaType content = type.content();
    if (content.equals(MediaType.OCTET_STREAM) || isPlainText(content)) {
      return Route.PLAIN_TEXT;
    }
    if (!holdsText(content) || !isParsable(content)) {
      MediaType claimed = type.claimedByName();
      return isTextual(claimed) && holdsText(claimed)
          ? Route.BINARY_CLAIMING_TEXT
          : Route.UNSUPPORTED;
    }
    return isMarkup(content) ? Route.MARKUP : Route.DOCUMENT;
  }

  /** The media type to record for a file read as plain text. */
  MediaType plainTextType(MediaType content) {
    return content.equals(MediaType.OCTET_STREAM) ? MediaType.TEXT_PLAIN : content;
  }

  boolean isTextual(MediaType type) {
    return is(type, MediaType.TEXT_PLAIN);
  }

  private boolean isPlainText(MediaType type) {
    return isTextual(type) && !isMarkup(type);
  }

  private boolean isMarkup(MediaType type) {
    for (MediaType markup : MARKUP) {
      if (is(type, markup)) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsText(MediaType type) {
    return !TOP_LEVEL_WITHOUT_TEXT.contains(type.getType())
        && !NOT_DOCUMENTS.contains(type.toString());
  }

  private boolean isParsable(MediaType type) {
    for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
      if (parsable.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean is(MediaType type, MediaType ancestor) {
    return type.equals(ancestor) || registry.isSpecializationOf(type, ancestor);
  }
}
