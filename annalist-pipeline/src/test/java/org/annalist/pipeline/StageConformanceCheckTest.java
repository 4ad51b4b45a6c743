package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.DocumentFlags;
import org.annalist.model.FlagName;
import org.annalist.model.LayerName;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite's input check ({@link StageConformanceTest#leavesItsInputAsItWas}) can
 * fail: it rejects stages that break the rule on purpose, and passes a stage that keeps it.
 */
class StageConformanceCheckTest {
  private static final LayerName WORDS = LayerName.of("test.words");
  private static final LayerName MARKS = LayerName.of("test.marks");
  private static final List<String> SAMPLES = List.of("Mao met Stalin", "The siege ended in 1944.");

  @Test
  void passesAStageThatOnlyAddsItsLayers() {
    StageConformanceTest suite = suiteFor(new WordMarker(), List.of());

    assertThatCode(suite::leavesItsInputAsItWas).doesNotThrowAnyException();
  }

  @Test
  void catchesAStageThatChangesItsInput() {
    StageConformanceTest suite = suiteFor(new FlagTamperer(), List.of(new WordMarker()));

    assertThatThrownBy(suite::leavesItsInputAsItWas)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the input after the stage ran")
        .hasMessageContaining("tampered");
  }

  @Test
  void catchesAStageThatHandsBackALayerOfItsInputRewritten() {
    StageConformanceTest suite = suiteFor(new WordRewriter(), List.of(new WordMarker()));

    assertThatThrownBy(suite::leavesItsInputAsItWas)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("layers the stage handed back that its input already had")
        .hasMessageContaining(WORDS.toString());
  }

  /** The conformance suite for this stage after these, on the samples; its checks run as methods. */
  private static StageConformanceTest suiteFor(Stage stage, List<Stage> prerequisites) {
    return new StageConformanceTest() {
      @Override
      protected Stage stage() {
        return stage;
      }

      @Override
      protected List<Stage> prerequisites() {
        return prerequisites;
      }

      @Override
      protected List<String> sampleTexts() {
        return SAMPLES;
      }
    };
  }

  /** Marks every word: a stage that keeps the rules. */
  private static final class WordMarker extends FakeStage {
    WordMarker() {
      super("words", Set.of(), Set.of(WORDS));
    }

    @Override
    public StageOutput apply(AnnotatedDocument input, RunContext context) {
      AnnotationLayer.Builder words =
          AnnotationLayer.builder(WORDS, input.document(), context.provenance(this));
      Matcher word = Pattern.compile("\\S+").matcher(input.text());
      while (word.find()) {
        words.add(word.start(), word.end(), "word");
      }
      return StageOutput.of(List.of(words.build()), DocumentFlags.NONE);
    }
  }

  /**
   * Breaks the rule where the model lets nothing break it: it sets the flags of the immutable
   * document it was given, by reflection, then returns its own layer as it should.
   */
  private static final class FlagTamperer extends FakeStage {
    FlagTamperer() {
      super("tamperer", Set.of(), Set.of(MARKS));
    }

    @Override
    public StageOutput apply(AnnotatedDocument input, RunContext context) {
      Field flags = Arrays.stream(AnnotatedDocument.class.getDeclaredFields())
          .filter(field -> field.getType() == DocumentFlags.class)
          .findFirst()
          .orElseThrow();
      try {
        flags.setAccessible(true);
        flags.set(input, DocumentFlags.of(Map.of(FlagName.of("tampered"), 1)));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot set the flags of " + input, e);
      }
      return StageOutput.of(List.of(AnnotationLayer.empty(MARKS)), DocumentFlags.NONE);
    }
  }

  /** Declares the word layer it requires as its own and hands it back rewritten. */
  private static final class WordRewriter extends FakeStage {
    WordRewriter() {
      super("rewriter", Set.of(WORDS), Set.of(WORDS));
    }

    @Override
    public StageOutput apply(AnnotatedDocument input, RunContext context) {
      AnnotationLayer.Builder words =
          AnnotationLayer.builder(WORDS, input.document(), context.provenance(this));
      for (Annotation word : input.expectLayer(WORDS).annotations()) {
        words.add(word.span(), "rewritten");
      }
      return StageOutput.of(List.of(words.build()), DocumentFlags.NONE);
    }
  }
}
