package org.annalist.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.FlagName;
import org.junit.jupiter.api.Test;

class SourceWitnessesTest {
  @Test
  void copiesOfCopiesAreOneWitnessNamedByTheirSmallestIdAndEachSaysWhomItShares() {
    TreeMap<String, String> paths =
        new TreeMap<>(Map.of("d", "/c/d.txt", "b", "/c/b.txt", "a", "/c/a.txt", "c", "/c/c.txt"));
    Map<String, Map<String, Integer>> shared =
        Map.of("d", Map.of("b", 4), "b", Map.of("d", 4, "c", 2), "c", Map.of("b", 2));

    Map<String, Source> sources = SourceWitnesses.of(
        paths, Map.of("a", List.of(new SourceFlag(FlagName.REDACTED, "2 marks"))), shared);

    assertThat(sources.keySet()).containsExactly("a", "b", "c", "d");
    assertThat(sources.get("a").witness()).isEqualTo("a");
    assertThat(sources.values())
        .filteredOn(source -> !source.document().equals("a"))
        .allSatisfy(source -> assertThat(source.witness()).isEqualTo("b"));
    assertThat(sources.get("a").flags())
        .extracting(SourceFlag::flag)
        .containsExactly(FlagName.REDACTED);
    assertThat(sources.get("d").has(FlagName.NEAR_DUPLICATE)).isTrue();
    assertThat(sources.get("d").flags().get(0).reason())
        .isEqualTo(
            "Shares copied passages with /c/b.txt (4 shared 8-word runs); they count as one witness.");
  }

  @Test
  void aPersonNamedOftenInOneSourceAloneIsACharacterOnlyInACorpusOfThreeOrMore() {
    List<SourceSignals.CastMember> cast = List.of(
        new SourceSignals.CastMember("Lin Wei", true, List.of("novel"), 5),
        new SourceSignals.CastMember("Stalin", true, List.of("novel", "essay", "news"), 30),
        new SourceSignals.CastMember("Kremlin", false, List.of("novel"), 9),
        new SourceSignals.CastMember("Zhang", true, List.of("essay"), 2));

    assertThat(SourceSignals.charactersOnlyIn(cast)).isEqualTo(Map.of("novel", List.of("Lin Wei")));
    assertThat(SourceSignals.charactersOnlyIn(List.of(
            new SourceSignals.CastMember("Lin Wei", true, List.of("novel"), 5),
            new SourceSignals.CastMember("Stalin", true, List.of("novel", "essay"), 30))))
        .isEmpty();
  }

  @Test
  void theCleanStagesFlagsComeWithTheirReasonInWords() {
    assertThat(SourceSignals.cleanFlag(FlagName.REDACTED, 12).reason())
        .isEqualTo("12 redaction marks hide words of the text.");
    assertThat(SourceSignals.cleanFlag(FlagName.of("caption-repeated"), 3).reason())
        .isEqualTo("flagged 3 times by the clean stage.");
  }
}
