package org.annalist.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.events.EventMention.Role;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.junit.jupiter.api.Test;

/** The synthetic corpus has the shape the scaling benchmark claims for it. */
class SyntheticAttestationsTest {
  private final List<Attestation> attestations = SyntheticAttestations.generate(5_000, 7);

  @Test
  void theSameSizeAndSeedGiveTheSameAttestations() {
    assertThat(attestations).hasSize(5_000).isEqualTo(SyntheticAttestations.generate(5_000, 7));
    assertThat(SyntheticAttestations.generate(5_000, 8)).isNotEqualTo(attestations);
  }

  @Test
  void everyAttestationIsOneTheTimelineWouldKeep() {
    assertThat(attestations)
        .allSatisfy(a -> assertThat(Aligner.isReportable(a.mention())).isTrue());
  }

  @Test
  void aFewEntitiesAreNamedEverywhereAndMostRarely() {
    Map<String, Long> doers = attestations.stream()
        .flatMap(a -> a.entities(Role.AGENT).stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    List<Long> counts =
        doers.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();
    assertThat(counts.get(0)).isGreaterThan(10 * counts.get(counts.size() / 2));
  }

  @Test
  void datesRunFromDaysToDecadesAndSomeTellingsAreNumberedOrCounted() {
    assertThat(attestations)
        .anyMatch(a -> a.mention().time().value().length() == 10)
        .anyMatch(a -> a.mention().time().value().length() == 3)
        .anyMatch(a -> !a.mention().time().explicit())
        .anyMatch(a -> a.mention().ordinal() != null)
        .anyMatch(a -> a.mention().series() != null)
        .anyMatch(a -> !a.mention().quantities().isEmpty());
  }

  @Test
  void tellingsOfOneEventInSeveralDocumentsAlignIntoClusters() {
    List<List<Attestation>> clusters = new Aligner().align(attestations);
    long clustered =
        clusters.stream().filter(c -> c.size() > 1).mapToLong(List::size).sum();
    assertThat(clusters.size()).isLessThan(attestations.size() / 2);
    assertThat(clustered).isGreaterThan(attestations.size() / 2);
  }
}
