package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.EntityType;
import org.annalist.model.Span;

/**
 * Fuzz tests (Jazzer) of the entity matcher on arbitrary names: the resolver puts every mention in
 * exactly one entity and never mixes people with other types; the name normalizer and the spelling
 * similarity never throw, and the similarity is symmetric, in [0, 1], and 1 for equal names. Under
 * {@code ./mvnw verify} they replay their inputs in {@code
 * src/test/resources/org/annalist/entities/EntityResolverFuzzTestInputs/}; with {@code
 * JAZZER_FUZZ=1} they fuzz (docs/RELIABILITY.md).
 */
class EntityResolverFuzzTest {
  private static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);

  @FuzzTest
  void putsEveryMentionInExactlyOneEntityOfOneKind(FuzzedDataProvider data) {
    List<NameMention> mentions = new ArrayList<>();
    int count = data.consumeInt(1, 12);
    for (int i = 0; i < count; i++) {
      String text = data.consumeString(40);
      mentions.add(new NameMention(
          "doc-" + data.consumeInt(0, 3),
          Span.of(10 * i, 10 * i + text.length()),
          text,
          data.pickValue(TYPES),
          data.consumeString(120)));
    }

    List<Entity> entities = new EntityResolver().resolve(mentions);

    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).toList())
        .containsExactlyInAnyOrderElementsOf(mentions);
    assertThat(entities)
        .allSatisfy(entity -> assertThat(
                entity.mentions().stream().map(NameMention::isPerson).distinct())
            .as("people and other kinds in %s", entity)
            .hasSize(1));
  }

  @FuzzTest
  void normalizesAndComparesAnyTwoNames(FuzzedDataProvider data) {
    String a = data.consumeString(60);
    String b = data.consumeRemainingAsString();

    NameNormalizer.normalize(a, true);
    NameNormalizer.normalize(b, false);
    double score = SpellingSimilarity.score(a, b);

    assertThat(score).isBetween(0.0, 1.0).isEqualTo(SpellingSimilarity.score(b, a));
    assertThat(SpellingSimilarity.score(a, a)).isEqualTo(1.0);
  }
}
