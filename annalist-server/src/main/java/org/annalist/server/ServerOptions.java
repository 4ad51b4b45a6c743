package org.annalist.server;

import static org.annalist.model.Checks.requireArgument;

/**
 * Where the server listens. The host defaults to the loopback interface so that a store is
 * never exposed to the network unless the user asks.
 */
public record ServerOptions(String host, int port) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7341;

  public ServerOptions {
    requireArgument(!host.isBlank(), "host must not be blank");
    requireArgument(port >= 0 && port <= 65535, "port must be between 0 and 65535, was %s", port);
  }

  public static ServerOptions loopback(int port) {
    return new ServerOptions(LOOPBACK, port);
  }
}
