package org.annalist.events;

import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.Factuality;
import org.annalist.events.EventMention.Polarity;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/** What the words read so far say of the event, from its own clause outwards. */
record Stance(
    boolean negated,
    Certainty certainty,
    @Nullable String modal,
    boolean hypothetical,
    boolean intended,
    boolean generic,
    @Nullable Span reportedBy) {
  /** Told by the narration as having happened. */
  static final Stance TOLD = new Stance(false, Certainty.CERTAIN, null, false, false, false, null);

  Stance negate() {
    return new Stance(!negated, certainty, modal, hypothetical, intended, generic, reportedBy);
  }

  Stance atMost(Certainty limit) {
    return new Stance(
        negated, lower(certainty, limit), modal, hypothetical, intended, generic, reportedBy);
  }

  Stance suppose() {
    return new Stance(negated, certainty, modal, true, intended, generic, reportedBy);
  }

  Stance intend() {
    return new Stance(negated, certainty, modal, hypothetical, true, generic, reportedBy);
  }

  Stance habitual() {
    return new Stance(negated, certainty, modal, hypothetical, intended, true, reportedBy);
  }

  /** The nearest reporter wins: one already read is kept. */
  Stance reportedBy(@Nullable Span reporter) {
    return reportedBy != null || reporter == null
        ? this
        : new Stance(negated, certainty, modal, hypothetical, intended, generic, reporter);
  }

  /** What a governing verb group passes to a complement: its negation, doubt, future and counterfactual. */
  Stance with(VerbGroup group) {
    return (group.negated() ? negate() : this).withModality(group);
  }

  /** What a governing verb group passes to a participle: its doubt, future and counterfactual. */
  Stance withModality(VerbGroup group) {
    Stance passed = atMost(group.certainty());
    if (group.future() || group.prospective()) {
      passed = passed.intend();
    }
    return group.counterfactual() ? passed.suppose() : passed;
  }

  /** What it says of whether the event happens, without the modal word and the reporter. */
  Stance withoutSource() {
    return new Stance(negated, certainty, null, hypothetical, intended, generic, null);
  }

  /** This and what an outer clause says of everything in it. */
  Stance plus(Stance outer) {
    return new Stance(
        negated != outer.negated,
        lower(certainty, outer.certainty),
        modal != null ? modal : outer.modal,
        hypothetical || outer.hypothetical,
        intended || outer.intended,
        generic || outer.generic,
        reportedBy != null ? reportedBy : outer.reportedBy);
  }

  Factuality factuality() {
    return new Factuality(
        negated ? Polarity.NEGATIVE : Polarity.POSITIVE,
        certainty,
        modal,
        hypothetical,
        intended,
        generic,
        reportedBy);
  }

  /** The less sure of two certainties. */
  static Certainty lower(Certainty a, Certainty b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
