package org.annalist.ingest;

import java.util.List;
import org.annalist.model.DocumentMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Works out a document's title, site and publication date from what its format says and what the
 * top of its text states, by general rules (see {@link TitleFinder}, {@link SiteFinder} and {@link
 * PublishedDateFinder}); never from knowledge of particular sites or files. What is not stated is
 * left null. Stateless and thread-safe.
 *
 * <p>"The top of the text" is its first 15 non-blank lines within 2,000 characters.
 */
public final class MetadataSniffer {
  private MetadataSniffer() {}

  /**
   * The metadata of a document.
   *
   * @param text the document's text
   * @param format what the file format says; {@link FormatMetadata#NONE} for plain text
   * @param charset the character set the text was decoded from, if known
   */
  public static DocumentMetadata sniff(
      String text, FormatMetadata format, @Nullable String charset) {
    List<String> top = TextTop.lines(text);
    return new DocumentMetadata(
        TitleFinder.find(top, format),
        SiteFinder.find(top, format),
        PublishedDateFinder.find(top, format),
        charset);
  }
}
