package org.annalist.events;

import static org.annalist.events.FactualityCues.NEGATIVE_SUBJECTS;
import static org.annalist.events.FactualityCues.NEGATORS;
import static org.annalist.events.FactualityCues.POSSIBILITY_ADVERBS;
import static org.annalist.events.FactualityCues.POSSIBILITY_MODALS;
import static org.annalist.events.FactualityCues.PROBABILITY_ADVERBS;
import static org.annalist.events.FactualityCues.PROSPECTIVE_MODALS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.Tense;
import org.annalist.events.SentenceGraph.Token;
import org.jspecify.annotations.Nullable;

/**
 * A verb's auxiliaries, its modal verb ("'d" is "would" before a bare verb, "had" before a
 * participle), whether it is perfect, whether a negator or "without" denies it, and how sure
 * its adverbs are.
 */
record VerbGroup(
    List<Token> auxiliaries,
    @Nullable String modal,
    boolean perfect,
    boolean negated,
    Certainty adverbCertainty) {
  /** Auxiliary relations ({@code aux}, {@code aux:pass}). */
  static final Set<String> AUXILIARIES = Set.of("aux");

  private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj", "expl");

  private static VerbGroup from(
      Token verb, List<Token> auxiliaries, boolean negated, Certainty adverbs) {
    String modal = null;
    boolean perfect = false;
    for (Token aux : auxiliaries) {
      if (aux.text().equalsIgnoreCase("'d")) {
        perfect |= verb.pos().equals("VBN");
        modal = verb.pos().equals("VBN") ? modal : "would";
      } else if (aux.pos().equals("MD")) {
        modal = modal == null ? aux.lemma() : modal;
      } else {
        perfect |= aux.lemma().equals("have");
      }
    }
    return new VerbGroup(auxiliaries, modal, perfect, negated, adverbs);
  }

  boolean future() {
    return modal != null && FactualityCues.FUTURE_MODALS.contains(modal);
  }

  /** "would send", "should send", "must send": still to come or owed, not done. */
  boolean prospective() {
    return modal != null && PROSPECTIVE_MODALS.contains(modal) && !perfect();
  }

  /** "would have sent", "should have sent": what did not happen. */
  boolean counterfactual() {
    return modal != null
        && !modal.equals("must")
        && PROSPECTIVE_MODALS.contains(modal)
        && perfect();
  }

  /** How sure the modal verb and the adverbs are; "could not" denies rather than doubts. */
  Certainty certainty() {
    Certainty certainty = adverbCertainty;
    if (modal != null && POSSIBILITY_MODALS.contains(modal)) {
      boolean inability = negated && (modal.equals("can") || modal.equals("could"));
      certainty = inability ? certainty : Stance.lower(certainty, Certainty.POSSIBLE);
    }
    if ("must".equals(modal) && perfect()) {
      certainty = Stance.lower(certainty, Certainty.PROBABLE);
    }
    return certainty;
  }

  Stance stance() {
    return new Stance(
        negated,
        certainty(),
        modal == null || FactualityCues.FUTURE_MODALS.contains(modal) ? null : modal,
        counterfactual(),
        future() || prospective(),
        false,
        null);
  }

  /**
   * TimeML's tense: the future with "will" or "shall", none with another modal, else the tense
   * of the first finite auxiliary or of the verb itself; infinitives and participles have none.
   */
  Tense tense(Token verb) {
    if (future()) {
      return Tense.FUTURE;
    }
    if (modal != null) {
      return Tense.NONE;
    }
    for (Token aux : auxiliaries) {
      if (isFinite(aux)) {
        return aux.pos().equals("VBD") ? Tense.PAST : Tense.PRESENT;
      }
      if (aux.pos().equals("VB") || aux.pos().equals("VBG") || aux.pos().equals("TO")) {
        return Tense.NONE;
      }
    }
    if (!auxiliaries.isEmpty() || !isFinite(verb)) {
      return Tense.NONE;
    }
    return verb.pos().equals("VBD") ? Tense.PAST : Tense.PRESENT;
  }

  /**
   * What a verb's own words say: its auxiliaries, negators and adverbs, or those of the verb it
   * is coordinated with when it has no subject or auxiliary of its own ("did not come and see").
   */
  static VerbGroup of(SentenceGraph sentence, Token verb) {
    List<Token> auxiliaries = sentence.childrenWith(verb, AUXILIARIES).stream()
        .filter(aux -> !isMonth(sentence, aux))
        .toList();
    boolean negated = false;
    Certainty certainty = Certainty.CERTAIN;
    for (Token child : sentence.children(verb)) {
      String lemma = child.lemma();
      negated |= SentenceGraph.matches(child, Set.of("advmod", "neg")) && NEGATORS.contains(lemma)
          || child.relation().equals("advmod") && isNoLonger(sentence, child)
          || child.relation().equals("cc:preconj") && lemma.equals("neither")
          || child.relation().equals("cc") && lemma.equals("nor")
          || child.relation().equals("mark") && lemma.equals("without")
          || SentenceGraph.matches(child, Set.of("nsubj")) && isNegativeSubject(sentence, child);
      if (child.relation().equals("advmod")) {
        certainty = POSSIBILITY_ADVERBS.contains(lemma)
            ? Stance.lower(certainty, Certainty.POSSIBLE)
            : PROBABILITY_ADVERBS.contains(lemma)
                ? Stance.lower(certainty, Certainty.PROBABLE)
                : certainty;
      }
    }
    Optional<Token> head = sentence.head(verb);
    if (auxiliaries.isEmpty()
        && verb.relation().equals("conj")
        && head.isPresent()
        && head.get().pos().equals(verb.pos())
        && sentence.childrenWith(verb, SUBJECTS).isEmpty()) {
      VerbGroup shared = of(sentence, head.get());
      return from(
          head.get(),
          shared.auxiliaries(),
          negated || shared.negated(),
          Stance.lower(certainty, shared.adverbCertainty()));
    }
    return from(verb, auxiliaries, negated, certainty);
  }

  /** "May 24" taken for a modal verb: a capitalized "May" before a number is the month. */
  private static boolean isMonth(SentenceGraph sentence, Token aux) {
    int next = aux.index() + 1;
    return aux.text().equals("May")
        && next < sentence.tokens().size()
        && sentence.token(next).pos().equals("CD");
  }

  /** "no longer", "no more": "no" modifying the adverb. */
  private static boolean isNoLonger(SentenceGraph sentence, Token adverb) {
    return (adverb.lemma().equals("long") || adverb.lemma().equals("more"))
        && sentence.children(adverb).stream().anyMatch(word -> word.lemma().equals("no"));
  }

  /** "nobody", "nothing", "no one", "no army", "neither side", "neither Stalin nor Mao". */
  private static boolean isNegativeSubject(SentenceGraph sentence, Token subject) {
    return NEGATIVE_SUBJECTS.contains(subject.lemma())
        || sentence.children(subject).stream()
            .anyMatch(word -> SentenceGraph.matches(word, Set.of("det", "cc:preconj"))
                && (word.lemma().equals("no") || word.lemma().equals("neither")));
  }

  static boolean isFinite(Token verb) {
    return verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP");
  }
}
