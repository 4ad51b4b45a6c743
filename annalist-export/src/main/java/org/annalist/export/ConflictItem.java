package org.annalist.export;

import java.util.List;

/**
 * A disagreement between sources about one event: its kind ({@code time}, {@code quantity},
 * {@code outcome}, {@code participant} or {@code other}), one sentence that explains it, and each
 * side's claim.
 */
record ConflictItem(String id, String event, String kind, String explanation, List<Claim> claims) {

  ConflictItem {
    claims = List.copyOf(claims);
  }

  /** One side: the words that claim it and the value they claim. */
  record Claim(Quote quote, String value) {}
}
