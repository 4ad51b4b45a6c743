package org.annalist.app;

/** The user asked to analyze something that cannot be analyzed, e.g. a folder that does not exist. */
public final class AnalysisInputException extends RuntimeException {
  public AnalysisInputException(String message) {
    super(message);
  }
}
