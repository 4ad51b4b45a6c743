package org.annalist.entities;

import java.util.List;

/**
 * A mention's text made comparable: punctuation, possessive and titles removed.
 *
 * @param original the text as written
 * @param name the name to show, e.g. {@code Mao} for {@code Chairman Mao's}; for a mention that is
 *     only a title ({@code the Chairman}) this is the title itself, and {@link #titleOnly} is true
 * @param key the name to match on: lower case, without a leading {@code the}
 * @param titles the titles that were removed, in order, as written
 * @param titleOnly true if the mention was nothing but a title
 */
record NormalizedName(
    String original, String name, String key, List<String> titles, boolean titleOnly) {

  NormalizedName {
    titles = List.copyOf(titles);
  }

  List<String> tokens() {
    return name.isEmpty() ? List.of() : List.of(name.split(" "));
  }
}
