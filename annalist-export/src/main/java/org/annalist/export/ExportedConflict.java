package org.annalist.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A disagreement between sources about one event in {@code annalist-export/1} ({@code
 * conflicts[]}).
 *
 * @param id {@code cf-} and 12 hex digits
 * @param event the id of the event the sources disagree about
 * @param kind {@code time}, {@code quantity}, {@code outcome}, {@code participant} or {@code other}
 * @param explanation one sentence naming the sources and what each claims
 * @param claims each side's words and value
 */
@JsonPropertyOrder({"id", "event", "kind", "explanation", "claims"})
public record ExportedConflict(
    String id, String event, String kind, String explanation, List<Claim> claims) {

  public ExportedConflict {
    claims = List.copyOf(claims);
  }

  /** One side: the words that claim it and the value they claim. */
  @JsonPropertyOrder({"document", "start", "end", "quote", "value"})
  public record Claim(String document, int start, int end, String quote, String value) {
    /** Where the words stand. */
    Quote located() {
      return new Quote(document, start, end, quote);
    }
  }
}
