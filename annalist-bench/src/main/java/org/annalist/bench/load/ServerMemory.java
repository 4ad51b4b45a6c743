package org.annalist.bench.load;

/** Takes a {@link MemorySample} of the server under test. */
@FunctionalInterface
public interface ServerMemory {
  /** Runs a full garbage collection in the server and samples its memory. */
  MemorySample sample();
}
