package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Host headers {@link AllowedHosts} lets through, from loopback names to DNS-rebinding names. */
class AllowedHostsTest {
  private static final AllowedHosts NAMED = AllowedHosts.listeningOn(
      "192.168.1.20", List.of("Annalist.Example.", "archive", "::ffff:10.0.0.1", "[2001:DB8::7]"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "localhost:7341",
        "LOCALHOST",
        "LocalHost:80",
        "localhost.",
        "localhost.:7341",
        "127.0.0.1",
        "127.0.0.1:7341",
        "127.0.0.1:",
        "127.255.255.254",
        "127.1.2.3:65535",
        "[::1]",
        "[::1]:7341",
        "[0:0:0:0:0:0:0:1]",
        "[0000:0000::0001]:80",
        "[::ffff:127.0.0.1]"
      })
  void loopbackNamesAreAlwaysAllowed(String host) {
    assertThat(AllowedHosts.LOOPBACK.permits(host)).as(host).isTrue();
    assertThat(NAMED.permits(host)).as(host).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "attacker.test",
        "attacker.test:7341",
        "localhost.attacker.test",
        "127.0.0.1.attacker.test",
        "attacker.test.localhost.",
        "localhost-attacker.test",
        "xlocalhost",
        "localhost..",
        "local host",
        "127.0.0.1 ",
        " 127.0.0.1",
        "127.0.0.1:7341:80",
        "127.0.0.1:abc",
        "127.0.0.1:123456",
        "127.0.0.1:-1",
        "127.0.0.01",
        "127.1",
        "127.0.1",
        "0x7f.0.0.1",
        "0177.0.0.1",
        "2130706433",
        "127.0.0.256",
        "128.0.0.1",
        "0.0.0.0",
        "[::]",
        "::1",
        "::1:7341",
        "[::1",
        "::1]",
        "[::1]7341",
        "[::1]:x",
        "[::2]",
        "[::1%25lo]",
        "[::1%lo]",
        "[127.0.0.1]",
        "[localhost]",
        "[]",
        "",
        ":",
        ":7341",
        ".",
        "..",
        "*",
        "localhost/",
        "localhost\\",
        "localhost@attacker.test",
        "attacker.test#localhost",
        "%6cocalhost",
        "localhost%00",
        "localhost\u0000",
        "l\u0131calhost",
        "loc\u0430lhost",
        "<script>",
        "\"><img src=x onerror=alert(1)>",
        "192.168.1.20.attacker.test"
      })
  void otherNamesAreRefused(String host) {
    assertThat(AllowedHosts.LOOPBACK.permits(host)).as(host).isFalse();
    assertThat(NAMED.permits(host)).as(host).isFalse();
  }

  @Test
  void aRequestWithoutHostIsRefused() {
    assertThat(AllowedHosts.LOOPBACK.permits(null)).isFalse();
    assertThat(NAMED.permits(null)).isFalse();
  }

  @Test
  void theHostListenedOnAndTheAllowedNamesAreAllowedInAnySpelling() {
    assertThat(NAMED.names())
        .containsExactlyInAnyOrder(
            "192.168.1.20", "annalist.example", "archive", "10.0.0.1", "[2001:db8:0:0:0:0:0:7]");
    for (String host : List.of(
        "192.168.1.20",
        "192.168.1.20:7341",
        "annalist.example",
        "ANNALIST.EXAMPLE.:7341",
        "archive",
        "archive:80",
        "10.0.0.1",
        "[::ffff:10.0.0.1]:7341",
        "[2001:db8::7]",
        "[2001:0db8:0:0:0:0:0:7]:8080")) {
      assertThat(NAMED.permits(host)).as(host).isTrue();
      assertThat(AllowedHosts.LOOPBACK.permits(host)).as(host).isFalse();
    }
    for (String host : List.of(
        "192.168.1.2",
        "annalist.example.org",
        "www.annalist.example",
        "archive.attacker.test",
        "[2001:db8::8]",
        "2001:db8::7")) {
      assertThat(NAMED.permits(host)).as(host).isFalse();
    }
  }

  @Test
  void aServerListeningOnAllInterfacesAnswersToEveryAddressOfTheMachine() throws Exception {
    for (String wildcard : List.of("0.0.0.0", "::", "[::]")) {
      AllowedHosts all = AllowedHosts.listeningOn(wildcard, List.of());
      for (InetAddress address : NetworkInterface.networkInterfaces()
          .flatMap(NetworkInterface::inetAddresses)
          .toList()) {
        String literal = InetAddress.getByAddress(address.getAddress()).getHostAddress();
        String host =
            address instanceof Inet6Address ? "[" + literal + "]:7341" : literal + ":7341";
        assertThat(all.permits(host)).as(wildcard + " " + host).isTrue();
      }
      assertThat(all.permits("attacker.test")).isFalse();
      assertThat(all.permits("0.0.0.0"))
          .as("the wildcard is no address to ask")
          .isEqualTo(wildcard.equals("0.0.0.0"));
    }
    assertThat(AllowedHosts.listeningOn("127.0.0.1", List.of()).names())
        .containsExactly("127.0.0.1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "http://annalist.example",
        "annalist.example:7341",
        "annalist.example/",
        "a b",
        "-annalist.example",
        "annalist-.example",
        "annalist..example",
        "[annalist.example]",
        "fe80::1%eth0",
        "1:2:3",
        "*.example",
        "a-label-of-sixty-four-characters-is-one-more-than-dns-allows-xyz.example"
      })
  void aNameThatIsNoHostNameOrAddressIsRefusedWhenAllowed(String name) {
    assertThatThrownBy(() -> AllowedHosts.listeningOn("127.0.0.1", List.of(name)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a host name or an IP address");
    assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 0, List.of(name)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowed host '" + name + "'");
    assertThat(AllowedHosts.isHostOrAddress(name)).isFalse();
  }

  @Test
  void theNamesAreCanonicalAndTheRecordIsImmutable() {
    AllowedHosts hosts = new AllowedHosts(Set.of("Example.ORG.", "[::1]"));
    assertThat(hosts.names()).containsExactlyInAnyOrder("example.org", "[0:0:0:0:0:0:0:1]");
    assertThatThrownBy(() -> hosts.names().add("attacker.test"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ServerOptions("0.0.0.0", 0, List.of("annalist.example"))
            .allowedHosts()
            .permits("annalist.example"))
        .isTrue();
    assertThat(ServerOptions.loopback(0).allowedHosts())
        .isEqualTo(new AllowedHosts(Set.of("127.0.0.1")));
    assertThatThrownBy(() -> new ServerOptions("http://0.0.0.0", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host 'http://0.0.0.0' is not a host name");
  }
}
