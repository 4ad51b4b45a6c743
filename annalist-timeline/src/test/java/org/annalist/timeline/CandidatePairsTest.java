package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Quantity;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventMention.SeriesClaim;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.annalist.timeline.Attestation.EntityRole;

/**
 * Blocking must find every pair that comparing all pairs would merge: on random blocks drawn from
 * small pools (so that words, doers, objects, numbers and dates often coincide), the pairs it
 * finds are exactly the pairs that score enough.
 */
class CandidatePairsTest {
  private static final Role[] ROLES = Role.values();

  @Property(tries = 500)
  void findsExactlyThePairsThatScoreEnough(@ForAll long seed) {
    Random random = new Random(seed);
    int size = 2 + random.nextInt(60);
    List<Attestation> block = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      block.add(attestation(random, i));
    }
    AlignmentFeatures[] features = AlignmentFeatures.of(block);
    CandidatePairs.PairTest merges = (a, b) -> Aligner.score(features[a], features[b])
        >= (features[a].document().equals(features[b].document())
            ? Aligner.SAME_DOCUMENT_THRESHOLD
            : Aligner.THRESHOLD);

    List<Long> everyPair = new ArrayList<>();
    for (int a = 0; a < size; a++) {
      for (int b = a + 1; b < size; b++) {
        if (merges.qualifies(a, b)) {
          everyPair.add((long) a << 32 | b);
        }
      }
    }

    assertThat(CandidatePairs.qualifying(features, merges))
        .containsExactly(everyPair.stream().mapToLong(Long::longValue).toArray());
  }

  private static Attestation attestation(Random random, int index) {
    Span sentence = Span.of(index * 10, index * 10 + 8);
    String lemma = pick(random, "send", "dispatch", "wire");
    String theme = random.nextInt(3) == 0 ? null : pick(random, "telegram", "troops");
    List<EntityRole> roles = new ArrayList<>();
    for (int n = random.nextInt(4); n > 0; n--) {
      roles.add(new EntityRole(
          ROLES[random.nextInt(ROLES.length)],
          pick(random, "a", "b", "c", "d"),
          random.nextBoolean()));
    }
    List<Quantity> quantities = random.nextInt(3) == 0
        ? List.of(
            new Quantity(sentence, 1 + random.nextInt(9), pick(random, "troop", "tank"), List.of()))
        : List.of();
    Ordinal ordinal = random.nextInt(4) == 0
        ? new Ordinal(1 + random.nextInt(3), "telegram", sentence, false)
        : null;
    SeriesClaim series = random.nextInt(15) == 0 ? new SeriesClaim(6, "request", sentence) : null;
    EventMention mention = EventMention.builder(sentence, sentence)
        .lemma(lemma)
        .group("send")
        .theme(theme)
        .time(time(random, sentence))
        .quantities(quantities)
        .ordinal(ordinal)
        .series(series)
        .build();
    return new Attestation("doc-" + random.nextInt(4), mention, roles);
  }

  /** No date, a day, a month, a year or a decade within a few years, explicit or the narrative's. */
  private static EventTime time(Random random, Span sentence) {
    int precision = random.nextInt(5);
    if (precision == 0) {
      return null;
    }
    LocalDate day = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(2_000));
    LocalDate first = switch (precision) {
      case 1 -> day;
      case 2 -> day.withDayOfMonth(1);
      case 3 -> day.withDayOfYear(1);
      default -> LocalDate.of(day.getYear() / 10 * 10, 1, 1);
    };
    LocalDate last = switch (precision) {
      case 1 -> day;
      case 2 -> first.plusMonths(1).minusDays(1);
      case 3 -> first.plusYears(1).minusDays(1);
      default -> first.plusYears(10).minusDays(1);
    };
    int sentencesBack = random.nextInt(4);
    DayInterval days = DayInterval.of(first, last);
    return sentencesBack == 0
        ? EventTime.stated(sentence, "", first.toString(), days)
        : EventTime.fromStory(sentence, "", first.toString(), days, sentencesBack);
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
