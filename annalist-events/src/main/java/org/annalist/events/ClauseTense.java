package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.SentenceGraph.Token;

/**
 * The tense of the clause that tells an event, as the dating rules need it: whether it is told in
 * the present, as just done, in the past, or not as a fact of the writer's time at all. Read from
 * the verb's part of speech and its auxiliaries; an event noun takes the tense of the verb it
 * depends on, a verb without tense of its own (a participle, an infinitive, a bare coordinated
 * verb) that of the clause it belongs to: "sold the house and left", "headed to Nairobi, seeking
 * support", "people fleeing the war drowned".
 */
enum ClauseTense {
  /** "says", "is leaving": the writer's present. */
  PRESENT,
  /** "has fallen": done by the writer's present. */
  PRESENT_PERFECT,
  /** "fell", "was sold", "did not go". */
  PAST,
  /** "had fallen": before a past the text tells. */
  PAST_PERFECT,
  /** "will go", "shall see". */
  FUTURE,
  /** An infinitive, a participle, a modal ("could go"), or no verb: no time of its own. */
  NONE;

  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "wo");
  /** Clauses without a tense of their own that share the time of the clause they hang on. */
  private static final Set<String> DEPENDENT_CLAUSES = Set.of("conj", "advcl", "acl", "xcomp");

  private static final int NOUN_TO_VERB = 3;

  /** The tense of the clause of {@code trigger}, a verb or an event noun. */
  static ClauseTense of(SentenceGraph sentence, Token trigger) {
    Optional<Token> verb = trigger.isVerb() ? Optional.of(trigger) : verbAbove(sentence, trigger);
    return verb.map(v -> ofVerb(sentence, v, 0)).orElse(NONE);
  }

  private static Optional<Token> verbAbove(SentenceGraph sentence, Token noun) {
    Optional<Token> current = sentence.head(noun);
    for (int step = 0; step < NOUN_TO_VERB && current.isPresent(); step++) {
      if (current.get().isVerb()) {
        return current;
      }
      current = sentence.head(current.get());
    }
    return Optional.empty();
  }

  private static ClauseTense ofVerb(SentenceGraph sentence, Token verb, int depth) {
    List<Token> auxiliaries = sentence.childrenWith(verb, Set.of("aux"));
    for (Token auxiliary : auxiliaries) {
      if (FUTURE_AUXILIARIES.contains(auxiliary.lemma())
          || FUTURE_AUXILIARIES.contains(auxiliary.text().toLowerCase(Locale.ROOT))) {
        return FUTURE;
      }
      if (auxiliary.pos().equals("MD")) {
        return NONE;
      }
    }
    for (Token auxiliary : auxiliaries) {
      if (auxiliary.lemma().equals("have") && !auxiliary.relation().equals("aux:pass")) {
        return auxiliary.pos().equals("VBD") ? PAST_PERFECT : PRESENT_PERFECT;
      }
    }
    for (Token auxiliary : auxiliaries) {
      if (auxiliary.pos().equals("VBD")) {
        return PAST;
      }
      if (auxiliary.pos().equals("VBZ") || auxiliary.pos().equals("VBP")) {
        return PRESENT;
      }
    }
    return switch (verb.pos()) {
      case "VBD" -> PAST;
      case "VBZ", "VBP" -> PRESENT;
      default -> ofGovernor(sentence, verb, depth);
    };
  }

  /** A verb without a tense of its own shares the tense of the clause it belongs to. */
  private static ClauseTense ofGovernor(SentenceGraph sentence, Token verb, int depth) {
    if (depth > 2 || !SentenceGraph.matches(verb, DEPENDENT_CLAUSES)) {
      return NONE;
    }
    return sentence
        .head(verb)
        .flatMap(
            governor -> governor.isVerb() ? Optional.of(governor) : verbAbove(sentence, governor))
        .map(governor -> ofVerb(sentence, governor, depth + 1))
        .orElse(NONE);
  }
}
