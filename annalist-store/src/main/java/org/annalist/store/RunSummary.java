package org.annalist.store;

/** The counts of one analysis run. */
public record RunSummary(int analyzed, int unchanged, int failed, int removed) {
  public int succeeded() {
    return analyzed + unchanged;
  }
}
