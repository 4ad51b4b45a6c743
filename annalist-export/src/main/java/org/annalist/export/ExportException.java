package org.annalist.export;

/** An export could not be written: the output failed (a closed pipe, a full disk) or a stored item could not be read. */
public final class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ExportException(String format, Exception cause) {
    super("cannot write the " + format + " export: " + cause.getMessage(), cause);
  }

  /** A write that may fail with a checked exception. */
  @FunctionalInterface
  interface Write<E extends Exception> {
    void run() throws E;
  }

  /**
   * Runs a write inside one of the store's visitors, which take plain consumers, turning a checked
   * failure into an {@code ExportException} naming the format.
   */
  static <E extends Exception> void unchecked(String format, Write<E> write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ExportException(format, e);
    }
  }
}
