package org.annalist.server;

import static org.annalist.model.Checks.requireArgument;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each request takes a token; a bucket holds at most {@code capacity}
 * and gains {@code perSecond} tokens a second. A client with an empty bucket is refused until it
 * refills. Buckets of clients that have been quiet long enough to be full again are dropped, so
 * the map stays as small as the number of recently busy clients.
 */
final class TokenBuckets {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final int SWEEP_EVERY = 1024;

  private final double capacity;
  private final double perSecond;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private int requestsSinceSweep;

  TokenBuckets(int capacity, double perSecond, LongSupplier nanoClock) {
    requireArgument(capacity >= 1, "capacity must be at least 1, was %s", capacity);
    requireArgument(perSecond > 0, "the refill rate must be positive, was %s", perSecond);
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.nanoClock = nanoClock;
  }

  /** Takes a token from this client's bucket; false when it is empty. */
  boolean tryTake(String client) {
    long now = nanoClock.getAsLong();
    sweepNow(now);
    Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.refill(now, capacity, perSecond);
      if (bucket.tokens < 1) {
        return false;
      }
      bucket.tokens -= 1;
      return true;
    }
  }

  /** Whole seconds until this client has a token again (at least 1). */
  long secondsUntilNextToken() {
    return Math.max(1, (long) Math.ceil(1 / perSecond));
  }

  private synchronized void sweepNow(long now) {
    if (++requestsSinceSweep < SWEEP_EVERY) {
      return;
    }
    requestsSinceSweep = 0;
    long fullAfter = (long) (capacity / perSecond * NANOS_PER_SECOND);
    buckets.entrySet().removeIf(entry -> now - entry.getValue().updated > fullAfter);
  }

  /** One client's tokens, as of {@code updated}. */
  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }

    void refill(long now, double capacity, double perSecond) {
      tokens = Math.min(capacity, tokens + (now - updated) * perSecond / NANOS_PER_SECOND);
      updated = now;
    }
  }
}
