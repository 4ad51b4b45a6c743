package org.annalist.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The word lists of this package ({@code event-lexicon.tsv}, {@code event-types.tsv}): UTF-8
 * resources of tab-separated lines, with blank lines and lines starting with {@code #} left out.
 */
final class WordListFile {
  private WordListFile() {}

  /**
   * The fields of each line of the resource next to this class.
   *
   * @param what what the file holds, for the message when it cannot be read
   */
  static List<String[]> rows(String resource, String what) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(WordListFile.class.getResourceAsStream(resource), resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
    }
    return rows;
  }
}
