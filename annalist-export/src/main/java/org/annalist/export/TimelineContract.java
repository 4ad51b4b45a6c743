package org.annalist.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.model.Span;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.Conflict;
import org.annalist.timeline.SourceProfile;
import org.annalist.timeline.StatementReason;
import org.annalist.timeline.TimelineEvent;
import org.jspecify.annotations.Nullable;

/**
 * Writes the timeline step's results into {@code annalist-export/1}: an event with each telling,
 * a conflict with each claim, a source profile. Quotes come from the caller, who read the
 * documents' texts; a span with no quote kept is a bug of the caller's and fails.
 */
public final class TimelineContract {
  private final Quotes quotes;
  private final UnaryOperator<String> entityNames;

  /** The words of a span of a document, as the caller kept them. */
  @FunctionalInterface
  public interface Quotes {
    /**
     * @throws IllegalStateException if no quote was kept for the span
     */
    String quote(String document, Span span);
  }

  /**
   * @param quotes the words of every span an item quotes
   * @param entityNames an entity's name by its id (the id itself for an entity without a name)
   */
  public TimelineContract(Quotes quotes, UnaryOperator<String> entityNames) {
    this.quotes = quotes;
    this.entityNames = entityNames;
  }

  /** An event with each telling. */
  public ExportedEvent event(TimelineEvent event) {
    ExportedEvent.@Nullable Time time = event.time() == null
        ? null
        : new ExportedEvent.Time(
            event.time().value(),
            event.time().earliest(),
            event.time().latest(),
            lowerCase(event.time().basis()),
            event.time().confidence(),
            event.time().toldBy());
    List<ExportedAttestation> attestations = new ArrayList<>();
    for (Attestation attestation : event.attestations()) {
      attestations.add(attestation(attestation, event.attestations()));
    }
    return new ExportedEvent(
        event.id(),
        event.summary(),
        event.title(),
        event.type().exportName(),
        event.importance(),
        event.relations().stream()
            .map(r -> new ExportedEvent.Relation(r.kind().exportName(), r.event(), r.ordinal()))
            .toList(),
        time,
        event.participants(),
        event.places(),
        event.status().label(),
        event.fiction(),
        attestations);
  }

  /**
   * A telling as the export has it; a censor's mark gets its candidate from the other tellings of
   * the same event ({@code told}).
   */
  private ExportedAttestation attestation(Attestation attestation, List<Attestation> told) {
    EventMention mention = attestation.mention();
    String document = attestation.document();
    @Nullable EventTime time = mention.time();
    List<ExportedAttestation.RedactedSlot> redacted = new ArrayList<>();
    ExportedAttestation.@Nullable RedactedSlot agent = null;
    for (EventMention.Redacted slot : mention.redacted()) {
      ExportedAttestation.RedactedSlot hidden = redactedSlot(attestation, slot, told);
      redacted.add(hidden);
      if (slot.role() == EventMention.Role.AGENT) {
        agent = hidden;
      }
    }
    List<ExportedAttestation.Quantity> quantities = mention.quantities().stream()
        .map(q -> new ExportedAttestation.Quantity(
            q.value(),
            q.unit(),
            q.span().start(),
            q.span().end(),
            quotes.quote(document, q.span())))
        .toList();
    return new ExportedAttestation(
        document,
        mention.sentence().start(),
        mention.sentence().end(),
        quotes.quote(document, mention.sentence()),
        time == null || !time.explicit() ? null : time.text(),
        time == null ? null : time.value(),
        time == null ? "none" : time.explicit() ? "sentence" : "narrative",
        time == null ? "none" : lowerCase(time.basis()),
        mention.trigger().start(),
        mention.trigger().end(),
        mention.lemma(),
        lowerCase(mention.factuality().polarity()),
        factuality(document, mention.factuality()),
        lowerCase(mention.outcome()),
        mention.ordinal() == null ? null : mention.ordinal().value(),
        mention.ordinal() == null ? null : mention.ordinal().inferred(),
        redacted,
        agent,
        quantities);
  }

  private ExportedAttestation.Factuality factuality(
      String document, EventMention.Factuality factuality) {
    Span reporter = factuality.reportedBy();
    return new ExportedAttestation.Factuality(
        lowerCase(factuality.polarity()),
        lowerCase(factuality.certainty()),
        factuality.modal(),
        factuality.hypothetical(),
        factuality.intended(),
        factuality.generic(),
        reporter == null ? null : quotes.quote(document, reporter));
  }

  /**
   * A censor's mark in a participant's slot, with the participant another source names in the
   * same role of the same event as a candidate and that source's sentence as evidence; never put
   * in the mark's place.
   */
  private ExportedAttestation.RedactedSlot redactedSlot(
      Attestation attestation, EventMention.Redacted slot, List<Attestation> told) {
    Span mark = slot.mark();
    String role = lowerCase(slot.role());
    String quote = quotes.quote(attestation.document(), mark);
    for (Attestation other : told) {
      List<String> named = other.namedEntities(slot.role()).stream().sorted().toList();
      if (!other.document().equals(attestation.document()) && !named.isEmpty()) {
        Span sentence = other.mention().sentence();
        return new ExportedAttestation.RedactedSlot(
            role,
            mark.start(),
            mark.end(),
            quote,
            named.get(0),
            entityNames.apply(named.get(0)),
            new ExportedAttestation.Excerpt(
                other.document(),
                sentence.start(),
                sentence.end(),
                quotes.quote(other.document(), sentence)));
      }
    }
    return new ExportedAttestation.RedactedSlot(
        role, mark.start(), mark.end(), quote, null, null, null);
  }

  /**
   * A mention kept off the timeline, with why: its sentence as an attestation's fields (a censor's
   * mark gets no candidate, since no other source is aligned with it), its title and type, and the
   * entities it names.
   *
   * @param id its id, {@code st-} and 16 hex digits
   * @param telling the mention with its participants resolved to entities
   */
  public ExportedStatement statement(String id, Attestation telling, StatementReason why) {
    EventMention mention = telling.mention();
    return new ExportedStatement(
        id,
        why.exportName(),
        mention.title(),
        mention.type().exportName(),
        telling.participants().stream()
            .map(Attestation.EntityRole::entity)
            .distinct()
            .toList(),
        attestation(telling, List.of()));
  }

  /** A conflict with each claim. */
  public ExportedConflict conflict(Conflict conflict) {
    List<ExportedConflict.Claim> claims = conflict.claims().stream()
        .map(claim -> new ExportedConflict.Claim(
            claim.document(),
            claim.span().start(),
            claim.span().end(),
            quotes.quote(claim.document(), claim.span()),
            claim.value()))
        .toList();
    return new ExportedConflict(
        conflict.id(), conflict.event(), conflict.kind().label(), conflict.explanation(), claims);
  }

  /** A source's profile: its flags with their reasons, its reliability with its reasons. */
  public static ExportedProfile profile(SourceProfile profile) {
    return new ExportedProfile(
        profile.flags().stream().map(flag -> flag.flag().value()).toList(),
        profile.flags().stream()
            .map(flag -> new ExportedProfile.FlagReason(flag.flag().value(), flag.reason()))
            .toList(),
        profile.reliability(),
        profile.reasons());
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
