package org.annalist.pipeline;

/** A stage returned something other than what it declared. */
public final class StageContractException extends RuntimeException {
  public StageContractException(String message) {
    super(message);
  }
}
