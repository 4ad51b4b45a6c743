package org.annalist.bench.load;

import static org.annalist.model.Checks.requireArgument;

import java.time.Duration;

/**
 * How hard and how long a load test drives the server; it stops at whichever bound it reaches first.
 *
 * @param clients how many clients send requests at the same time, each waiting for its answer
 * @param requests the most requests of the whole run
 * @param duration the longest the run may take
 * @param timeout the longest one request may take before it counts as an error
 */
public record LoadPlan(int clients, long requests, Duration duration, Duration timeout) {
  public LoadPlan {
    requireArgument(clients >= 1, "clients must be at least 1, was %s", clients);
    requireArgument(requests >= 1, "requests must be at least 1, was %s", requests);
    requireArgument(
        !duration.isNegative() && !duration.isZero(),
        "the duration must be positive, was %s",
        duration);
    requireArgument(
        !timeout.isNegative() && !timeout.isZero(),
        "the timeout must be positive, was %s",
        timeout);
  }
}
