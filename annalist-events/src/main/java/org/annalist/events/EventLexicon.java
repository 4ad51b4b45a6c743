package org.annalist.events;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event lexicon ({@code event-lexicon.tsv}): which verbs carry no event, which nouns name
 * events, which verbs are responses that grant or refuse, and the synonym groups that let two
 * sources telling one event in other words align. General English; loaded once.
 */
public final class EventLexicon {
  /** The kinds of line that declare a property of synonym groups, not of lemmas. */
  private static final Set<Kind> GROUP_DECLARATIONS =
      Set.of(Kind.RELATED, Kind.ASKS, Kind.PLACE_OF);

  private static final EventLexicon ENGLISH = load("event-lexicon.tsv");

  /** What the lexicon says about a lemma in one part of speech. */
  public enum Kind {
    EVENT,
    NOUN,
    ACCEPT,
    REFUSE,
    REPORT,
    STATE,
    LIGHT,
    INTEND,
    SUPPORT,
    RELATED,
    ASKS,
    PLACE_OF
  }

  /** A lemma's entry: its synonym group and kind. */
  public record Entry(String group, Kind kind) {}

  private final Map<String, Entry> verbs;
  private final Map<String, Entry> nouns;
  private final Set<String> support;
  private final Map<Kind, Set<String>> groupsDeclared;

  private EventLexicon(
      Map<String, Entry> verbs,
      Map<String, Entry> nouns,
      Set<String> support,
      Map<Kind, Set<String>> groupsDeclared) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
    this.support = Set.copyOf(support);
    this.groupsDeclared = Map.copyOf(groupsDeclared);
  }

  /** The groups a declaration line of this kind names ({@code related}, {@code asks}, ...). */
  private boolean declared(Kind kind, String group) {
    return groupsDeclared.getOrDefault(kind, Set.of()).contains(group);
  }

  /** Whether a verb lends its subject and time to the event noun it governs ("launched an attack"). */
  public boolean isSupport(String lemma) {
    return support.contains(lemma);
  }

  /**
   * Whether a synonym group is one of those that tell one numbered act from two sides
   * (sending a message that asks, and the request it makes); their numbered members align.
   */
  public boolean isRelatedGroup(String group) {
    return declared(Kind.RELATED, group);
  }

  /**
   * Whether a synonym group's words ask for something: what they ask for is only intended ("asked
   * him to send troops"), and a response to one of its nouns answers a request ("rejected the
   * appeal").
   */
  public boolean asks(String group) {
    return declared(Kind.ASKS, group);
  }

  /**
   * Whether a synonym group's event nouns say after "of" where they happened ("the battle of
   * Korsk", "the siege of the city"), not whom they befell.
   */
  public boolean placeAfterOf(String group) {
    return declared(Kind.PLACE_OF, group);
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
    return entry != null
        && switch (entry.kind()) {
          case INTEND, ACCEPT, REFUSE -> true;
          case EVENT -> asks(entry.group());
          default -> false;
        };
  }

  private static EventLexicon load(String resource) {
    Map<String, Entry> verbs = new HashMap<>();
    Map<String, Entry> nouns = new HashMap<>();
    Set<String> support = new HashSet<>();
    Map<Kind, Set<String>> declared = new EnumMap<>(Kind.class);
    for (String[] fields : WordListFile.rows(resource, "event lexicon")) {
      Kind kind = Kind.valueOf(fields[1].toUpperCase(Locale.ROOT).replace('-', '_'));
      if (kind == Kind.SUPPORT) {
        support.addAll(List.of(fields[2].split(" ")));
        continue;
      }
      if (GROUP_DECLARATIONS.contains(kind)) {
        declared.computeIfAbsent(kind, k -> new HashSet<>()).addAll(List.of(fields[2].split(" ")));
        continue;
      }
      Map<String, Entry> target = kind == Kind.NOUN ? nouns : verbs;
      for (String lemma : fields[2].split(" ")) {
        target.putIfAbsent(lemma, new Entry(fields[0], kind));
      }
    }
    return new EventLexicon(verbs, nouns, support, declared);
  }
}
