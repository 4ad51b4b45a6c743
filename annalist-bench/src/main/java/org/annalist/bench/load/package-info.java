/**
 * The server load test: drives {@code annalist serve} on loopback with concurrent clients over
 * the timeline, event, search and export endpoints, checks every answer, and reports throughput,
 * latency percentiles and the server's memory ({@link org.annalist.bench.load.ServerLoad},
 * {@code scripts/load-test}).
 */
@NullMarked
package org.annalist.bench.load;

import org.jspecify.annotations.NullMarked;
