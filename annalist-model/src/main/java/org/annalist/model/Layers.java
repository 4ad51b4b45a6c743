package org.annalist.model;

import java.util.Set;

/**
 * The layer names shared across stages, the store and the exports.
 * Stage-private layers are named in their own modules.
 */
public final class Layers {
  private Layers() {}

  /** Web chrome, navigation and repeated lines; values say which rule marked the span. */
  public static final LayerName BOILERPLATE = LayerName.of("clean.boilerplate");

  /** Redaction marks (a censor's {@code **}) standing for a masked word or name. */
  public static final LayerName REDACTION = LayerName.of("clean.redaction");

  /** Layers whose spans later stages skip when they read the text. */
  public static final Set<LayerName> MASKS = Set.of(BOILERPLATE, REDACTION);
}
