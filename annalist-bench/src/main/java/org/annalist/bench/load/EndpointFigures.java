package org.annalist.bench.load;

/**
 * What one endpoint did in a load test.
 *
 * @param endpoint the endpoint's label
 * @param requests how many requests it answered or failed
 * @param errors how many of them were not a well-formed 200 in time
 * @param perSecond requests over the run's wall time
 * @param p50Millis the median latency
 * @param p99Millis the 99th percentile latency
 * @param maxMillis the longest latency
 */
public record EndpointFigures(
    String endpoint,
    long requests,
    long errors,
    double perSecond,
    double p50Millis,
    double p99Millis,
    double maxMillis) {}
