package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.regex.Pattern;

/**
 * The name of an annotation layer: dot-separated lower-case words, such as
 * {@code clean.boilerplate}. The first word names the stage family that produces it.
 */
public record LayerName(String value) implements Comparable<LayerName> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

  public LayerName {
    requireArgument(
        FORM.matcher(value).matches(),
        "layer name must be dot-separated lower-case words like 'clean.boilerplate', was '%s'",
        value);
  }

  public static LayerName of(String value) {
    return new LayerName(value);
  }

  @Override
  public int compareTo(LayerName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
