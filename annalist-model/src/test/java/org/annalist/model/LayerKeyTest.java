package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LayerKeyTest {
  private static final LayerKey<Integer> COUNT =
      LayerKey.of("test.count", n -> "n=" + n, LayerKeyTest::count);
  private static final Provenance BY_TEST = new Provenance("test", "1", "run-1");
  private static final String TEXT = "one two";
  private static final Document DOCUMENT = new Document(
      DocumentId.ofBytes(TEXT.getBytes(StandardCharsets.UTF_8)),
      "d.txt",
      "text/plain",
      TEXT,
      DocumentMetadata.EMPTY);

  private static Integer count(String stored) {
    Checks.requireArgument(stored.startsWith("n="), "expected n=COUNT");
    return Integer.valueOf(stored.substring(2));
  }

  @Test
  void aTypedBuilderStoresValuesInTheKeysFormatAndAnnotationsReadThemBack() {
    AnnotationLayer layer = AnnotationLayer.builder(COUNT, DOCUMENT, BY_TEST)
        .add(0, 3, 1)
        .add(Span.of(4, 7), 2)
        .build();

    assertThat(layer.name()).isEqualTo(LayerName.of("test.count"));
    assertThat(layer.annotations()).extracting(Annotation::value).containsExactly("n=1", "n=2");
    assertThat(layer.annotations()).extracting(a -> a.value(COUNT)).containsExactly(1, 2);
  }

  @Test
  void aTypedBuilderChecksSpansAgainstTheText() {
    assertThatThrownBy(() -> AnnotationLayer.builder(COUNT, DOCUMENT, BY_TEST).add(4, 8, 1))
        .hasMessageContaining("does not fit document");
  }

  @Test
  void aValueNotInTheLayersFormatIsRefusedNamingTheLayerAndTheValue() {
    Annotation stray = new Annotation(Span.of(0, 3), "three", BY_TEST);

    assertThatThrownBy(() -> stray.value(COUNT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer test.count: cannot read the value 'three': expected n=COUNT");
    assertThatThrownBy(() -> COUNT.decode("n=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("layer test.count: cannot read the value 'n=x'");
  }

  @Test
  void aKeyIsNamedByItsLayer() {
    assertThat(COUNT.name()).isEqualTo(LayerName.of("test.count"));
    assertThat(COUNT).hasToString("LayerKey[test.count]");
    assertThatThrownBy(() -> LayerKey.of("Not A Name", n -> "n=" + n, LayerKeyTest::count))
        .hasMessageContaining("layer name must be");
  }
}
