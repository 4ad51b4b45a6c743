package org.annalist.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * A typed annotation layer, in the spirit of CoreNLP's typed annotation keys: the layer's name
 * and the codec between its values and the strings its annotations store. Producers write a
 * layer through its key ({@link AnnotationLayer#builder(LayerKey, Document, Provenance)}) and
 * consumers read it through the key ({@link Annotation#value(LayerKey)}), so the format of a
 * layer's values is written down once, in its key, and no consumer parses a stored string.
 *
 * @param <V> the type of the layer's values
 */
public final class LayerKey<V> {
  private final LayerName name;
  private final Function<? super V, String> encoder;
  private final Function<String, ? extends V> decoder;

  private LayerKey(
      LayerName name, Function<? super V, String> encoder, Function<String, ? extends V> decoder) {
    this.name = name;
    this.encoder = encoder;
    this.decoder = decoder;
  }

  /**
   * The key of the named layer.
   *
   * @param encoder writes a value as the string an annotation stores
   * @param decoder reads such a string back, throwing {@link IllegalArgumentException} on a
   *     string the encoder does not write
   */
  public static <V> LayerKey<V> of(
      String name, Function<? super V, String> encoder, Function<String, ? extends V> decoder) {
    return new LayerKey<>(LayerName.of(name), encoder, decoder);
  }

  public LayerName name() {
    return name;
  }

  /** The string an annotation of this layer stores for the value. */
  public String encode(V value) {
    Objects.requireNonNull(value, () -> "value of layer " + name);
    return encoder.apply(value);
  }

  /**
   * The value a stored string of this layer stands for.
   *
   * @throws IllegalArgumentException naming the layer and the string when it is not in the
   *     layer's format
   */
  public V decode(String stored) {
    try {
      return decoder.apply(stored);
    } catch (IllegalArgumentException malformed) {
      throw new IllegalArgumentException(
          String.format(
              "layer %s: cannot read the value '%s': %s", name, stored, malformed.getMessage()),
          malformed);
    }
  }

  @Override
  public String toString() {
    return "LayerKey[" + name + "]";
  }
}
