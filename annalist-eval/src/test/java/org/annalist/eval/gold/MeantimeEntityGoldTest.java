package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.eval.EvalData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity annotation of the real MEANTIME English files in ../shared/eval-data. */
class MeantimeEntityGoldTest {
  private static List<EntityGoldDocument> documents;

  @BeforeAll
  static void read() throws IOException {
    documents = MeantimeEntityReader.read(EvalData.path(), Set.of());
  }

  private static List<GoldEntityMention> mentions() {
    return documents.stream().flatMap(d -> d.mentions().stream()).toList();
  }

  /** Counted independently of the reader (Python over the XML): anchored mentions, names, referents. */
  @Test
  void countsMentionsAsTheFilesHoldThem() {
    assertThat(documents).hasSize(120);
    assertThat(mentions()).hasSize(3918);
    assertThat(mentions()).filteredOn(GoldEntityMention::documentLevel).hasSize(2778);
    assertThat(mentions()).filteredOn(GoldEntityMention::isName).hasSize(1176);
    assertThat(mentions()).filteredOn(m -> m.entity() != null).hasSize(3866);
    assertThat(mentions())
        .filteredOn(m -> m.entity() != null && !m.entity().contains("/"))
        .hasSize(3796);
  }

  @Test
  void theSameInstanceIsOneEntityAcrossDocuments() {
    EntityGoldDocument apple =
        documents.stream().filter(d -> d.id().equals("101354")).findFirst().orElseThrow();
    assertThat(apple.topic()).isEqualTo("apple");
    assertThat(apple.mentions())
        .filteredOn(m -> m.text().equals("Apple"))
        .extracting(GoldEntityMention::entity)
        .containsOnly("ORG19274271187160719");
    long documentsWithApple = documents.stream()
        .filter(d -> d.mentions().stream().anyMatch(m -> "ORG19274271187160719".equals(m.entity())))
        .count();
    assertThat(documentsWithApple).isGreaterThan(20);
  }

  @Test
  void documentLevelMentionsLieInTheAnnotatedRegions() {
    for (EntityGoldDocument d : documents) {
      assertThat(d.mentions())
          .filteredOn(GoldEntityMention::documentLevel)
          .allSatisfy(m -> assertThat(d.isAnnotated(m.span())).as(m.id()).isTrue());
    }
    assertThat(documents.stream().map(EntityGoldDocument::topic).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("airbus", "apple", "gm", "stock");
  }
}
