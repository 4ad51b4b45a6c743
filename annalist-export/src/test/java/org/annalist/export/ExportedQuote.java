package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.annalist.store.AnnalistStore;

/**
 * A quote as an export gives it back once parsed: the document, the UTF-16 span and the words.
 * Shared by the tests of every format, here and in the command line's tests.
 */
public record ExportedQuote(String document, int start, int end, String quote) {

  /** Every quote must be its document's text at its offsets, exactly. */
  public static void assertEachIsTheTextAtItsOffsets(
      Map<String, String> texts, Collection<ExportedQuote> quotes) {
    assertThat(quotes).isNotEmpty().allSatisfy(quote -> {
      assertThat(texts).as("the document of %s", quote).containsKey(quote.document());
      assertThat(quote.quote())
          .as("the quote at [%d, %d) of %s", quote.start(), quote.end(), quote.document())
          .isEqualTo(texts.get(quote.document()).substring(quote.start(), quote.end()));
    });
  }

  /** Each stored document's text by its id. */
  public static Map<String, String> texts(AnnalistStore store) {
    Map<String, String> texts = new HashMap<>();
    store.forEachDocument(document ->
        texts.put(document.document().id().value(), document.document().text()));
    return texts;
  }
}
