package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.DocumentFlags;
import org.annalist.model.FlagName;
import org.annalist.model.LayerName;
import org.annalist.testsupport.TestDocuments;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final LayerName WORDS = LayerName.of("test.words");
  private static final LayerName CAPITALS = LayerName.of("test.capitals");

  /** Marks every word. */
  private static final Stage WORD_STAGE = new FakeStage("words", Set.of(), Set.of(WORDS)) {
    @Override
    public StageOutput apply(AnnotatedDocument input, RunContext context) {
      var builder = AnnotationLayer.builder(WORDS, input.document(), context.provenance(this));
      var matcher = java.util.regex.Pattern.compile("\\S+").matcher(input.text());
      while (matcher.find()) {
        builder.add(matcher.start(), matcher.end(), "word");
      }
      return StageOutput.of(List.of(builder.build()), DocumentFlags.NONE);
    }
  };

  /** Marks the words that start with a capital, reading the word layer. */
  private static final Stage CAPITAL_STAGE =
      new FakeStage("capitals", Set.of(WORDS), Set.of(CAPITALS)) {
        @Override
        public StageOutput apply(AnnotatedDocument input, RunContext context) {
          var builder =
              AnnotationLayer.builder(CAPITALS, input.document(), context.provenance(this));
          input.expectLayer(WORDS).spans().stream()
              .filter(span -> Character.isUpperCase(input.text().charAt(span.start())))
              .forEach(span -> builder.add(span, "capital"));
          return StageOutput.of(
              List.of(builder.build()),
              DocumentFlags.of(java.util.Map.of(FlagName.of("capitalized"), 1)));
        }
      };

  @Test
  void runsStagesInOrderAndEachSeesTheLayersBeforeIt() {
    Pipeline pipeline = Pipeline.of(WORD_STAGE, CAPITAL_STAGE);

    AnnotatedDocument result =
        pipeline.run(TestDocuments.of("Mao met Stalin"), new RunContext("r1"));

    assertThat(result.expectLayer(WORDS).size()).isEqualTo(3);
    assertThat(result.expectLayer(CAPITALS).spans())
        .extracting(span -> span.quote(result.text()))
        .containsExactly("Mao", "Stalin");
    assertThat(result.flags().count(FlagName.of("capitalized"))).isEqualTo(1);
    assertThat(result.expectLayer(CAPITALS).annotations().get(0).provenance().run())
        .isEqualTo("r1");
  }

  @Test
  void refusesToBuildWhenARequiredLayerIsNotProducedEarlierAndNamesIt() {
    assertThatThrownBy(() -> Pipeline.of(CAPITAL_STAGE, WORD_STAGE))
        .isInstanceOf(PipelineDefinitionException.class)
        .hasMessageContaining("stage 'capitals' requires layer 'test.words'")
        .hasMessageContaining("earlier stages: none");
  }

  @Test
  void refusesTwoStagesProducingOneLayer() {
    Stage other = new FakeStage("other-words", Set.of(), Set.of(WORDS)) {
      @Override
      public StageOutput apply(AnnotatedDocument input, RunContext context) {
        throw new AssertionError("never run");
      }
    };
    assertThatThrownBy(() -> Pipeline.of(WORD_STAGE, other))
        .isInstanceOf(PipelineDefinitionException.class)
        .hasMessageContaining(
            "layer 'test.words' is produced by both stage 'words' and stage 'other-words'");
  }

  @Test
  void rejectsAStageThatReturnsLayersItDidNotDeclare() {
    Stage liar = new FakeStage("liar", Set.of(), Set.of(CAPITALS)) {
      @Override
      public StageOutput apply(AnnotatedDocument input, RunContext context) {
        return StageOutput.of(List.of(AnnotationLayer.empty(WORDS)), DocumentFlags.NONE);
      }
    };
    Pipeline pipeline = Pipeline.of(liar);
    assertThatThrownBy(() -> pipeline.run(TestDocuments.of("x"), new RunContext("r")))
        .isInstanceOf(StageContractException.class)
        .hasMessageContaining(
            "stage 'liar' declared layers [test.capitals] but returned [test.words]");
  }

  @Test
  void fingerprintNamesStagesAndVersions() {
    assertThat(Pipeline.of(WORD_STAGE, CAPITAL_STAGE).fingerprint())
        .isEqualTo("words@1,capitals@1");
  }
}
