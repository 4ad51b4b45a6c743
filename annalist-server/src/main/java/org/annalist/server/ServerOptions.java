package org.annalist.server;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;

/**
 * Where the server listens, and which names besides it answers to. The host defaults to the
 * loopback interface so that a store is never exposed to the network unless the user asks.
 *
 * @param host the interface to listen on, a name or an address; {@code 0.0.0.0} or {@code ::} for all
 * @param port the port, 0 for a free one
 * @param allowedNames names a request's {@code Host} header may give besides loopback names and
 *     {@code host} ({@code --allow-host}), e.g. the machine's name on the network
 */
public record ServerOptions(String host, int port, List<String> allowedNames) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7341;

  public ServerOptions {
    requireArgument(!host.isBlank(), "host must not be blank");
    requireArgument(port >= 0 && port <= 65535, "port must be between 0 and 65535, was %s", port);
    requireArgument(
        AllowedHosts.isHostOrAddress(host), "host '%s' is not a host name or an IP address", host);
    allowedNames = List.copyOf(allowedNames);
    for (String name : allowedNames) {
      requireArgument(
          AllowedHosts.isHostOrAddress(name),
          "allowed host '%s' is not a host name or an IP address",
          name);
    }
  }

  /** Listens on {@code host} and answers to loopback names and {@code host} only. */
  public ServerOptions(String host, int port) {
    this(host, port, List.of());
  }

  public static ServerOptions loopback(int port) {
    return new ServerOptions(LOOPBACK, port);
  }

  /**
   * The names the server answers to: loopback names, {@code host} (and every address of this
   * machine when it is a wildcard) and the allowed names.
   */
  public AllowedHosts allowedHosts() {
    return AllowedHosts.listeningOn(host, allowedNames);
  }
}
