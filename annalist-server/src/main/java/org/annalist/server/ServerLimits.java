package org.annalist.server;

import static org.annalist.model.Checks.requireArgument;

/**
 * What one client may ask of the server.
 *
 * @param maxRequestBytes the largest request body accepted (the API reads none; this bounds what a client can send)
 * @param burst how many API requests a client may make at once
 * @param perSecond how many API requests a client may make a second, over time
 */
public record ServerLimits(long maxRequestBytes, int burst, double perSecond) {
  /** The default request rate of a client: API requests a second, over time. */
  public static final int DEFAULT_RATE = 100;

  private static final int BURST_SECONDS = 3;
  private static final long MAX_REQUEST_BYTES = 64 * 1024;
  /** 64 KiB bodies; bursts of 300 API requests, 100 a second over time. */
  public static final ServerLimits DEFAULT = ofRate(DEFAULT_RATE);

  public ServerLimits {
    requireArgument(
        maxRequestBytes >= 0, "maxRequestBytes must not be negative, was %s", maxRequestBytes);
    requireArgument(burst >= 1, "burst must be at least 1, was %s", burst);
    requireArgument(perSecond > 0, "perSecond must be positive, was %s", perSecond);
  }

  /**
   * The default body size, and a client rate of {@code perSecond} API requests a second in bursts
   * of three seconds' worth ({@code annalist serve --rate-limit}).
   */
  public static ServerLimits ofRate(int perSecond) {
    requireArgument(
        perSecond >= 1, "the rate limit must be at least 1 request a second, was %s", perSecond);
    return new ServerLimits(
        MAX_REQUEST_BYTES, Math.multiplyExact(perSecond, BURST_SECONDS), perSecond);
  }
}
