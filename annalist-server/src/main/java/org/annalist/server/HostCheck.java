package org.annalist.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;

/**
 * Runs before every request, API and pages alike: refuses one whose {@code Host} header does not
 * name this server ({@link AllowedHosts}), or that has none, so that a site pointing its own name
 * at this machine (DNS rebinding) cannot read the store through a visitor's browser. Jetty has
 * already refused a request with two {@code Host} headers, or whose absolute target names another
 * host than its header.
 *
 * <p>The answer is 403 rather than 421 Misdirected Request: browsers take 421 as a hint to retry
 * the request on another connection, while this refusal stands whatever connection carries it.
 */
final class HostCheck implements Handler {
  private static final String HOW_TO_ALLOW =
      "; start annalist serve or run with --allow-host NAME to let"
          + " the server answer to another name";

  private final AllowedHosts allowed;

  HostCheck(AllowedHosts allowed) {
    this.allowed = allowed;
  }

  @Override
  public void handle(Context context) {
    String host = context.header(Header.HOST);
    if (!allowed.permits(host)) {
      throw ApiException.hostNotAllowed((host == null
              ? "the request has no Host header"
              : "the Host header does not name this server by localhost, a loopback address or the address it"
                  + " listens on")
          + HOW_TO_ALLOW);
    }
  }
}
