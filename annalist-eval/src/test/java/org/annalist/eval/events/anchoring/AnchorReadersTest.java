package org.annalist.eval.events.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.annalist.eval.EvalData;
import org.junit.jupiter.api.Test;

/** The anchor readers on the real dev splits (the test splits are read only by the final scoring). */
class AnchorReadersTest {
  @Test
  void meantimeDevIsTheAppleTopicWithItsEventTimeLinks() throws IOException {
    AnchoringCorpus corpus = MeantimeAnchors.read(EvalData.path(), "dev");

    assertThat(corpus.documents()).hasSize(30);
    assertThat(corpus.anchors()).isEqualTo(101);
    assertThat(corpus.documents()).allMatch(document -> document.creationTime() != null);
    assertThat(corpus.documents().stream().flatMap(d -> d.anchors().stream()))
        .anyMatch(GoldAnchor::creationTime)
        .anyMatch(anchor -> !anchor.creationTime());
  }

  @Test
  void timelineDevIsTheTrialDataWithItsDatedEntries() throws IOException {
    AnchoringCorpus corpus = TimelineAnchors.read(EvalData.path(), "dev");

    assertThat(corpus.documents()).hasSize(30);
    assertThat(corpus.anchors()).isEqualTo(146);
    AnchoredDocument biography = corpus.documents().stream()
        .filter(document -> document.id().equals("18355"))
        .findFirst()
        .orElseThrow();
    assertThat(biography.anchors()).anySatisfy(anchor -> {
      assertThat(anchor.span().quote(biography.text().text())).isEqualTo("born");
      assertThat(anchor.days().earliest()).isEqualTo(LocalDate.of(1955, 2, 24));
    });
  }

  @Test
  void tbaqDevIsFourOfEveryFiveFiles() throws IOException {
    AnchoringCorpus corpus = TimeMlAnchors.read(EvalData.path(), "dev");

    assertThat(corpus.documents()).hasSize(205);
    assertThat(corpus.anchors()).isEqualTo(1769);
  }
}
