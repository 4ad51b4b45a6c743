package org.annalist.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.EventLexicon.Entry;
import org.annalist.events.SentenceGraph.Token;

/**
 * The type of an event mention ({@link EventType}), from {@code event-types.tsv}: a lemma's own
 * type, else its synonym group's. Two readings of the sentence refine it, because some verbs
 * take their type from what they govern: a support or aspectual verb takes the type of the event
 * noun it governs ("launched an attack" is a conflict, "the war broke out" too), a verb of no type
 * of its own the type of its object ("tore up the pact" is about an agreement), and a verb of
 * sending or giving takes the type of the message or request it sends ("sent a telegram" is a
 * communication, not a movement). General English; loaded once.
 */
public final class EventTypes {
  private static final EventTypes ENGLISH = load("event-types.tsv", EventLexicon.english());

  /** The types whose verbs carry something: what they carry may be a message. */
  private static final Set<EventType> CARRIERS = Set.of(EventType.MOVEMENT, EventType.TRANSACTION);
  /** The types a carried noun lends its verb. */
  private static final Set<EventType> CARRIED = Set.of(EventType.COMMUNICATION, EventType.REQUEST);

  private final EventLexicon lexicon;
  private final Map<String, EventType> groups;
  private final Map<String, EventType> verbs;
  private final Map<String, EventType> nouns;

  private EventTypes(
      EventLexicon lexicon,
      Map<String, EventType> groups,
      Map<String, EventType> verbs,
      Map<String, EventType> nouns) {
    this.lexicon = lexicon;
    this.groups = Map.copyOf(groups);
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
  }

  /** The English types shipped with Annalist, over the English lexicon. */
  public static EventTypes english() {
    return ENGLISH;
  }

  /**
   * The type of a lemma alone: its own line, else its synonym group's (a phrasal verb falls back
   * to its verb: {@code set_off} to {@code set}), else {@link EventType#OTHER}.
   */
  public EventType of(String lemma, boolean noun) {
    EventType own = (noun ? nouns : verbs).get(lemma);
    if (own != null) {
      return own;
    }
    Optional<Entry> entry = noun ? lexicon.noun(lemma) : lexicon.verb(lemma);
    EventType byGroup = entry.map(e -> groups.get(e.group())).orElse(null);
    if (byGroup != null) {
      return byGroup;
    }
    int particle = lemma.indexOf('_');
    return !noun && particle > 0 ? of(lemma.substring(0, particle), false) : EventType.OTHER;
  }

  /**
   * The type of the event {@code trigger} names in {@code sentence}: its lemma's, refined by what
   * a support, aspectual or carrying verb governs.
   */
  EventType of(SentenceGraph sentence, Token trigger, String lemma, boolean noun) {
    EventType own = of(lemma, noun);
    if (noun) {
      return own;
    }
    Optional<Token> object = object(sentence, trigger);
    boolean aspectual = lexicon.isSupport(lemma) || own == EventType.CHANGE;
    if (aspectual || own == EventType.OTHER) {
      Optional<Token> argument = aspectual
          ? object.or(() -> sentence.child(trigger, Set.of("nsubj", "nsubj:pass")))
          : object;
      Optional<EventType> governed = argument
          .filter(Token::isNoun)
          .map(governedNoun -> of(governedNoun.lemma(), true))
          .filter(type -> type != EventType.OTHER);
      if (governed.isPresent()) {
        return governed.get();
      }
    }
    if (CARRIERS.contains(own)) {
      return object
          .filter(Token::isNoun)
          .map(carried -> of(carried.lemma(), true))
          .filter(CARRIED::contains)
          .orElse(own);
    }
    return own;
  }

  /**
   * What the verb acts on: its object, or for a relative clause whose object is the relative
   * pronoun ("the telegram that he sent"), the noun the clause modifies.
   */
  private static Optional<Token> object(SentenceGraph sentence, Token verb) {
    Optional<Token> object = sentence.child(verb, Set.of("obj"));
    boolean relative = object.map(o -> o.pos().startsWith("W")).orElse(true);
    if (relative && verb.relation().equals("acl:relcl")) {
      return sentence.head(verb);
    }
    return object;
  }

  private static EventTypes load(String resource, EventLexicon lexicon) {
    Map<String, EventType> groups = new HashMap<>();
    Map<String, EventType> verbs = new HashMap<>();
    Map<String, EventType> nouns = new HashMap<>();
    for (String[] fields : WordListFile.rows(resource, "event types")) {
      String line = String.join("\t", fields);
      if (fields.length != 3) {
        throw new IllegalStateException(
            "a line of " + resource + " needs three tab-separated fields: " + line);
      }
      EventType type = EventType.valueOf(fields[0].toUpperCase(Locale.ROOT));
      Map<String, EventType> target = switch (fields[1]) {
        case "group" -> groups;
        case "verb" -> verbs;
        case "noun" -> nouns;
        default ->
          throw new IllegalStateException(
              "unknown column '" + fields[1] + "' in " + resource + ": " + line);
      };
      for (String word : List.of(fields[2].split(" "))) {
        target.putIfAbsent(word, type);
      }
    }
    return new EventTypes(lexicon, groups, verbs, nouns);
  }
}
