package org.annalist.server;

import static org.annalist.model.Checks.requireArgument;

import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The names a request may give this server in its {@code Host} header. A page on another site
 * whose name its owner points at this machine (DNS rebinding) reaches the server from the
 * visitor's browser as its own origin, but its requests still carry the other site's name, so
 * the server answers only requests that name it: loopback names always ({@code localhost},
 * {@code 127.x.y.z}, {@code [::1]}), and these names.
 *
 * <p>Names are compared in canonical form: lower case, without a trailing dot, IPv6 addresses in
 * brackets in Java's full form (so {@code [::1]} and {@code [0:0:0:0:0:0:0:1]} are one). IPv4
 * addresses are compared as written, four decimal numbers as browsers send them; another
 * spelling ({@code 127.1}, {@code 0x7f.0.0.1}) is refused. Nothing here looks a name up in DNS.
 *
 * @param names the host names and IP addresses allowed besides loopback names, in canonical form
 */
public record AllowedHosts(Set<String> names) {
  /** Loopback names only, for a server that listens on loopback ({@code AnnalistServer.create(store)}). */
  public static final AllowedHosts LOOPBACK = new AllowedHosts(Set.of());

  private static final Pattern IPV4 =
      Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
          + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
  private static final Pattern IPV6_TEXT = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
  private static final Pattern PORT = Pattern.compile("[0-9]{0,5}");
  private static final int MAX_NAME_LENGTH = 253;
  private static final String IPV6_LOOPBACK = "[0:0:0:0:0:0:0:1]";
  private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "[0:0:0:0:0:0:0:0]");

  /** Checks every name and keeps it in canonical form; a name that is no host name or IP address is refused. */
  public AllowedHosts {
    names = names.stream().map(AllowedHosts::requireName).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * What a server listening on {@code host} answers to: loopback names, {@code host} itself, every
   * address of this machine's interfaces when {@code host} is a wildcard ({@code 0.0.0.0} or
   * {@code ::}), and {@code more} ({@code --allow-host}).
   */
  public static AllowedHosts listeningOn(String host, Collection<String> more) {
    Set<String> names = new HashSet<>(more);
    names.add(host);
    if (WILDCARDS.contains(requireName(host))) {
      names.addAll(interfaceAddresses());
    }
    return new AllowedHosts(names);
  }

  /** Whether {@code name} is a host name or an IP address (IPv6 with or without brackets), without a port. */
  public static boolean isHostOrAddress(String name) {
    return canonical(name).isPresent();
  }

  private static String requireName(String name) {
    Optional<String> canonical = canonical(name);
    requireArgument(canonical.isPresent(), "'%s' is not a host name or an IP address", name);
    return canonical.get();
  }

  /**
   * Whether a request with this {@code Host} header value ({@code name}, {@code name:port},
   * {@code [ipv6]} or {@code [ipv6]:port}; null when the request has none) names this server.
   */
  public boolean permits(@Nullable String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    int hostEnd =
        hostHeader.startsWith("[") ? hostHeader.indexOf(']') + 1 : hostHeader.indexOf(':');
    if (hostEnd == 0) {
      return false;
    }
    String host = hostEnd < 0 ? hostHeader : hostHeader.substring(0, hostEnd);
    String port = hostEnd < 0 ? "" : hostHeader.substring(hostEnd);
    if (!port.isEmpty()
        && !(port.startsWith(":") && PORT.matcher(port.substring(1)).matches())) {
      return false;
    }
    return canonical(host)
        .filter(name -> isLoopback(name) || names.contains(name))
        .isPresent();
  }

  private static boolean isLoopback(String canonical) {
    return canonical.equals("localhost")
        || canonical.equals(IPV6_LOOPBACK)
        || canonical.startsWith("127.") && IPV4.matcher(canonical).matches();
  }

  private static Optional<String> canonical(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean bracketed = lower.startsWith("[") && lower.endsWith("]");
    String inside = bracketed ? lower.substring(1, lower.length() - 1) : lower;
    if (IPV6_TEXT.matcher(inside).matches()) {
      return ipv6(inside);
    }
    String withoutDot = inside.endsWith(".") ? inside.substring(0, inside.length() - 1) : inside;
    if (bracketed || withoutDot.isEmpty() || withoutDot.length() > MAX_NAME_LENGTH) {
      return Optional.empty();
    }
    for (String label : withoutDot.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(withoutDot);
  }

  /**
   * An IPv6 literal (hex digits, colons and dots only, so the JDK parses it and never asks DNS)
   * in canonical form; an IPv4-mapped address becomes its IPv4 address.
   */
  private static Optional<String> ipv6(String literal) {
    try {
      return Optional.of(canonicalAddress(InetAddress.getByName("[" + literal + "]")));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static String canonicalAddress(InetAddress address) {
    try {
      InetAddress withoutScope = InetAddress.getByAddress(address.getAddress());
      return withoutScope instanceof Inet6Address
          ? "[" + withoutScope.getHostAddress() + "]"
          : withoutScope.getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of " + address.getAddress().length + " bytes", e);
    }
  }

  private static Set<String> interfaceAddresses() {
    try {
      return NetworkInterface.networkInterfaces()
          .flatMap(NetworkInterface::inetAddresses)
          .map(AllowedHosts::canonicalAddress)
          .collect(Collectors.toSet());
    } catch (SocketException e) {
      throw new UncheckedIOException(
          "cannot list this machine's network addresses: " + e.getMessage(), e);
    }
  }
}
