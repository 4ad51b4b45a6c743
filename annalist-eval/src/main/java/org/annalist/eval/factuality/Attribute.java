package org.annalist.eval.factuality;

import java.util.Locale;
import java.util.Set;
import org.annalist.events.EventLexicon;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventKind;
import org.annalist.events.EventMention.Polarity;
import org.annalist.events.EventMention.Tense;

/**
 * An attribute of an event mention that a gold corpus annotates, with Annalist's value for it in
 * the gold's terms. The mappings (docs/EVENTS-EVAL.md):
 *
 * <ul>
 *   <li>{@link #CERTAINTY}: {@code CERTAIN}, {@code PROBABLE}, {@code POSSIBLE} as they are.
 *   <li>{@link #POLARITY}: {@code POS}, {@code NEG}.
 *   <li>{@link #TIME} (MEANTIME): {@code FUTURE} when the mention is intended or in the future
 *       tense, else {@code NON_FUTURE}.
 *   <li>{@link #TENSE}: TimeML's tense with {@code INFINITIVE}, {@code PRESPART} and {@code
 *       PASTPART} read as {@code NONE}, as Annalist's model has them.
 *   <li>{@link #GENERIC} (MEANTIME's special case {@code GEN}): {@code GENERIC} or {@code SPECIFIC}.
 *   <li>{@link #CONDITION} (MEANTIME's special cases {@code COND_IF_CLAUSE} and {@code
 *       COND_MAIN_CLAUSE}): {@code CONDITIONAL} when hypothetical, else {@code NONE}.
 *   <li>{@link #FACTUAL} (MEANTIME): {@code FACTUAL} when gold says certain, positive, not future
 *       and no special case, and when Annalist calls it factual ({@link EventMention#isFactual()});
 *       else {@code NOT_FACTUAL}. This is what decides whether it goes on the timeline.
 *   <li>{@link #MODALITY} (TimeBank/AQUAINT): the modal word in lower case, {@code none} without one.
 *   <li>{@link #CLASS} (TimeBank/AQUAINT): reports are {@code REPORTING}; states of mind {@code
 *       I_STATE}, perceptions {@code PERCEPTION}; verbs whose complement is intended (intend,
 *       request, accept, refuse) {@code I_ACTION}; beginnings, ends and continuations {@code
 *       ASPECTUAL}; everything else {@code OCCURRENCE}. Annalist has no {@code STATE}.
 * </ul>
 */
public enum Attribute {
  CERTAINTY,
  POLARITY,
  TIME,
  TENSE,
  GENERIC,
  CONDITION,
  FACTUAL,
  MODALITY,
  CLASS;

  /** The gold value of an attribute the annotators left open. */
  public static final String UNDERSPECIFIED = "UNDERSPECIFIED";

  /** TimeML's aspectual verbs (begin, end, continue and their kin). */
  private static final Set<String> ASPECTUAL = Set.of(
      "begin",
      "start",
      "commence",
      "initiate",
      "resume",
      "continue",
      "keep",
      "proceed",
      "end",
      "finish",
      "complete",
      "stop",
      "cease",
      "halt",
      "quit",
      "terminate",
      "discontinue",
      "suspend",
      "interrupt",
      "abandon");

  /** TimeML's perception verbs. */
  private static final Set<String> PERCEPTION =
      Set.of("see", "watch", "look", "hear", "listen", "observe", "notice", "view", "witness");

  /** The attribute's name as the report and the command line write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Annalist's value of this attribute for a mention, in the gold's terms. */
  public String of(EventMention mention, EventLexicon lexicon) {
    EventMention.Factuality factuality = mention.factuality();
    return switch (this) {
      case CERTAINTY -> factuality.certainty().name();
      case POLARITY -> factuality.polarity() == Polarity.POSITIVE ? "POS" : "NEG";
      case TIME ->
        factuality.intended() || mention.tense() == Tense.FUTURE ? "FUTURE" : "NON_FUTURE";
      case TENSE -> mention.tense().name();
      case GENERIC -> factuality.generic() ? "GENERIC" : "SPECIFIC";
      case CONDITION -> factuality.hypothetical() ? "CONDITIONAL" : "NONE";
      case FACTUAL -> mention.isFactual() ? "FACTUAL" : "NOT_FACTUAL";
      case MODALITY -> {
        String modal = factuality.modal();
        yield modal == null ? "none" : modal.toLowerCase(Locale.ROOT);
      }
      case CLASS -> timeMlClass(mention, lexicon);
    };
  }

  private static String timeMlClass(EventMention mention, EventLexicon lexicon) {
    String lemma = mention.lemma();
    if (mention.kind() == EventKind.REPORT) {
      return "REPORTING";
    }
    if (mention.kind() == EventKind.STATE) {
      return PERCEPTION.contains(lemma) ? "PERCEPTION" : "I_STATE";
    }
    if (lexicon.governsIntended(lemma)) {
      return "I_ACTION";
    }
    return ASPECTUAL.contains(lemma) ? "ASPECTUAL" : "OCCURRENCE";
  }

  /** TimeML's tense in Annalist's terms: infinitives and participles have none. */
  public static String tenseOf(String timeMlTense) {
    String tense = timeMlTense.toUpperCase(Locale.ROOT);
    return switch (tense) {
      case "INFINITIVE", "PRESPART", "PASTPART" -> "NONE";
      default -> tense;
    };
  }
}
