package org.annalist.bench.load;

/**
 * The server's memory at one moment.
 *
 * @param heapAfterFullGcBytes heap in use right after a full garbage collection
 * @param residentBytes the process's resident set size, or -1 when it cannot be read
 */
public record MemorySample(long heapAfterFullGcBytes, long residentBytes) {}
