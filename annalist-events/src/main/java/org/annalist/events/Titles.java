package org.annalist.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.annalist.events.EventMention.Participant;
import org.annalist.events.EventMention.Role;
import org.annalist.events.SentenceGraph.Token;
import org.annalist.model.Span;
import org.annalist.model.english.CalendarNames;
import org.jspecify.annotations.Nullable;

/**
 * A readable title for an event mention, in the source's own words, order and tense: the
 * trigger's clause reduced to its subject, auxiliaries and negation, the verb, its object and
 * the obliques that say to whom, where, against what or for what, and a short complement ("asked
 * Brenn to send troops", "sent a letter asking for grain"); subordinate and relative clauses,
 * parentheticals, appositions, dates (shown beside the title anyway) and long modifiers are left
 * out. A pronoun is replaced by the name the mention's participants say it stands for. An event
 * noun is titled by its noun phrase ("Vaslov's visit to Korsk"), or by the clause of the verb
 * that lends it a subject ("Zarnia launched an attack on Korsk").
 *
 * <p>A title has at most {@link #MOST_WORDS} words where the clause allows: optional phrases are
 * added whole, in order of use, while they fit, and never cut.
 */
final class Titles {
  /** The longest title, in words, that optional phrases may fill. */
  static final int MOST_WORDS = 14;

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl");
  private static final Set<String> VERB_GROUP = Set.of("aux", "aux:pass", "compound:prt");
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final Set<String> NOUN_PARTS =
      Set.of("det", "det:poss", "case", "compound", "flat", "fixed", "nummod");
  /** The prepositions whose phrases a title keeps, most useful first. */
  private static final List<String> PREPOSITIONS =
      List.of("to", "against", "on", "into", "in", "at", "for", "with", "from", "of", "by");

  private static final Set<String> TIME_WORDS = Set.of(
      "year",
      "month",
      "week",
      "day",
      "night",
      "morning",
      "evening",
      "afternoon",
      "time",
      "spring",
      "summer",
      "autumn",
      "fall",
      "winter",
      "century",
      "decade",
      "moment",
      "period",
      "beginning",
      "end",
      "middle",
      "today",
      "yesterday",
      "tomorrow",
      "date",
      "hour");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");

  private final String text;
  private final EventLexicon lexicon;

  Titles(String text, EventLexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
  }

  /**
   * The title of the event {@code trigger} names: {@code participants} name who its pronouns
   * stand for, {@code redactedAgent} the censor's mark where its doer would be named, or null.
   */
  String of(
      SentenceGraph sentence,
      Token trigger,
      boolean noun,
      List<Participant> participants,
      @Nullable Span redactedAgent) {
    String title = title(sentence, trigger, noun, participants, redactedAgent);
    return title.isBlank() ? trigger.text() : title;
  }

  private String title(
      SentenceGraph sentence,
      Token trigger,
      boolean noun,
      List<Participant> participants,
      @Nullable Span redactedAgent) {
    Words words = new Words(sentence, participants);
    if (noun) {
      Optional<Token> verb = sentence
          .head(trigger)
          .filter(h -> trigger.relation().equals("obj") && lexicon.isSupport(h.lemma()));
      if (verb.isEmpty()) {
        words.nounPhrase(trigger, true);
        sentence.childrenWith(trigger, Set.of("case")).forEach(words::drop);
        return words.fitted(List.of(), sentence);
      }
      return clause(sentence, verb.get(), words, participants, redactedAgent);
    }
    return clause(sentence, trigger, words, participants, redactedAgent);
  }

  private String clause(
      SentenceGraph sentence,
      Token verb,
      Words words,
      List<Participant> participants,
      @Nullable Span redactedAgent) {
    Words core = core(words, verb);
    if (!core.hasSubject(verb)) {
      doer(sentence, verb, core, participants, redactedAgent);
    }
    List<Words> optional = new ArrayList<>();
    for (String preposition : PREPOSITIONS) {
      for (Token oblique : sentence.childrenWith(verb, Set.of("obl"))) {
        if (preposition.equals(caseOf(sentence, oblique)) && !temporal(sentence, oblique)) {
          optional.add(core.phrase(w -> w.nounPhrase(oblique, false)));
        }
      }
      if (preposition.equals("to")) {
        complements(sentence, verb, core, optional);
      }
    }
    return core.fitted(optional, sentence);
  }

  /**
   * Who does what a verb without a subject tells: the censor's mark in the doer's slot; for a
   * verb coordinated with another or hung on it as a participle ("left Korsk and sailed",
   * "wrote, asking for grain"), that verb's subject in the source's words; for a complement
   * ("asked Brenn to send troops") the doer the participants name. A passive verb's doer is its
   * "by" phrase, not its subject: it gets none from the participants.
   */
  private void doer(
      SentenceGraph sentence,
      Token verb,
      Words core,
      List<Participant> participants,
      @Nullable Span redactedAgent) {
    if (redactedAgent != null) {
      core.put(-1, redactedAgent.quote(text));
      return;
    }
    Optional<Token> shared = Optional.of(verb);
    while (shared.isPresent()
        && (SentenceGraph.matches(shared.get(), Set.of("conj"))
            || isParticiple(sentence, shared.get()))
        && sentence.child(shared.get(), Set.of("nsubj", "nsubj:pass")).isEmpty()) {
      shared = sentence.head(shared.get());
    }
    Optional<Token> subject =
        shared.flatMap(governor -> sentence.child(governor, Set.of("nsubj", "nsubj:pass")));
    if (shared.isPresent() && shared.get() != verb && subject.isPresent()) {
      core.nounPhrase(subject.get(), false);
      return;
    }
    boolean passive = sentence.child(verb, Set.of("aux:pass", "obl:agent")).isPresent();
    @Nullable String agent = passive ? null : agentName(participants);
    if (agent != null) {
      core.put(-1, agent);
    }
  }

  /** The clause's core with full noun phrases, or with short ones when that is too long. */
  private static Words core(Words words, Token verb) {
    Words core = words.copy();
    core.clauseCore(verb, true);
    if (core.count() <= MOST_WORDS) {
      return core;
    }
    Words shorter = words.copy();
    shorter.clauseCore(verb, false);
    return shorter;
  }

  /**
   * A short complement: "to send troops", "asking for grain" (a participle clause without a
   * subordinator); a bare verb ("saying") says nothing of its own and is left out.
   */
  private static void complements(
      SentenceGraph sentence, Token verb, Words core, List<Words> optional) {
    List<Token> candidates =
        new ArrayList<>(sentence.childrenWith(verb, Set.of("xcomp", "advcl", "dep")));
    for (Token argument : sentence.childrenWith(verb, Set.of("obj", "obl"))) {
      candidates.addAll(sentence.childrenWith(argument, Set.of("acl")));
    }
    for (Token complement : candidates) {
      if (complement.relation().equals("xcomp") && complement.isVerb()
          || isParticiple(sentence, complement)) {
        Words phrase = core.phrase(w -> w.compactClause(complement, 2));
        if (phrase.count() > 1) {
          optional.add(phrase.after(complement.head()).adjacent());
        }
      }
    }
  }

  /**
   * A participle clause hung on a verb without a subject or subordinator of its own ("sent a
   * letter, asking for grain"): its doer is the verb's subject. The parser may call it an
   * adverbial clause, a modifier or an unknown dependent.
   */
  private static boolean isParticiple(SentenceGraph sentence, Token verb) {
    return verb.pos().equals("VBG")
        && SentenceGraph.matches(verb, Set.of("advcl", "dep", "acl"))
        && !verb.relation().equals("acl:relcl")
        && sentence.childrenWith(verb, Set.of("mark", "nsubj")).isEmpty();
  }

  private @Nullable String agentName(List<Participant> participants) {
    return participants.stream()
        .filter(p -> p.role() == Role.AGENT)
        .findFirst()
        .map(p -> p.mention().quote(text))
        .orElse(null);
  }

  private static String caseOf(SentenceGraph sentence, Token phrase) {
    return sentence
        .child(phrase, Set.of("case"))
        .map(c -> c.lemma().toLowerCase(Locale.ROOT))
        .orElse("");
  }

  /** Whether a phrase says when ("in July 1941", "that night"): the date is shown beside the title. */
  private static boolean temporal(SentenceGraph sentence, Token phrase) {
    if (SentenceGraph.matches(phrase, Set.of("obl:tmod", "obl:npmod"))) {
      return true;
    }
    for (Token token : sentence.subtree(phrase)) {
      boolean year = token.pos().equals("CD") && token.text().matches("\\d{3,4}s?");
      if (year
          || CalendarNames.monthOfName(token.text()).isPresent()
          || token == phrase && TIME_WORDS.contains(token.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The words a title keeps, by token index (-1 before the sentence), with replacements. */
  private final class Words {
    private final SentenceGraph sentence;
    private final List<Participant> participants;
    private final TreeMap<Integer, String> kept;
    /** A word that must be in the title before these words may join it, or -1. */
    private int anchor = -1;

    private boolean adjacent;

    Words(SentenceGraph sentence, List<Participant> participants) {
      this(sentence, participants, new TreeMap<>());
    }

    /** These words, to be added only where the word at {@code index} is in the title. */
    Words after(int index) {
      anchor = index;
      return this;
    }

    /** These words, to be added only right after the title's last word (a comma between at most). */
    Words adjacent() {
      adjacent = true;
      return this;
    }

    private Words(
        SentenceGraph sentence, List<Participant> participants, TreeMap<Integer, String> kept) {
      this.sentence = sentence;
      this.participants = participants;
      this.kept = kept;
    }

    Words copy() {
      return new Words(sentence, participants, new TreeMap<>(kept));
    }

    /** The words one more phrase adds to these, apart. */
    Words phrase(Consumer<Words> adding) {
      Words phrase = new Words(sentence, participants);
      adding.accept(phrase);
      return phrase;
    }

    void put(int index, String word) {
      kept.put(index, word);
    }

    int count() {
      return (int) kept.values().stream()
          .filter(w -> !w.isBlank() && !w.startsWith("'") && !w.equals("n't"))
          .mapToLong(w -> w.split(" ").length)
          .sum();
    }

    boolean hasSubject(Token verb) {
      return sentence.children(verb).stream()
          .anyMatch(c -> SentenceGraph.matches(c, SUBJECTS) && kept.containsKey(c.index()));
    }

    /** Subject, verb group, negation, the verb, its objects; {@code full} noun phrases or short ones. */
    void clauseCore(Token verb, boolean full) {
      keep(verb);
      for (Token child : sentence.children(verb)) {
        if (SentenceGraph.matches(child, SUBJECTS) || SentenceGraph.matches(child, OBJECTS)) {
          nounPhrase(child, full);
        } else if (SentenceGraph.matches(child, VERB_GROUP)
            || isNegation(child)
            || child.relation().equals("mark") && child.lemma().equals("to")
            || child.relation().equals("advmod")
                && Amounts.ordinal(child.text()).isPresent()) {
          keep(child);
        }
      }
      if (SentenceGraph.matches(verb, Set.of("acl"))) {
        sentence.head(verb).filter(Token::isNoun).ifPresent(head -> modified(head, verb));
      }
    }

    /**
     * The noun a participle or relative clause modifies: its doer ("the troops attacking Korsk") or
     * what it acts on ("the treaty signed in May"), without the preposition it may stand after. A
     * participle hung on a noun after a preposition ("wrote to Brenn asking for help") is the
     * parser's misreading of a complement of the verb: its doer is that verb's subject.
     */
    private void modified(Token head, Token clause) {
      boolean misread = clause.pos().equals("VBG")
          && sentence.child(head, Set.of("case")).isPresent()
          && !clause.relation().equals("acl:relcl");
      Optional<Token> verb = sentence.head(head).filter(Token::isVerb);
      if (misread && verb.isPresent()) {
        sentence.childrenWith(verb.get(), Set.of("nsubj")).forEach(s -> nounPhrase(s, false));
        return;
      }
      if (!misread) {
        nounPhrase(head, false);
        sentence.childrenWith(head, Set.of("case")).forEach(c -> kept.remove(c.index()));
      }
    }

    /** A complement without its subject: "to send troops to the front", "asking for grain". */
    void compactClause(Token verb, int depth) {
      keep(verb);
      for (Token child : sentence.children(verb)) {
        if (SentenceGraph.matches(child, OBJECTS)) {
          nounPhrase(child, false);
        } else if (SentenceGraph.matches(child, VERB_GROUP)
            || isNegation(child)
            || child.relation().equals("mark") && child.lemma().equals("to")) {
          keep(child);
        } else if (child.relation().equals("obl")
            && Set.of("to", "for", "against").contains(caseOf(sentence, child))
            && !temporal(sentence, child)) {
          nounPhrase(child, false);
        } else if (child.relation().equals("xcomp") && child.isVerb() && depth > 1) {
          compactClause(child, depth - 1);
        }
      }
    }

    /**
     * A noun phrase: the head with its determiners, possessor, compounds, numbers and case
     * marker; {@code full} adds short adjectives, prepositional modifiers and coordinated nouns.
     */
    void nounPhrase(Token head, boolean full) {
      if (keepPronoun(head)) {
        return;
      }
      keep(head);
      for (Token child : sentence.children(head)) {
        if (SentenceGraph.matches(child, NOUN_PARTS)) {
          keepSubtreeOf(child);
        } else if (child.relation().equals("nmod:poss")) {
          nounPhrase(child, false);
        } else if (child.relation().equals("amod")
            && (full || !child.isVerb())
            && words(sentence.subtree(child)) <= 2) {
          keepSubtreeOf(child);
        } else if ((full
                || child.pos().startsWith("NNP") && caseOf(sentence, child).equals("of"))
            && child.relation().startsWith("nmod")
            && PREPOSITIONS.contains(caseOf(sentence, child))
            && !temporal(sentence, child)) {
          nounPhrase(child, false);
        } else if (full && child.relation().equals("conj") && child.isNoun()) {
          sentence.childrenWith(child, Set.of("cc")).forEach(this::keep);
          nounPhrase(child, false);
        }
      }
    }

    private static long words(List<Token> tokens) {
      return tokens.stream().filter(t -> !t.relation().equals("punct")).count();
    }

    private void keepSubtreeOf(Token modifier) {
      for (Token token : sentence.subtree(modifier)) {
        if (!token.relation().equals("punct") || token.text().equals("-")) {
          keep(token);
        }
      }
    }

    /** A pronoun the participants resolve is replaced by the name it stands for. */
    private boolean keepPronoun(Token token) {
      if (!token.isPronoun()) {
        return false;
      }
      for (Participant participant : participants) {
        if (participant.evidence().equals(token.span())
            && !participant.mention().equals(token.span())) {
          String name = participant.mention().quote(text);
          if (kept.values().stream().anyMatch(word -> word.contains(name))) {
            return false;
          }
          boolean possessive = POSSESSIVE_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT))
              && token.pos().equals("PRP$");
          kept.put(token.index(), possessive ? name + "'s" : name);
          return true;
        }
      }
      return false;
    }

    void drop(Token token) {
      kept.remove(token.index());
    }

    private void keep(Token token) {
      kept.putIfAbsent(token.index(), token.text());
    }

    private boolean isNegation(Token child) {
      return NEGATORS.contains(child.lemma().toLowerCase(Locale.ROOT))
          && SentenceGraph.matches(child, Set.of("advmod", "neg", "det"));
    }

    /** These words with each optional phrase that still fits, in the source's order, as text. */
    String fitted(List<Words> optional, SentenceGraph sentence) {
      TreeMap<Integer, String> all = new TreeMap<>(kept);
      int words = count();
      for (Words phrase : optional) {
        if (phrase.anchor >= 0 && !all.containsKey(phrase.anchor)
            || phrase.adjacent
                && !phrase.kept.isEmpty()
                && phrase.kept.firstKey() > all.lastKey() + 2) {
          continue;
        }
        TreeMap<Integer, String> added = new TreeMap<>(phrase.kept);
        added.keySet().removeAll(all.keySet());
        int more = new Words(sentence, participants, added).count();
        if (words + more <= MOST_WORDS) {
          all.putAll(added);
          words += more;
        }
      }
      return joined(all, sentence);
    }
  }

  /** The words in order, spaced as the source spaces them where they are neighbours there. */
  private static String joined(Map<Integer, String> words, SentenceGraph sentence) {
    StringBuilder title = new StringBuilder();
    int previous = Integer.MIN_VALUE;
    for (Map.Entry<Integer, String> word : words.entrySet()) {
      int index = word.getKey();
      boolean touching = previous >= 0
          && index == previous + 1
          && sentence.token(previous).span().end()
              == sentence.token(index).span().start();
      boolean clitic = word.getValue().startsWith("'") || word.getValue().equals("n't");
      if (!title.isEmpty() && !touching && !(clitic && index == previous + 1)) {
        title.append(' ');
      }
      title.append(word.getValue());
      previous = index;
    }
    if (title.isEmpty()) {
      return "";
    }
    return Character.toUpperCase(title.charAt(0)) + title.substring(1);
  }
}
