package org.annalist.clean;

import static org.annalist.model.Checks.requireState;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The vocabulary of web chrome — "related posts", "share on", "sign in", "back to top",
 * breadcrumb trails, copyright footers, reading-interface tips — as phrases read from the
 * resource {@code chrome-vocabulary.txt}, the one place where that vocabulary lives.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChromeVocabulary {
  static final String RESOURCE = "chrome-vocabulary.txt";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final ChromeVocabulary STANDARD = load();

  private final List<Pattern> phrases;
  /** All phrases as one alternation: a text it does not match has no phrase in it. */
  private final Pattern anyPhrase;

  private ChromeVocabulary(List<String> sources, List<Pattern> phrases) {
    this.phrases = List.copyOf(phrases);
    this.anyPhrase =
        sources.isEmpty() ? Pattern.compile("(?!)") : compile(String.join("|", sources));
  }

  /** The vocabulary shipped with Annalist. */
  public static ChromeVocabulary standard() {
    return STANDARD;
  }

  /** A vocabulary of the given phrases, each a regular expression matched between word boundaries. */
  public static ChromeVocabulary of(List<String> phrases) {
    List<Pattern> compiled = new ArrayList<>();
    for (String phrase : phrases) {
      compiled.add(compile(phrase));
    }
    return new ChromeVocabulary(phrases, compiled);
  }

  /** The number of phrases. */
  public int size() {
    return phrases.size();
  }

  /**
   * Which characters of the text some phrase covers: element {@code i} is true if a match of
   * a phrase includes character {@code i}.
   */
  public boolean[] coverage(String text) {
    boolean[] covered = new boolean[text.length()];
    if (!anyPhrase.matcher(text).find()) {
      return covered;
    }
    for (Pattern phrase : phrases) {
      Matcher matcher = phrase.matcher(text);
      while (matcher.find()) {
        for (int i = matcher.start(); i < matcher.end(); i++) {
          covered[i] = true;
        }
      }
    }
    return covered;
  }

  private static Pattern compile(String phrase) {
    try {
      return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + phrase + ")(?![\\p{L}\\p{N}])", FLAGS);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "chrome vocabulary phrase is not a valid regular expression: '" + phrase + "': "
              + e.getDescription(),
          e);
    }
  }

  private static ChromeVocabulary load() {
    try (InputStream in = ChromeVocabulary.class.getResourceAsStream(RESOURCE)) {
      requireState(
          in != null,
          "resource %s is missing next to %s; the jar is incomplete",
          RESOURCE,
          ChromeVocabulary.class.getName());
      return of(phrasesIn(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  private static List<String> phrasesIn(BufferedReader reader) throws IOException {
    List<String> phrases = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String phrase = line.strip();
      if (!phrase.isEmpty() && !phrase.startsWith("#")) {
        phrases.add(phrase);
      }
    }
    return phrases;
  }
}
