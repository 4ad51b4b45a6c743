package org.annalist.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Quantity;
import org.annalist.events.EventMention.Role;
import org.annalist.timeline.Conflict.Claim;
import org.annalist.timeline.Conflict.Kind;

/**
 * Compares the sources of each aligned event: dates that cannot both hold, counts of the same
 * thing far apart, one source's "agreed" against another's "refused", different doers of one
 * numbered act, and claims about a whole series ("refused all six") against the sources' telling
 * of each member.
 */
final class ConflictFinder {
  /** Two counts of the same thing conflict when the larger is at least this multiple of the smaller. */
  static final double QUANTITY_RATIO = 1.5;

  private final Map<String, String> paths;

  /** A finder whose explanations name each document as {@code paths} does, by id. */
  ConflictFinder(Map<String, String> paths) {
    this.paths = paths;
  }

  /** Conflicts within one event, without ids. */
  List<ConflictDraft> within(List<Attestation> event) {
    List<ConflictDraft> drafts = new ArrayList<>();
    time(event).ifPresent(drafts::add);
    quantity(event).ifPresent(drafts::add);
    outcome(event).ifPresent(drafts::add);
    participant(event).ifPresent(drafts::add);
    return drafts;
  }

  private Optional<ConflictDraft> time(List<Attestation> event) {
    Attestation bestA = null;
    Attestation bestB = null;
    long widest = 0;
    for (Attestation a : event) {
      for (Attestation b : event) {
        EventTime ta = a.mention().time();
        EventTime tb = b.mention().time();
        if (a.document().equals(b.document())
            || ta == null
            || tb == null
            || !(ta.explicit() && tb.explicit() || sameNumber(a.mention(), b.mention()))) {
          continue;
        }
        long gap = tb.days().earliest().toEpochDay() - Aligner.latest(ta).toEpochDay();
        if (gap > widest) {
          widest = gap;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA == null || bestB == null) {
      return Optional.empty();
    }
    EventTime ta =
        Objects.requireNonNull(bestA.mention().time(), "a pair is kept only when both have a time");
    EventTime tb =
        Objects.requireNonNull(bestB.mention().time(), "a pair is kept only when both have a time");
    String explanation = String.format(
        Locale.ROOT,
        "%s dates it to %s but %s to %s, %d days later; both cannot be true.",
        path(bestA),
        described(ta),
        path(bestB),
        described(tb),
        widest);
    return Optional.of(new ConflictDraft(
        Kind.TIME, explanation, List.of(timeClaim(bestA, ta), timeClaim(bestB, tb))));
  }

  /** Two tellings of the same numbered act: dated apart, even only by their narratives, they disagree. */
  private static boolean sameNumber(EventMention a, EventMention b) {
    return a.ordinal() != null
        && b.ordinal() != null
        && a.ordinal().value() == b.ordinal().value();
  }

  private static String described(EventTime time) {
    if (time.explicit()) {
      return "\"" + time.text() + "\" (" + time.value() + ")";
    }
    String told = time.text().isEmpty()
        ? ""
        : ", told "
            + (time.sentencesBack() == 1 ? "a sentence" : time.sentencesBack() + " sentences")
            + " before as \"" + time.text() + "\"";
    return time.value() + " (the narrative's date at that point" + told + ")";
  }

  private static Claim timeClaim(Attestation attestation, EventTime time) {
    return new Claim(attestation.document(), time.span(), time.value());
  }

  private Optional<ConflictDraft> quantity(List<Attestation> event) {
    Claim low = null;
    Claim high = null;
    Attestation lowSource = null;
    Attestation highSource = null;
    double ratio = QUANTITY_RATIO;
    for (Attestation a : event) {
      for (Attestation b : event) {
        if (a.document().equals(b.document())) {
          continue;
        }
        for (Quantity qa : a.mention().quantities()) {
          for (Quantity qb : b.mention().quantities()) {
            if (qa.unit().equals(qb.unit()) && qb.value() >= ratio * qa.value()) {
              ratio = qb.value() / qa.value();
              low = new Claim(a.document(), qa.span(), amount(qa.value()));
              high = new Claim(b.document(), qb.span(), amount(qb.value()));
              lowSource = a;
              highSource = b;
            }
          }
        }
      }
    }
    if (low == null || high == null || lowSource == null || highSource == null) {
      return Optional.empty();
    }
    String explanation = String.format(
        Locale.ROOT,
        "%s counts %s where %s counts %s, %.1f times as many.",
        path(highSource),
        high.value(),
        path(lowSource),
        low.value(),
        ratio);
    return Optional.of(new ConflictDraft(Kind.QUANTITY, explanation, List.of(high, low)));
  }

  static String amount(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.valueOf(value);
  }

  private Optional<ConflictDraft> outcome(List<Attestation> event) {
    for (Attestation a : event) {
      for (Attestation b : event) {
        if (!a.document().equals(b.document())
            && a.mention().outcome() == Outcome.ACCEPTED
            && b.mention().outcome() == Outcome.REFUSED) {
          String explanation = String.format(
              Locale.ROOT,
              "%s says the request was granted; %s says it was refused.",
              path(a),
              path(b));
          return Optional.of(new ConflictDraft(
              Kind.OUTCOME, explanation, List.of(sentenceClaim(a), sentenceClaim(b))));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ConflictDraft> participant(List<Attestation> event) {
    for (Attestation a : event) {
      for (Attestation b : event) {
        Set<String> agentsA = a.namedEntities(Role.AGENT);
        Set<String> agentsB = b.namedEntities(Role.AGENT);
        if (a.document().compareTo(b.document()) < 0
            && !agentsA.isEmpty()
            && !agentsB.isEmpty()
            && Collections.disjoint(agentsA, agentsB)) {
          String explanation = String.format(
              Locale.ROOT, "%s and %s name different people as doing it.", path(a), path(b));
          return Optional.of(new ConflictDraft(
              Kind.PARTICIPANT, explanation, List.of(sentenceClaim(a), sentenceClaim(b))));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A claim that a whole series went one way, against an event of the series that another
   * source tells the other way. Empty unless the event is numbered, within the series, a
   * response of the opposite outcome from another source, and shares a participant with the claim.
   */
  Optional<ConflictDraft> seriesAgainst(Attestation claim, List<Attestation> event) {
    EventMention series = claim.mention();
    if (series.series() == null || series.outcome() == Outcome.NONE) {
      return Optional.empty();
    }
    int count = series.series().count();
    for (Attestation member : event) {
      EventMention told = member.mention();
      boolean opposite = told.outcome() != Outcome.NONE && told.outcome() != series.outcome();
      Ordinal ordinal = told.ordinal();
      boolean inSeries = ordinal != null && (count == 0 || ordinal.value() <= count);
      if (ordinal != null
          && opposite
          && inSeries
          && !member.document().equals(claim.document())
          && !Collections.disjoint(member.entities(), claim.entities())) {
        String all = count == 0 ? "all" : "all " + count;
        String explanation = String.format(
            Locale.ROOT,
            "%s says %s %s were %s; %s tells the %s as %s.",
            path(claim),
            all,
            plural(series.series().series()),
            word(series.outcome()),
            path(member),
            ordinalWord(ordinal.value()),
            word(told.outcome()));
        return Optional.of(new ConflictDraft(
            Kind.OUTCOME,
            explanation,
            List.of(
                new Claim(
                    claim.document(), series.sentence(), word(series.outcome()) + " (" + all + ")"),
                new Claim(
                    member.document(),
                    told.sentence(),
                    word(told.outcome()) + " (" + ordinalWord(ordinal.value()) + ")"))));
      }
    }
    return Optional.empty();
  }

  /** The plural of a regular English noun lemma: request → requests, dispatch → dispatches, reply → replies. */
  static String plural(String noun) {
    if (noun.matches(".*(s|sh|ch|x|z)")) {
      return noun + "es";
    }
    return noun.matches(".*[^aeiou]y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }

  private static String word(Outcome outcome) {
    return outcome == Outcome.ACCEPTED ? "granted" : "refused";
  }

  static String ordinalWord(int value) {
    String suffix = value % 100 >= 11 && value % 100 <= 13
        ? "th"
        : switch (value % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return value + suffix;
  }

  private static Claim sentenceClaim(Attestation attestation) {
    return new Claim(
        attestation.document(),
        attestation.mention().sentence(),
        attestation.mention().outcome() == Outcome.NONE
            ? attestation.mention().lemma()
            : word(attestation.mention().outcome()));
  }

  private String path(Attestation attestation) {
    return paths.getOrDefault(attestation.document(), attestation.document());
  }
}
