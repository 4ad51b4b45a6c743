package org.annalist.events;

import static org.annalist.events.FactualityCues.BELIEFS;
import static org.annalist.events.FactualityCues.COERCIONS;
import static org.annalist.events.FactualityCues.DENIALS;
import static org.annalist.events.FactualityCues.FEARS;
import static org.annalist.events.FactualityCues.FEAR_NOUNS;
import static org.annalist.events.FactualityCues.FORWARD_BELIEFS;
import static org.annalist.events.FactualityCues.GIVENS;
import static org.annalist.events.FactualityCues.GOALS;
import static org.annalist.events.FactualityCues.HABITS;
import static org.annalist.events.FactualityCues.IMAGININGS;
import static org.annalist.events.FactualityCues.IMPLICATIVES;
import static org.annalist.events.FactualityCues.IMPROBABLE_PREDICATES;
import static org.annalist.events.FactualityCues.INTENT_ADJECTIVES;
import static org.annalist.events.FactualityCues.INTENT_NOUNS;
import static org.annalist.events.FactualityCues.NEGATIVE_IMPLICATIVES;
import static org.annalist.events.FactualityCues.NEGATIVE_IMPLICATIVE_ADJECTIVES;
import static org.annalist.events.FactualityCues.NEGATIVE_NOUNS;
import static org.annalist.events.FactualityCues.POSSIBLE_PREDICATES;
import static org.annalist.events.FactualityCues.POSTPONERS;
import static org.annalist.events.FactualityCues.PREVENTED_OBJECTS;
import static org.annalist.events.FactualityCues.PREVENTIVES;
import static org.annalist.events.FactualityCues.PROBABLE_PREDICATES;
import static org.annalist.events.FactualityCues.PROBABLE_PROSPECTS;
import static org.annalist.events.FactualityCues.PROSPECTS;
import static org.annalist.events.FactualityCues.RANKS;
import static org.annalist.events.FactualityCues.SEEMING;
import static org.annalist.events.FactualityCues.WISHES;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.EventLexicon.Kind;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.Factuality;
import org.annalist.events.EventMention.Tense;
import org.annalist.events.SentenceGraph.Token;

/**
 * Reads from a sentence's dependency tree how it commits to one of its events, and the tense of
 * the verb that tells it.
 *
 * <p>It reads the event's own verb group first ({@link VerbGroup}: negators, modal verbs,
 * adverbs of doubt, the future), then the clause around it ({@link ClauseScope}: a condition, a
 * purpose, a habit, a reporter), then walks up the tree: each governing clause passes on what
 * English passes through that relation. An infinitive is wanted or still to come ("asked him to
 * send", "is expected to resume") unless its governor is an implicative verb, whose negation and
 * modality it then takes ("did not manage to escape"), or denies it ("failed to", "refused to":
 * negative). A that-clause is the reporter's word under a report verb (uncommitted when the
 * report is denied or only possible), a probable belief under "think", only possible under
 * "fear", wanted under "hope", supposed under "imagine". A condition, a purpose or a habit holds
 * for everything below it. Relative clauses and parentheticals stand on their own. Word classes:
 * {@link FactualityCues}.
 */
final class FactualityReader {
  /** How the sentence commits to an event, and the tense of the verb that tells it. */
  record Reading(Factuality factuality, Tense tense) {}

  private static final Set<String> AUXILIARIES = VerbGroup.AUXILIARIES;

  private final EventLexicon lexicon;
  private final ClauseScope clauses;

  /** A reader of the sentences of the document {@code text}. */
  FactualityReader(EventLexicon lexicon, String text) {
    this.lexicon = lexicon;
    this.clauses = new ClauseScope(lexicon, text);
  }

  /** The factuality and tense of the event that {@code trigger}, a verb or an event noun, names. */
  Reading read(SentenceGraph sentence, Token trigger) {
    if (!trigger.isVerb()) {
      return new Reading(fromNoun(sentence, trigger).factuality(), Tense.NONE);
    }
    VerbGroup group = VerbGroup.of(sentence, trigger);
    Stance own = group.stance().plus(clauses.of(sentence, trigger));
    return new Reading(walkUp(sentence, trigger, own).factuality(), group.tense(trigger));
  }

  /** An event noun: its own "no" or "without", then what its verb makes of it. */
  private Stance fromNoun(SentenceGraph sentence, Token noun) {
    Stance stance = Stance.TOLD;
    if (sentence.childrenWith(noun, Set.of("det", "case")).stream()
        .anyMatch(word -> word.lemma().equals("no") || word.lemma().equals("without"))) {
      stance = stance.negate();
    }
    Token current = noun;
    while (current.relation().equals("conj")) {
      Optional<Token> head = sentence.head(current);
      if (head.isEmpty() || !head.get().isNoun()) {
        break;
      }
      current = head.get();
    }
    Optional<Token> head = sentence.head(current);
    if (head.isEmpty()) {
      return stance;
    }
    Token governor = head.get();
    String lemma = governor.lemma();
    if (governor.isNoun()) {
      if (FEAR_NOUNS.contains(lemma)) {
        return stance.atMost(Certainty.POSSIBLE);
      }
      return INTENT_NOUNS.contains(lemma) ? stance.intend() : stance;
    }
    if (!governor.isVerb() || !SentenceGraph.matches(current, Set.of("obj", "nsubj", "obl"))) {
      return stance;
    }
    String preposition =
        sentence.child(current, Set.of("case")).map(Token::lemma).orElse("");
    boolean object = SentenceGraph.matches(current, Set.of("obj"))
        || current.relation().equals("nsubj:pass")
        || SentenceGraph.matches(current, Set.of("obl")) && GOALS.contains(preposition);
    if (object && lexicon.isSupport(lemma)) {
      Stance supported =
          stance.with(VerbGroup.of(sentence, governor)).plus(clauses.of(sentence, governor));
      return walkUp(sentence, governor, supported);
    }
    if (!object) {
      return stance;
    }
    if (PREVENTED_OBJECTS.contains(lemma)) {
      return stance.negate().with(VerbGroup.of(sentence, governor));
    }
    if (POSTPONERS.contains(lemma)
        || WISHES.contains(lemma)
        || asksFor(lemma)
        || asksFor(lemma + "_" + preposition)) {
      return stance.intend();
    }
    boolean direct = SentenceGraph.matches(current, Set.of("obj"));
    if (direct && (FEARS.contains(lemma) || FORWARD_BELIEFS.contains(lemma))) {
      return stance.atMost(Certainty.POSSIBLE);
    }
    if (GOALS.contains(preposition)) {
      Stance goal = walkUp(
          sentence,
          governor,
          VerbGroup.of(sentence, governor).stance().plus(clauses.of(sentence, governor)));
      return stance.plus(goal.withoutSource());
    }
    return stance;
  }

  /** From a verb up through the clauses that govern it, as far as they pass anything on. */
  private Stance walkUp(SentenceGraph sentence, Token start, Stance own) {
    Stance stance = own;
    Token current = start;
    for (int steps = 0; steps < sentence.tokens().size(); steps++) {
      Optional<Token> head = sentence.head(current);
      if (head.isEmpty()) {
        return ClauseScope.isYesNoQuestion(sentence, current) ? stance.suppose() : stance;
      }
      Token governor = head.get();
      String relation = base(current.relation());
      if (relation.equals("conj")
          && VerbGroup.isFinite(current)
          && isInfinitiveComplement(governor)) {
        Optional<Token> above = sentence.head(governor);
        if (above.isEmpty()) {
          return stance;
        }
        governor = above.get();
      }
      Optional<Stance> passed = switch (relation) {
        case "conj" -> Optional.of(stance);
        case "xcomp" -> Optional.of(infinitive(sentence, current, governor, stance));
        case "ccomp", "csubj" -> Optional.of(thatClause(sentence, governor, stance));
        case "advcl" -> Optional.of(adverbialClause(sentence, current, governor, stance));
        case "acl" ->
          current.relation().equals("acl:relcl")
              ? Optional.empty()
              : Optional.of(nounComplement(sentence, current, governor, stance));
        default -> Optional.empty();
      };
      if (passed.isEmpty()) {
        return isUnlabelledParticiple(current, governor)
            ? stance.withModality(VerbGroup.of(sentence, governor))
            : stance;
      }
      if (relation.equals("acl")) {
        return passed.get();
      }
      stance = passed.get().plus(clauses.of(sentence, governor));
      current = governor;
    }
    return stance;
  }

  /** An infinitive or other open complement ("to send", "sending") under its governor. */
  private Stance infinitive(
      SentenceGraph sentence, Token complement, Token governor, Stance stance) {
    VerbGroup group = VerbGroup.of(sentence, governor);
    String lemma = governor.lemma();
    if (NEGATIVE_IMPLICATIVES.contains(lemma)
        || NEGATIVE_IMPLICATIVE_ADJECTIVES.contains(lemma)
        || lexicon.verb(lemma).map(e -> e.kind() == Kind.REFUSE).orElse(false)) {
      return stance.negate().with(group);
    }
    if (HABITS.contains(lemma)
        && sentence.child(governor, Set.of("obj")).isEmpty()
        && (!lemma.equals("use") || governor.pos().equals("VBD"))) {
      return stance.with(group).habitual();
    }
    if (COERCIONS.contains(lemma) && isPassive(sentence, governor)) {
      return stance.with(group);
    }
    if (PROSPECTS.contains(lemma) && (!lemma.equals("go") || governor.pos().equals("VBG"))) {
      Stance prospect = isPerfect(sentence, complement) ? stance : stance.intend();
      if (lemma.equals("unlikely")) {
        prospect = prospect.negate();
      }
      if (group.negated()) {
        return prospect.atMost(Certainty.POSSIBLE);
      }
      return PROBABLE_PROSPECTS.contains(lemma) ? prospect.atMost(Certainty.PROBABLE) : prospect;
    }
    if (SEEMING.contains(lemma) || isPassive(sentence, governor) && reportsOrBelieves(lemma)) {
      return stance.atMost(group.negated() ? Certainty.POSSIBLE : Certainty.PROBABLE);
    }
    if (wants(lemma)
        || INTENT_ADJECTIVES.contains(lemma)
        || reports(lemma)
        || BELIEFS.contains(lemma)
        || ClauseScope.hasInfinitiveMark(sentence, complement) && !IMPLICATIVES.contains(lemma)) {
      return stance.intend();
    }
    return stance.with(group);
  }

  /** A that-clause (or a clausal subject) under the verb or adjective that governs it. */
  private Stance thatClause(SentenceGraph sentence, Token governor, Stance stance) {
    VerbGroup group = VerbGroup.of(sentence, governor);
    String lemma = governor.lemma();
    boolean committed = group.stance().factuality().factual();
    if (DENIALS.contains(lemma)) {
      Stance denied = stance.negate().reportedBy(ClauseScope.reporter(sentence, governor));
      return committed ? denied : denied.atMost(Certainty.POSSIBLE);
    }
    if (reports(lemma)) {
      Stance reported = stance.reportedBy(ClauseScope.reporter(sentence, governor));
      if (isPassive(sentence, governor)) {
        reported = reported.atMost(Certainty.PROBABLE);
      }
      return committed ? reported : reported.atMost(Certainty.POSSIBLE);
    }
    if (BELIEFS.contains(lemma)) {
      Stance believed = stance.reportedBy(ClauseScope.reporter(sentence, governor));
      if (FORWARD_BELIEFS.contains(lemma)) {
        believed = believed.intend();
      }
      return believed.atMost(group.negated() ? Certainty.POSSIBLE : Certainty.PROBABLE);
    }
    if (FEARS.contains(lemma) || POSSIBLE_PREDICATES.contains(lemma)) {
      return stance.atMost(Certainty.POSSIBLE);
    }
    if (IMAGININGS.contains(lemma)) {
      return stance.suppose();
    }
    if (PROBABLE_PREDICATES.contains(lemma)) {
      return stance.atMost(Certainty.PROBABLE);
    }
    if (IMPROBABLE_PREDICATES.contains(lemma)) {
      return stance.negate().atMost(Certainty.PROBABLE);
    }
    if (wants(lemma)) {
      return stance.intend();
    }
    return group.negated() ? stance.atMost(Certainty.POSSIBLE) : stance.atMost(group.certainty());
  }

  /**
   * An adverbial clause: "from" after a verb that prevents it denies it; a participle without a
   * subordinator shares its verb's modality but not its negation ("could hold the pass, thereby
   * saving the city"); the governor's future holds for a clause of time ("will leave when the war
   * ends"), not for a cause or a concession ("since the treaty was signed, they will ..."); its
   * own subordinator is read by {@link ClauseScope}.
   */
  private Stance adverbialClause(
      SentenceGraph sentence, Token clause, Token governor, Stance stance) {
    VerbGroup group = VerbGroup.of(sentence, governor);
    boolean from = sentence.childrenWith(clause, Set.of("case", "mark")).stream()
        .anyMatch(word -> word.lemma().equals("from"));
    if (from && PREVENTIVES.contains(governor.lemma())) {
      return stance.negate().with(group);
    }
    List<Token> marks = sentence.childrenWith(clause, Set.of("mark"));
    if (marks.isEmpty() && !VerbGroup.isFinite(clause)) {
      return stance.withModality(group);
    }
    boolean given = marks.stream().anyMatch(mark -> GIVENS.contains(mark.lemma()));
    return group.future() && !given ? stance.intend() : stance;
  }

  /** A clause that completes a noun: "the plan to attack", "his refusal to send", "fears that". */
  private static Stance nounComplement(
      SentenceGraph sentence, Token clause, Token governor, Stance stance) {
    if (!governor.isNoun()) {
      return stance;
    }
    String lemma = governor.lemma();
    if (ClauseScope.hasInfinitiveMark(sentence, clause)) {
      if (NEGATIVE_NOUNS.contains(lemma)) {
        return stance.negate();
      }
      boolean ranked = sentence.childrenWith(governor, Set.of("amod", "advmod")).stream()
          .anyMatch(modifier -> RANKS.contains(modifier.lemma()));
      return ranked ? stance : stance.intend();
    }
    if (FEAR_NOUNS.contains(lemma)) {
      return stance.atMost(Certainty.POSSIBLE);
    }
    return INTENT_NOUNS.contains(lemma) ? stance.intend() : stance;
  }

  private static boolean isPassive(SentenceGraph sentence, Token verb) {
    return verb.pos().equals("VBN")
        && sentence.children(verb).stream().anyMatch(child -> child.relation().equals("aux:pass"));
  }

  private static boolean isPerfect(SentenceGraph sentence, Token verb) {
    return verb.pos().equals("VBN")
        && sentence.childrenWith(verb, AUXILIARIES).stream()
            .anyMatch(aux -> aux.lemma().equals("have"));
  }

  /**
   * A participle the parser attached to a verb without a label ("could hold the pass, saving the
   * city"): it shares the verb's modality, and nothing above it, which may belong to another clause.
   */
  private static boolean isUnlabelledParticiple(Token verb, Token governor) {
    return verb.relation().equals("dep")
        && (verb.pos().equals("VBG") || verb.pos().equals("VBN"))
        && governor.isVerb();
  }

  private static boolean isInfinitiveComplement(Token verb) {
    return verb.relation().equals("xcomp") && verb.pos().equals("VB");
  }

  /** Whether a verb says that someone said something (the lexicon's report verbs and others). */
  private boolean reports(String lemma) {
    return FactualityCues.reports(lexicon, lemma);
  }

  private boolean reportsOrBelieves(String lemma) {
    return reports(lemma) || BELIEFS.contains(lemma);
  }

  /**
   * Whether a verb's object is asked for or planned: an intend verb or a request ("asked for
   * help", "called for a ceasefire"), not a response, whose object was asked for before.
   */
  private boolean asksFor(String lemma) {
    return lexicon.governsIntended(lemma)
        && lexicon
            .verb(lemma)
            .map(entry -> entry.kind() != Kind.ACCEPT && entry.kind() != Kind.REFUSE)
            .orElse(false);
  }

  /** Whether a verb's complement is wanted, planned, asked for or agreed, not done. */
  private boolean wants(String lemma) {
    return WISHES.contains(lemma) || lexicon.governsIntended(lemma);
  }

  private static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
