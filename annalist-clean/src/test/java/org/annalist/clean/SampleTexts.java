package org.annalist.clean;

import java.nio.charset.StandardCharsets;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;

/** Texts written for these tests, shaped like scraped web pages, and documents made from them. */
final class SampleTexts {
  private SampleTexts() {}

  static final String CAPTION =
      "Workers on the northern arch of the harbour bridge, photographed in 1929";

  /** A scraped article: breadcrumb, byline, a caption repeated under three images, footer. */
  static final String WEB_PAGE = String.join(
      "\n",
      "How the Harbour Bridge Was Built",
      "",
      "Home > History > Engineering",
      "",
      "Daily Chronicle Updated on 2021-03-03",
      "",
      "The bridge over the river was begun in 1923 and finished nine years later.",
      "",
      CAPTION,
      "",
      "Riveting Crews",
      "",
      "The crews worked from both banks at once, and the two halves met in the summer of 1930.",
      "",
      CAPTION,
      "The Cranes",
      "",
      "A storm in the spring of 1931 delayed the deck, and ** ordered the work to stop.",
      "",
      CAPTION,
      "",
      "Opening Day",
      "",
      "Share this article",
      "Related Posts",
      "Copyright © 2021 Daily Chronicle. All rights reserved.",
      "");

  /** A censored memoir with CRLF line ends. */
  static final String CENSORED_CRLF = "Notes of a Telegraph Clerk\r\n\r\n"
      + "In the winter of 1942 the cable from *** arrived at night.\r\n"
      + "The clerk read it twice and gave it to ** before dawn.\r\n"
      + "\r\n"
      + "* the first copy was burned\r\n"
      + "* the second was filed\r\n";

  /** A reading-app page with emoji and mathematical letters outside the BMP. */
  static final String SURROGATES = "𝒯he 𝒮ilk 𝒞ouncil 😀\r"
      + "Reader Weekly 😀 2022/10/1809:30:00 culture 512\r"
      + "\r"
      + "The envoy 𝒜 wrote to *** that the 🏯 castle would be returned in 1950.\r"
      + "Tap the screen to open the reading menu\r"
      + "You may also like\r";

  static Document plain(String text) {
    return document("sample.txt", "text/plain", text);
  }

  static Document markdown(String text) {
    return document("sample.md", "text/markdown", text);
  }

  static Document document(String path, String mediaType, String text) {
    return new Document(
        DocumentId.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
        path,
        mediaType,
        text,
        DocumentMetadata.EMPTY);
  }
}
