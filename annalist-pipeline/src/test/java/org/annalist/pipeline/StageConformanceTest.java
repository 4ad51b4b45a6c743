package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.testsupport.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The contract every stage must keep. A stage's test extends this class and names the stage,
 * the stages it needs before it, and sample texts that exercise its rules.
 */
public abstract class StageConformanceTest {
  private static final RunContext RUN = new RunContext("conformance");
  private static final int RANDOM_TEXTS = 300;

  /** The stage under test. */
  protected abstract Stage stage();

  /** Stages that produce what the stage under test requires, in order. */
  protected List<Stage> prerequisites() {
    return List.of();
  }

  /** Texts on which the stage does real work. */
  protected abstract List<String> sampleTexts();

  @Test
  void returnsExactlyTheDeclaredLayersWithSpansInsideTheText() {
    for (String text : sampleTexts()) {
      AnnotatedDocument input = prepared(text);
      StageOutput output = stage().apply(input, RUN);
      assertThat(output.layers())
          .extracting(AnnotationLayer::name)
          .containsExactlyInAnyOrderElementsOf(stage().produces());
      for (AnnotationLayer layer : output.layers()) {
        for (Annotation annotation : layer.annotations()) {
          assertThat(annotation.span().end())
              .as("end of %s in %s", annotation, layer.name())
              .isLessThanOrEqualTo(text.length());
          assertThat(annotation.provenance().stage()).isEqualTo(stage().name());
        }
      }
    }
  }

  @Test
  void doesWorkOnItsSamples() {
    boolean anyAnnotation = false;
    for (String text : sampleTexts()) {
      anyAnnotation |=
          stage().apply(prepared(text), RUN).layers().stream().anyMatch(l -> !l.isEmpty());
    }
    assertThat(anyAnnotation)
        .as("the samples should make the stage annotate something")
        .isTrue();
  }

  @Test
  void isDeterministic() {
    for (String text : sampleTexts()) {
      AnnotatedDocument input = prepared(text);
      assertThat(stage().apply(input, RUN)).isEqualTo(stage().apply(input, RUN));
    }
  }

  /**
   * The input shows after the stage ran what it showed before (text, layers, annotations, flags,
   * copied into plain values first), and the stage hands back none of the input's layers, not even
   * rewritten: it adds layers and changes none.
   */
  @Test
  void leavesItsInputAsItWas() {
    for (String text : sampleTexts()) {
      AnnotatedDocument input = prepared(text);
      InputState before = InputState.of(input);
      StageOutput output = stage().apply(input, RUN);
      assertThat(InputState.of(input)).as("the input after the stage ran").isEqualTo(before);
      assertThat(output.layers())
          .extracting(AnnotationLayer::name)
          .filteredOn(input::hasLayer)
          .as("layers the stage handed back that its input already had")
          .isEmpty();
    }
  }

  @Test
  void givesTheSameResultsFromManyThreads() throws Exception {
    List<AnnotatedDocument> inputs = new ArrayList<>();
    for (int copy = 0; copy < 8; copy++) {
      sampleTexts().forEach(text -> inputs.add(prepared(text)));
    }
    List<StageOutput> sequential =
        inputs.stream().map(input -> stage().apply(input, RUN)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<StageOutput>> futures = new ArrayList<>();
      for (AnnotatedDocument input : inputs) {
        futures.add(pool.submit(() -> stage().apply(input, RUN)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void survivesRandomText() {
    Random random = new Random(20261123L);
    for (int i = 0; i < RANDOM_TEXTS; i++) {
      String text = RandomText.next(random, sampleTexts());
      AnnotatedDocument output = Pipeline.apply(stage(), prepared(text), RUN);
      assertThat(output.text()).isEqualTo(text);
    }
  }

  private AnnotatedDocument prepared(String text) {
    Document document = TestDocuments.of(text);
    AnnotatedDocument current = AnnotatedDocument.of(document);
    for (Stage prerequisite : prerequisites()) {
      current = Pipeline.apply(prerequisite, current, RUN);
    }
    return current;
  }
}
