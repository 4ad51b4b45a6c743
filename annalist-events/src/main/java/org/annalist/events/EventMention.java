package org.annalist.events;

import static org.annalist.model.Checks.requireArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.jspecify.annotations.Nullable;

/**
 * One telling of an event in one sentence.
 *
 * @param trigger the verb or noun that names the event
 * @param lemma the trigger's lemma, particle included ({@code wipe_out})
 * @param group the synonym group of the lemma ({@link EventLexicon}); the lemma itself when it has none
 * @param kind whether it is an event, a report or a state
 * @param sentence the sentence that tells it: the quote
 * @param title a readable telling of the event in the source's words and tense ("Stalin sent a
 *     fourth telegram to Mao"); the lemma until a title is read
 * @param type its type in the taxonomy of {@link EventType}
 * @param factuality how the sentence commits to it: polarity, certainty, condition, intention,
 *     genericity, and who reports it
 * @param tense the tense of the verb that tells it
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
public record EventMention(
    Span trigger,
    String lemma,
    String group,
    EventKind kind,
    Span sentence,
    String title,
    EventType type,
    Factuality factuality,
    Tense tense,
    Outcome outcome,
    @Nullable String theme,
    List<Participant> participants,
    @Nullable EventTime time,
    List<Quantity> quantities,
    @Nullable Ordinal ordinal,
    @Nullable SeriesClaim series,
    List<Redacted> redacted) {

  public EventMention {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(factuality, "factuality");
    Objects.requireNonNull(tense, "tense");
    participants = List.copyOf(participants);
    quantities = List.copyOf(quantities);
    redacted = List.copyOf(redacted);
  }

  /**
   * A builder of the mention that {@code trigger} names in {@code sentence}: an asserted, positive
   * event of type {@link EventType#OTHER} in no tense, without outcome, theme, participants, time,
   * quantities, ordinal, series or redactions until told otherwise, titled by its lemma; its lemma
   * and group must be given.
   */
  public static Builder builder(Span trigger, Span sentence) {
    return new Builder(trigger, sentence);
  }

  /** This mention with the ordinal the narrative gives it. */
  public EventMention withOrdinal(Ordinal inferred) {
    return new Builder(this).ordinal(inferred).build();
  }

  /** The censor's mark where the doer would be named, or null. */
  public @Nullable Span redactedAgent() {
    return redacted.stream()
        .filter(r -> r.role() == Role.AGENT)
        .map(Redacted::mark)
        .findFirst()
        .orElse(null);
  }

  /** Whether it is told as having happened (or as not having happened), not wished, feared or supposed. */
  @JsonIgnore
  public boolean isAsserted() {
    return factuality.committed();
  }

  /** Whether it is told as having happened, not denied, wished, feared, supposed or habitual. */
  @JsonIgnore
  public boolean isFactual() {
    return factuality.factual();
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
  public enum Polarity {
    POSITIVE,
    NEGATIVE
  }

  /** How sure the sentence is that it happened (or did not), as FactBank and MEANTIME grade it. */
  public enum Certainty {
    /** Told as a fact. */
    CERTAIN,
    /** Told as likely ("probably", "reportedly", "is expected to"). */
    PROBABLE,
    /** Told as only possible ("could", "might", "perhaps"). */
    POSSIBLE
  }

  /** The grammatical tense of the verb that tells it (TimeML's tense attribute). */
  public enum Tense {
    PAST,
    PRESENT,
    FUTURE,
    /** An infinitive, a participle, an event noun: no tense of its own. */
    NONE
  }

  /**
   * How the sentence commits to the event: the attributes of FactBank, MEANTIME and TimeML
   * together.
   *
   * @param polarity whether it says the event happened or that it did not
   * @param certainty how sure it is
   * @param modal the modal verb that qualifies it ({@code could}, {@code would}), or null
   * @param hypothetical told under a condition ("if Japan attacked", "as long as he sent troops")
   * @param intended wanted, planned, asked for, decided or still to come, not told as done ("asked
   *     him to send troops", "will visit")
   * @param generic told of a kind or as a habit, not as one event ("wars ruin nations")
   * @param reportedBy the words naming who says so when it is someone's report or belief ("Mao
   *     said that ..."), or null when the narration itself tells it
   */
  public record Factuality(
      Polarity polarity,
      Certainty certainty,
      @Nullable String modal,
      boolean hypothetical,
      boolean intended,
      boolean generic,
      @Nullable Span reportedBy) {
    /** Told by the narration as having happened: positive, certain, real, specific. */
    public static final Factuality ASSERTED =
        new Factuality(Polarity.POSITIVE, Certainty.CERTAIN, null, false, false, false, null);

    public Factuality {
      Objects.requireNonNull(polarity, "polarity");
      Objects.requireNonNull(certainty, "certainty");
    }

    /**
     * Whether the sentence commits to it as real, whichever its polarity: certain or probable, not
     * conditional, intended or generic.
     */
    public boolean committed() {
      return certainty != Certainty.POSSIBLE && !hypothetical && !intended && !generic;
    }

    /** Whether it is told as having happened: committed and positive. */
    public boolean factual() {
      return committed() && polarity == Polarity.POSITIVE;
    }

    /**
     * Why it is not told as a fact, in the words of the export's {@code why}: {@code negated},
     * {@code hypothetical}, {@code intended}, {@code possible} or {@code generic}; null when it is.
     */
    public @Nullable String notFactualBecause() {
      if (polarity == Polarity.NEGATIVE) {
        return "negated";
      }
      if (hypothetical) {
        return "hypothetical";
      }
      if (intended) {
        return "intended";
      }
      if (certainty == Certainty.POSSIBLE) {
        return "possible";
      }
      return generic ? "generic" : null;
    }
  }

  /** For a response to a request: how it went. */
  public enum Outcome {
    NONE,
    ACCEPTED,
    REFUSED
  }

  /** The part a participant plays. */
  public enum Role {
    AGENT,
    PATIENT,
    RECIPIENT,
    PLACE,
    OTHER
  }

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
   * @param span the temporal expression, or the sentence when the date is the story's or the
   *     publication's
   * @param text the temporal expression's words; for a story's date, the words that told it
   *     earlier in the text (and, for a window closed by a later date, those words too, after
   *     " … "); empty for the publication date
   * @param value the TIMEX3 value; for a story's window closed by a later date, its two ends in
   *     ISO 8601 interval notation ({@code 1949-12-16/1949-12-21})
   * @param days the days it may denote, both ends included
   * @param sentencesBack how many sentences back the story told its date (1: in the sentence
   *     before); 0 when the sentence itself says when, or for the publication date
   * @param basis what the date rests on
   * @param confidence how likely the event lies within {@code days}, from 0 to 1
   */
  public record EventTime(
      Span span,
      String text,
      String value,
      DayInterval days,
      int sentencesBack,
      TimeBasis basis,
      double confidence) {
    public EventTime {
      Objects.requireNonNull(days, "days");
      Objects.requireNonNull(basis, "basis");
      requireArgument(sentencesBack >= 0, "sentencesBack must be 0 or more, was %s", sentencesBack);
      requireArgument(
          confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], was %s", confidence);
    }

    /**
     * How often a date its own sentence states for an event is right: 62 of 69 on the
     * development texts' hand audit (docs/EVENTS-EVAL.md).
     */
    public static final double STATED_CONFIDENCE = 0.9;

    /** How often a date the story told earlier is right for an event with none of its own, before any rule refines it. */
    public static final double STORY_CONFIDENCE = 0.5;

    /** A date the event's own sentence states: {@code text} is the expression's words. */
    public static EventTime stated(Span span, String text, String value, DayInterval days) {
      return new EventTime(span, text, value, days, 0, TimeBasis.STATED, STATED_CONFIDENCE);
    }

    /**
     * A date the story told {@code sentencesBack} sentences before the event's sentence (at least
     * 1): {@code span} is the event's sentence, {@code toldBy} the words that told the date.
     */
    public static EventTime fromStory(
        Span span, String toldBy, String value, DayInterval days, int sentencesBack) {
      requireArgument(sentencesBack >= 1, "a story's date is told before, was %s", sentencesBack);
      return new EventTime(
          span, toldBy, value, days, sentencesBack, TimeBasis.STORY, STORY_CONFIDENCE);
    }

    /**
     * The publication date (or the recent past it closes) for an event a news text tells in the
     * present or recent past: {@code span} is the event's sentence.
     */
    public static EventTime published(
        Span span, String value, DayInterval days, double confidence) {
      return new EventTime(span, "", value, days, 0, TimeBasis.PUBLICATION, confidence);
    }

    /** This time with another confidence, as the evidence around it grades it. */
    public EventTime withConfidence(double graded) {
      return new EventTime(span, text, value, days, sentencesBack, basis, graded);
    }

    /** Whether the sentence itself says when (else the date is the story's or the publication's). */
    public boolean explicit() {
      return basis == TimeBasis.STATED;
    }
  }

  /** What an event's date rests on. */
  public enum TimeBasis {
    /** A date the event's own sentence states for it. */
    STATED,
    /** The dates the story told before (and after) it: a window, not a statement. */
    STORY,
    /** The document's publication date, for news that tells what just happened. */
    PUBLICATION
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

  /** Builds an {@link EventMention} field by field; see {@link EventMention#builder}. */
  public static final class Builder {
    private final Span trigger;
    private final Span sentence;
    private @Nullable String lemma;
    private @Nullable String group;
    private EventKind kind = EventKind.EVENT;
    private @Nullable String title;
    private EventType type = EventType.OTHER;
    private Factuality factuality = Factuality.ASSERTED;
    private Tense tense = Tense.NONE;
    private Outcome outcome = Outcome.NONE;
    private @Nullable String theme;
    private List<Participant> participants = List.of();
    private @Nullable EventTime time;
    private List<Quantity> quantities = List.of();
    private @Nullable Ordinal ordinal;
    private @Nullable SeriesClaim series;
    private List<Redacted> redacted = List.of();

    private Builder(Span trigger, Span sentence) {
      this.trigger = Objects.requireNonNull(trigger, "trigger");
      this.sentence = Objects.requireNonNull(sentence, "sentence");
    }

    private Builder(EventMention mention) {
      this(mention.trigger, mention.sentence);
      lemma = mention.lemma;
      group = mention.group;
      kind = mention.kind;
      title = mention.title;
      type = mention.type;
      factuality = mention.factuality;
      tense = mention.tense;
      outcome = mention.outcome;
      theme = mention.theme;
      participants = mention.participants;
      time = mention.time;
      quantities = mention.quantities;
      ordinal = mention.ordinal;
      series = mention.series;
      redacted = mention.redacted;
    }

    /** The trigger's lemma, particle included ({@code wipe_out}). */
    public Builder lemma(String lemma) {
      this.lemma = Objects.requireNonNull(lemma, "lemma");
      return this;
    }

    /** The synonym group of the lemma; the lemma itself when it has none. */
    public Builder group(String group) {
      this.group = Objects.requireNonNull(group, "group");
      return this;
    }

    public Builder kind(EventKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** A readable telling in the source's words; the lemma when none is given. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    public Builder type(EventType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    public Builder factuality(Factuality factuality) {
      this.factuality = Objects.requireNonNull(factuality, "factuality");
      return this;
    }

    public Builder tense(Tense tense) {
      this.tense = Objects.requireNonNull(tense, "tense");
      return this;
    }

    public Builder outcome(Outcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /** The head lemma of what the event is about, or null. */
    public Builder theme(@Nullable String theme) {
      this.theme = theme;
      return this;
    }

    public Builder participants(List<Participant> participants) {
      this.participants = List.copyOf(participants);
      return this;
    }

    /** When the sentence dates it, or null. */
    public Builder time(@Nullable EventTime time) {
      this.time = time;
      return this;
    }

    public Builder quantities(List<Quantity> quantities) {
      this.quantities = List.copyOf(quantities);
      return this;
    }

    /** Its place in a numbered series, or null. */
    public Builder ordinal(@Nullable Ordinal ordinal) {
      this.ordinal = ordinal;
      return this;
    }

    /** A claim about a whole series, or null. */
    public Builder series(@Nullable SeriesClaim series) {
      this.series = series;
      return this;
    }

    public Builder redacted(List<Redacted> redacted) {
      this.redacted = List.copyOf(redacted);
      return this;
    }

    /** The mention; fails naming the trigger when its lemma or group was not given. */
    public EventMention build() {
      String named =
          Objects.requireNonNull(lemma, () -> "the mention at " + trigger + " needs a lemma");
      return new EventMention(
          trigger,
          named,
          Objects.requireNonNull(group, () -> "the mention at " + trigger + " needs a group"),
          kind,
          sentence,
          title == null ? named.replace('_', ' ') : title,
          type,
          factuality,
          tense,
          outcome,
          theme,
          participants,
          time,
          quantities,
          ordinal,
          series,
          redacted);
    }
  }
}
