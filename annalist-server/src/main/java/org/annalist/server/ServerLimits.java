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
  /** 64 KiB bodies; bursts of 300 API requests, 100 a second over time. */
  public static final ServerLimits DEFAULT = new ServerLimits(64 * 1024, 300, 100);

  public ServerLimits {
    requireArgument(maxRequestBytes >= 0, "maxRequestBytes must not be negative, was %s", maxRequestBytes);
    requireArgument(burst >= 1, "burst must be at least 1, was %s", burst);
    requireArgument(perSecond > 0, "perSecond must be positive, was %s", perSecond);
  }
}
