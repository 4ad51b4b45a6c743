package org.annalist.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event lexicon ({@code event-lexicon.tsv}): which verbs carry no event, which nouns name
 * events, which verbs are responses that grant or refuse, and the synonym groups that let two
 * sources telling one event in other words align. General English; loaded once.
 */
public final class EventLexicon {
  private static final EventLexicon ENGLISH = load("event-lexicon.tsv");

  /** What the lexicon says about a lemma in one part of speech. */
  public enum Kind { EVENT, NOUN, ACCEPT, REFUSE, REPORT, STATE, LIGHT, INTEND }

  /** A lemma's entry: its synonym group and kind. */
  public record Entry(String group, Kind kind) {}

  private final Map<String, Entry> verbs;
  private final Map<String, Entry> nouns;

  private EventLexicon(Map<String, Entry> verbs, Map<String, Entry> nouns) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
  }

  /** The English lexicon shipped with Annalist. */
  public static EventLexicon english() {
    return ENGLISH;
  }

  /** The entry of a verb lemma, if listed. */
  public Optional<Entry> verb(String lemma) {
    return Optional.ofNullable(verbs.get(lemma));
  }

  /** The entry of a noun lemma, if it names an event. */
  public Optional<Entry> noun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma));
  }

  /** The synonym group of a trigger lemma, or the lemma itself. */
  public String group(String lemma, boolean noun) {
    Entry entry = noun ? nouns.get(lemma) : verbs.get(lemma);
    return entry == null ? lemma : entry.group();
  }

  /** Whether a verb's complement is wanted, asked for, granted or refused rather than told as done. */
  public boolean governsIntended(String lemma) {
    Entry entry = verbs.get(lemma);
    return entry != null && switch (entry.kind()) {
      case INTEND, ACCEPT, REFUSE -> true;
      case EVENT -> "request".equals(entry.group());
      default -> false;
    };
  }

  private static EventLexicon load(String resource) {
    Map<String, Entry> verbs = new HashMap<>();
    Map<String, Entry> nouns = new HashMap<>();
    try (InputStream in = Objects.requireNonNull(EventLexicon.class.getResourceAsStream(resource), resource);
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        Kind kind = Kind.valueOf(fields[1].toUpperCase(Locale.ROOT));
        Map<String, Entry> target = kind == Kind.NOUN ? nouns : verbs;
        for (String lemma : fields[2].split(" ")) {
          target.putIfAbsent(lemma, new Entry(fields[0], kind));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event lexicon " + resource, e);
    }
    return new EventLexicon(verbs, nouns);
  }
}
