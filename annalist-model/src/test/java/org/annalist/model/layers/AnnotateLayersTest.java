package org.annalist.model.layers;

import static org.annalist.model.layers.AnnotateLayers.DEPENDENCY;
import static org.annalist.model.layers.AnnotateLayers.MENTION;
import static org.annalist.model.layers.AnnotateLayers.SENTENCE;
import static org.annalist.model.layers.AnnotateLayers.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The annotate stage's stored formats read back as they were written, and typed values survive the trip. */
class AnnotateLayersTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "7", "1204"})
  void sentenceIndexesReadBackUnchanged(String stored) {
    assertThat(SENTENCE.encode(SENTENCE.decode(stored))).isEqualTo(stored);
  }

  @Property
  void everySentenceIndexSurvivesTheTrip(@ForAll("indexes") int index) {
    assertThat(SENTENCE.decode(SENTENCE.encode(index))).isEqualTo(index);
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }

  /** As CoreNLP writes them: a tag, a space, the lemma (empty, with underscores, with a no-break space). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "VBD send",
        "NNP New_York",
        "CD 1\u00a01/2",
        "X ",
        "NN _",
        "-LRB- -lrb-",
        ": --",
        "POS 's",
        "NNP Zhou_En-lai",
        "SYM \u2014"
      })
  void tokensReadBackUnchanged(String stored) {
    assertThat(TOKEN.encode(TOKEN.decode(stored))).isEqualTo(stored);
  }

  @Test
  void aTokenIsReadAsItsTagAndLemma() {
    assertThat(TOKEN.decode("VBD send")).isEqualTo(new TokenTag("VBD", "send"));
    assertThat(TOKEN.decode("X ")).isEqualTo(new TokenTag("X", ""));
    assertThat(TOKEN.encode(TokenTag.of("NNP", "New York"))).isEqualTo("NNP New_York");
  }

  @Property
  void everyTokenSurvivesTheTrip(@ForAll("tokens") TokenTag token) {
    assertThat(TOKEN.decode(TOKEN.encode(token))).isEqualTo(token);
  }

  @Provide
  Arbitrary<TokenTag> tokens() {
    Arbitrary<String> tags = Arbitraries.oneOf(
        Arbitraries.of("NN", "NNP", "VBD", "X", "-LRB-", "$", "``"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(6).excludeChars(' '));
    return Combinators.combine(tags, Arbitraries.strings().ofMaxLength(12)).as(TokenTag::of);
  }

  @Test
  void aTokenThatIsNotATagAndALemmaIsRefused() {
    assertThatThrownBy(() -> TOKEN.decode("NNP"))
        .hasMessageStartingWith("layer annotate.token: cannot read the value 'NNP'");
    assertThatThrownBy(() -> TOKEN.decode(" send")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TOKEN.decode("NNP New York"))
        .hasMessageContaining("lemma must have no space");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "root",
        "nsubj 1042",
        "obl:tmod 0",
        "compound:prt 17",
        "dep 2147483647",
        "nsubj:pass 88"
      })
  void dependenciesReadBackUnchanged(String stored) {
    assertThat(DEPENDENCY.encode(DEPENDENCY.decode(stored))).isEqualTo(stored);
  }

  @Test
  void aDependencyIsReadAsItsRelationAndHeadOffset() {
    assertThat(DEPENDENCY.decode("nsubj 1042")).isEqualTo(new Dependency("nsubj", 1042));
    assertThat(DEPENDENCY.decode("root")).isEqualTo(Dependency.ROOT);
    assertThat(Dependency.ROOT.isRoot()).isTrue();
    assertThat(new Dependency("nsubj", 0).isRoot()).isFalse();
  }

  @Property
  void everyDependencySurvivesTheTrip(@ForAll("dependencies") Dependency dependency) {
    assertThat(DEPENDENCY.decode(DEPENDENCY.encode(dependency))).isEqualTo(dependency);
  }

  @Provide
  Arbitrary<Dependency> dependencies() {
    Arbitrary<String> relations = Arbitraries.oneOf(
        Arbitraries.of("nsubj", "obj", "obl:tmod", "root", "dep"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(10).excludeChars(' '));
    Arbitrary<Dependency> headed = Combinators.combine(
            relations, Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as(Dependency::new);
    return Arbitraries.oneOf(headed, Arbitraries.just(Dependency.ROOT));
  }

  @Test
  void aDependencyNotInTheFormatIsRefused() {
    assertThatThrownBy(() -> DEPENDENCY.decode("nsubj"))
        .hasMessageContaining("annotate.dependency");
    assertThatThrownBy(() -> DEPENDENCY.decode("nsubj -1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEPENDENCY.decode("nsubj +5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DEPENDENCY.decode("nsubj 99999999999"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dependency("nsubj", -1)).hasMessageContaining("-1 for the root");
  }

  @ParameterizedTest
  @EnumSource(EntityType.class)
  void everyEntityTypeSurvivesTheTripAndIsStoredByName(EntityType type) {
    assertThat(MENTION.encode(type)).isEqualTo(type.name());
    assertThat(MENTION.decode(MENTION.encode(type))).isEqualTo(type);
  }

  @Test
  void aMentionTypeCoreNlpDoesNotGiveIsRefused() {
    assertThatThrownBy(() -> MENTION.decode("DATE"))
        .hasMessageStartingWith("layer annotate.mention");
    assertThatThrownBy(() -> MENTION.decode("person")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entityTypesAreInTheOrderOfTheirStoredNames() {
    assertThat(Arrays.stream(EntityType.values()).map(Enum::name)).isSorted();
  }
}
