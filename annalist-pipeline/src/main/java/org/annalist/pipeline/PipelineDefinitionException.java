package org.annalist.pipeline;

/** A pipeline whose stages do not fit together: the message names the stage and the layer. */
public final class PipelineDefinitionException extends RuntimeException {
  public PipelineDefinitionException(String message) {
    super(message);
  }
}
