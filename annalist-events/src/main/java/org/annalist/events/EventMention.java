package org.annalist.events;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One telling of an event in one sentence.
 *
 * @param trigger the verb or noun that names the event
 * @param lemma the trigger's lemma, particle included ({@code wipe_out})
 * @param group the synonym group of the lemma ({@link EventLexicon}); the lemma itself when it has none
 * @param kind whether it is an event, a report or a state
 * @param sentence the sentence that tells it: the quote
 * @param polarity whether the sentence says it happened or that it did not
 * @param modality whether it is asserted, only intended or requested, possible, or hypothetical
 * @param outcome for responses to a request: accepted or refused, after polarity
 * @param theme the head lemma of what the event is about ({@code telegram} in "sent a telegram"), or null
 * @param participants named participants with their roles
 * @param time when the sentence dates it, or null when nothing dates it
 * @param quantities amounts the event counts ("half a million German troops")
 * @param ordinal its place in a numbered series ("the fourth telegram"), or null
 * @param series a claim about a whole series ("refused all six requests"), or null
 * @param redacted censors' marks standing where a participant would be named ("** refused",
 *     "sent a telegram to ***"), each with the role it hides
 */
public record EventMention(Span trigger, String lemma, String group, EventKind kind, Span sentence,
    Polarity polarity, Modality modality, Outcome outcome, @Nullable String theme,
    List<Participant> participants, @Nullable EventTime time, List<Quantity> quantities,
    @Nullable Ordinal ordinal, @Nullable SeriesClaim series, List<Redacted> redacted) {

  public EventMention {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentence, "sentence");
    participants = List.copyOf(participants);
    quantities = List.copyOf(quantities);
    redacted = List.copyOf(redacted);
  }

  /** This mention with the ordinal the narrative gives it. */
  public EventMention withOrdinal(Ordinal inferred) {
    return new EventMention(trigger, lemma, group, kind, sentence, polarity, modality, outcome, theme,
        participants, time, quantities, inferred, series, redacted);
  }

  /** The censor's mark where the doer would be named, or null. */
  public @Nullable Span redactedAgent() {
    return redacted.stream().filter(r -> r.role() == Role.AGENT).map(Redacted::mark).findFirst().orElse(null);
  }

  /** Whether it is told as having happened (or as not having happened), not wished, feared or supposed. */
  public boolean isAsserted() {
    return modality == Modality.ASSERTED;
  }

  /** The kinds of event mention. */
  public enum EventKind {
    /** Something that happened: an action, a change, an occurrence. */
    EVENT,
    /** Someone saying something. */
    REPORT,
    /** A state of mind or a perception ("knew", "saw", "realized"). */
    STATE
  }

  /** Whether it happened, as told. */
  public enum Polarity { POSITIVE, NEGATIVE }

  /** How the sentence commits to it. */
  public enum Modality {
    ASSERTED,
    /** Wanted, planned, asked for or decided, not told as done ("asked him to send troops"). */
    INTENDED,
    /** With a modal verb ("could", "might"). */
    POSSIBLE,
    /** Under a condition ("if Japan attacked"). */
    HYPOTHETICAL
  }

  /** For a response to a request: how it went. */
  public enum Outcome { NONE, ACCEPTED, REFUSED }

  /** The part a participant plays. */
  public enum Role { AGENT, PATIENT, RECIPIENT, PLACE, OTHER }

  /** A censor's mark in a participant's slot: the role it hides and the mark itself. */
  public record Redacted(Role role, Span mark) {}

  /**
   * A named participant.
   *
   * @param role its role
   * @param mention the name mention it is (for a pronoun, the name it stands for)
   * @param evidence the words in this sentence: the name itself, or the pronoun
   */
  public record Participant(Role role, Span mention, Span evidence) {}

  /**
   * When the sentence dates the event.
   *
   * @param span the temporal expression, or the sentence when the date is the narrative's reference time
   * @param text the temporal expression's words; for a reference time, the words that set it
   *     earlier in the text, or empty when the creation time is the reference
   * @param value the TIMEX3 value
   * @param earliest first possible day, ISO
   * @param latest last possible day, ISO
   * @param sentencesBack 0 when the sentence itself says when; else how many sentences back the
   *     narrative told its reference time (1: in the sentence before)
   */
  public record EventTime(Span span, String text, String value, String earliest, String latest, int sentencesBack) {
    public EventTime {
      if (sentencesBack < 0) {
        throw new IllegalArgumentException("sentencesBack must be 0 or more, was " + sentencesBack);
      }
    }

    /** Whether the sentence itself says when (else the date is the narrative's reference time). */
    public boolean explicit() {
      return sentencesBack == 0;
    }
  }

  /**
   * An amount the event counts.
   *
   * @param span the amount and what it counts ("half a million German troops")
   * @param value the amount
   * @param unit the lemma of what is counted ({@code troop})
   * @param qualifiers lower-case modifiers of the counted noun ({@code german}, {@code elite})
   */
  public record Quantity(Span span, double value, String unit, List<String> qualifiers) {
    public Quantity {
      qualifiers = List.copyOf(qualifiers);
    }
  }

  /**
   * A place in a numbered series.
   *
   * @param value the number, from 1
   * @param series the lemma of the noun that is numbered ({@code telegram}, {@code time})
   * @param evidence the words that give the number ("the fourth telegram"), possibly in an earlier sentence
   * @param inferred whether it was carried over from an earlier sentence ("this telegram")
   */
  public record Ordinal(int value, String series, Span evidence, boolean inferred) {}

  /**
   * A claim about every member of a series.
   *
   * @param count how many members it speaks of; 0 for "all" without a number
   * @param series the lemma of the counted noun ({@code request})
   * @param evidence the words ("all six requests")
   */
  public record SeriesClaim(int count, String series, Span evidence) {}
}
