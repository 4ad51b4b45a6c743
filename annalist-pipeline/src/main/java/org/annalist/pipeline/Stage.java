package org.annalist.pipeline;

import java.util.Set;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.LayerName;

/**
 * One step of the analysis. A stage reads a document and the layers it {@link #requires()},
 * and returns the layers it {@link #produces()} — all of them, and no others — plus flags.
 *
 * <p>Implementations must be pure and thread-safe: the same input gives the same output, and
 * one instance may be applied to many documents at once (in a thread pool or a Spark task).
 */
public interface Stage {

  /** A short lower-case name, used in provenance and messages, e.g. {@code clean}. */
  String name();

  /** The version of the stage's rules or model; a change causes documents to be re-analyzed. */
  String version();

  /** The layers that must be present before this stage runs. */
  Set<LayerName> requires();

  /** The layers this stage adds; {@link #apply} returns exactly these. */
  Set<LayerName> produces();

  /** Computes this stage's layers for one document. Must not mutate shared state. */
  StageOutput apply(AnnotatedDocument input, RunContext context);
}
