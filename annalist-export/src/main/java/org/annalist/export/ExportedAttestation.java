package org.annalist.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One telling of an event in {@code annalist-export/1} ({@code events[].attestations[]}): the
 * sentence that tells it, how it was dated, its trigger, polarity, outcome, place in a numbered
 * series, quantities and the censor's marks where a participant stands.
 *
 * @param document the document's id
 * @param start the sentence's first UTF-16 unit
 * @param end the sentence's end, exclusive
 * @param quote the sentence, {@code text[start:end]}
 * @param timeText the temporal expression of the sentence that dated it; null when the date came
 *     from the narrative or there is none
 * @param timeValue the TIMEX3 value the telling was dated with; null when undated
 * @param timeSource {@code sentence}, {@code narrative} or {@code none}
 * @param timeBasis what its date rests on: {@code stated}, {@code story}, {@code publication} or
 *     {@code none}
 * @param triggerStart the trigger's first UTF-16 unit
 * @param triggerEnd the trigger's end, exclusive
 * @param trigger the trigger's lemma
 * @param polarity {@code positive} or {@code negative}
 * @param factuality how the sentence commits to the event
 * @param outcome {@code none}, {@code accepted} or {@code refused}
 * @param ordinal the number of the act in its series; absent when it is not numbered
 * @param ordinalInferred whether the number was inferred from the narrative; absent with {@code ordinal}
 * @param redactedParticipants each censor's mark where a participant would be named
 * @param redactedAgent the mark in the doer's place again, for readers of the field's first version
 * @param quantities the amounts the sentence states
 */
@JsonPropertyOrder({
  "document",
  "start",
  "end",
  "quote",
  "time_text",
  "time_value",
  "time_source",
  "time_basis",
  "trigger_start",
  "trigger_end",
  "trigger",
  "polarity",
  "factuality",
  "outcome",
  "ordinal",
  "ordinal_inferred",
  "redacted_participants",
  "redacted_agent",
  "quantities"
})
public record ExportedAttestation(
    String document,
    int start,
    int end,
    String quote,
    @JsonProperty("time_text") @Nullable String timeText,
    @JsonProperty("time_value") @Nullable String timeValue,
    @JsonProperty("time_source") String timeSource,
    @JsonProperty("time_basis") String timeBasis,
    @JsonProperty("trigger_start") int triggerStart,
    @JsonProperty("trigger_end") int triggerEnd,
    String trigger,
    String polarity,
    Factuality factuality,
    String outcome,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer ordinal,

    @JsonProperty("ordinal_inferred") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
    Boolean ordinalInferred,

    @JsonProperty("redacted_participants") List<RedactedSlot> redactedParticipants,

    @JsonProperty("redacted_agent") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
    RedactedSlot redactedAgent,

    List<Quantity> quantities) {

  public ExportedAttestation {
    redactedParticipants = List.copyOf(redactedParticipants);
    quantities = List.copyOf(quantities);
  }

  /**
   * How a sentence commits to an event (FactBank, MEANTIME and TimeML attributes together).
   *
   * @param polarity {@code positive} or {@code negative}
   * @param certainty {@code certain}, {@code probable} or {@code possible}
   * @param modal the modal verb that qualifies it; absent without one
   * @param hypothetical told under a condition
   * @param intended wanted, planned, asked for or still to come, not told as done
   * @param generic told of a kind or as a habit, not as one event
   * @param reportedBy the words naming who says so; absent when the narration tells it
   */
  @JsonPropertyOrder({
    "polarity",
    "certainty",
    "modal",
    "hypothetical",
    "intended",
    "generic",
    "reported_by"
  })
  public record Factuality(
      String polarity,
      String certainty,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String modal,
      boolean hypothetical,
      boolean intended,
      boolean generic,

      @JsonProperty("reported_by") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
      String reportedBy) {
    /** Told by the narration as a fact: positive, certain, real, specific. */
    public static final Factuality ASSERTED =
        new Factuality("positive", "certain", null, false, false, false, null);
  }

  /** Where the sentence stands. */
  Quote located() {
    return new Quote(document, start, end, quote);
  }

  /**
   * An amount the sentence states.
   *
   * @param value the number
   * @param unit what is counted, a lemma
   * @param start the amount's first UTF-16 unit
   * @param end its end, exclusive
   * @param quote its words
   */
  @JsonPropertyOrder({"value", "unit", "start", "end", "quote"})
  public record Quantity(double value, String unit, int start, int end, String quote) {}

  /**
   * A censor's mark in a participant's place, with the entity another source names in the same
   * role of the same event as a candidate and that source's sentence as evidence (never put in
   * the mark's place).
   *
   * @param role {@code agent}, {@code patient} or {@code recipient}
   * @param candidate the candidate entity's id, or null when no other source names one
   * @param candidateName its name; absent without a candidate
   * @param evidence the other source's sentence; absent without a candidate
   */
  @JsonPropertyOrder({"role", "start", "end", "quote", "candidate", "candidate_name", "evidence"})
  public record RedactedSlot(
      String role,
      int start,
      int end,
      String quote,
      @Nullable String candidate,

      @JsonProperty("candidate_name") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
      String candidateName,

      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Excerpt evidence) {}

  /** A sentence of a document: its id, offsets and words. */
  @JsonPropertyOrder({"document", "start", "end", "quote"})
  public record Excerpt(String document, int start, int end, String quote) {}
}
