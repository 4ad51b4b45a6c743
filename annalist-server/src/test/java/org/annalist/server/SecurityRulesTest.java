package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.annalist.export.ExportFormat;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoreCounts;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security rules of docs/UI.md, one test each (issue 9), on a store of hostile documents
 * ({@link HostileStore}): document text reaches clients only as JSON, never as markup; every
 * answer carries the security policy, Jetty's own error answers too; the server listens on
 * loopback by default and answers only requests that name it by an allowed host (DNS
 * rebinding); nothing writes; sizes are limited; no path leads outside the web root; no hostile
 * parameter makes a server error, and a server error never tells the exception.
 */
class SecurityRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ServerLimits UNLIMITED_RATE = ServerLimits.ofRate(1_000_000);

  @TempDir
  Path directory;

  private AnnalistStore store;
  private String document;

  @BeforeEach
  void writeHostileStore() {
    store = HostileStore.write(directory, 4);
    document = store.documents().get(0).id().value();
  }

  /** Every GET route, with real ids and parameters. */
  private List<String> routes() {
    return List.of(
        "/api/health",
        "/api/timeline",
        "/api/events",
        "/api/events/event:0-0",
        "/api/conflicts",
        "/api/statements",
        "/api/entities",
        "/api/entities/person:alder",
        "/api/sources",
        "/api/sources/" + document,
        "/api/search?q=Alder",
        "/api/documents",
        "/api/documents/" + document,
        "/api/failures",
        "/api/export?format=json",
        "/api/openapi.json");
  }

  @Test
  void documentTextReachesClientsOnlyAsJsonAndNoPageEchoesIt() {
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      List<String> json = new ArrayList<>(routes());
      json.addAll(List.of(
          "/api/search?q=%3Cscript%3E",
          "/api/documents/%3Cscript%3E",
          "/api/events/%3Cscript%3E",
          "/api/entities/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
          "/api/nothing%3Cscript%3Ealert(1)%3C/script%3E",
          "/api/events?from=%3Cscript%3E",
          "/api/export?format=%3Cscript%3E"));
      for (String route : json) {
        Response response = client.get(route);
        assertThat(response.code()).as(route).isLessThan(500);
        assertThat(response.header("Content-Type")).as(route).startsWith("application/json");
        assertThat(response.header("X-Content-Type-Options")).as(route).isEqualTo("nosniff");
        assertThat(JSON.readTree(response.body().string())).as(route).isNotNull();
      }
      JsonNode source =
          JSON.readTree(client.get("/api/sources/" + document).body().string());
      assertThat(HostileStore.MARKUP)
          .as("the test's markup is in the text the API gives")
          .anyMatch(markup -> source.get("text").asText().contains(markup));

      for (String page : List.of(
          "/",
          "/index.html",
          "/%3Cscript%3Ealert(1)%3C/script%3E",
          "/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
          "/app.js?%3Cscript%3E",
          "/<script>alert(1)</script>")) {
        RawHttp answer = RawHttp.send(server.port(), "GET", page, "Accept: text/html\r\n", "");
        assertThat(answer.status()).as(page).isLessThan(500);
        assertThat(answer.body())
            .as("a page never echoes its path")
            .doesNotContain("%3C")
            .doesNotContain("%22");
        for (String markup : HostileStore.MARKUP) {
          assertThat(answer.body())
              .as(page)
              .doesNotContain(markup)
              .doesNotContain("onerror=alert")
              .doesNotContain("<script>alert");
        }
      }
    });
  }

  @Test
  void downloadsAreAttachmentsAndTheTimelineJsExportEscapesMarkup() {
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      for (ExportFormat format : ExportFormat.values()) {
        Response download = client.get("/api/export?format=" + format.formatName());
        assertThat(download.header("Content-Disposition"))
            .as(format.formatName())
            .startsWith("attachment;");
        assertThat(download.header("Content-Type"))
            .as(format.formatName())
            .doesNotStartWith("text/html");
      }
      String timelineJs = client.get("/api/export?format=timelinejs").body().string();
      assertThat(timelineJs).contains("&lt;script&gt;").doesNotContain("<script>");
    });
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityPolicy() {
    JavalinTest.test(
        AnnalistServer.create(store, new ServerLimits(1024, 200, 0.01)), (server, client) -> {
          List<String> kinds = List.of(
              "/",
              "/app.js",
              "/style.css",
              "/vendor/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
              "/api/health",
              "/api/export?format=csv",
              "/api/export?format=graphml",
              "/api/documents/nope",
              "/api/events/none",
              "/no-such-page.html",
              "/api/nothing");
          for (String kind : kinds) {
            assertPolicy(RawHttp.get(server.port(), kind), kind);
          }
          assertPolicy(
              RawHttp.send(server.port(), "POST", "/api/health", "", "x".repeat(2048)), "413");
          assertPolicy(
              RawHttp.send(server.port(), "DELETE", "/api/documents/" + document, "", ""),
              "DELETE");
          RawHttp refused = null;
          for (int i = 0; i < 300 && refused == null; i++) {
            RawHttp answer = RawHttp.get(server.port(), "/api/health");
            refused = answer.status() == 429 ? answer : null;
          }
          assertThat(refused).as("a client over its rate is refused").isNotNull();
          assertPolicy(refused, "429");
        });
  }

  private static void assertPolicy(RawHttp answer, String what) {
    assertThat(answer.header("Content-Security-Policy"))
        .as(what)
        .isEqualTo(AnnalistServer.CONTENT_SECURITY_POLICY);
    assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
  }

  @Test
  void theServerListensOnLoopbackUnlessToldOtherwise() throws IOException {
    Javalin server = AnnalistServer.start(store, ServerOptions.loopback(0));
    try {
      ServerConnector connector =
          (ServerConnector) server.jettyServer().server().getConnectors()[0];
      assertThat(connector.getHost()).isEqualTo(ServerOptions.LOOPBACK);
      assertThat(RawHttp.get(server.port(), "/api/health").status()).isEqualTo(200);
    } finally {
      server.stop();
    }
    assertThat(ServerOptions.loopback(0).host()).isEqualTo("127.0.0.1");
  }

  @Test
  void noMethodButGetChangesOrAnswersAnyRoute() {
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      long generation = store.generation();
      StoreCounts counts = store.counts();
      List<String> paths = new ArrayList<>(routes());
      paths.addAll(List.of("/", "/index.html", "/app.js"));
      for (String path : paths) {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE")) {
          RawHttp answer = RawHttp.send(
              server.port(), method, path, "", method.equals("TRACE") ? "" : "{\"x\":1}");
          assertThat(answer.status()).as(method + " " + path).isIn(404, 405);
        }
      }
      assertThat(store.generation()).isEqualTo(generation);
      assertThat(store.counts()).isEqualTo(counts);
    });
  }

  @Test
  void overLongRequestsAreRefusedAndTheServerGoesOn() {
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      assertThat(
              RawHttp.get(server.port(), "/api/search?q=" + "a".repeat(100_000)).status())
          .isIn(414, 431);
      assertThat(RawHttp.send(
                  server.port(),
                  "GET",
                  "/api/health",
                  "X-Long: " + "b".repeat(100_000) + "\r\n",
                  "")
              .status())
          .isEqualTo(431);
      assertThat(RawHttp.get(server.port(), "/api/events/" + "c".repeat(5_000)).status())
          .isEqualTo(404);
      assertThat(
              RawHttp.get(server.port(), "/api/search?q=" + "d".repeat(1_001)).status())
          .isEqualTo(400);
      assertThat(RawHttp.send(server.port(), "POST", "/api/search", "", "e".repeat(100_000))
              .status())
          .isEqualTo(413);
      assertThat(client.get("/api/health").code()).isEqualTo(200);
    });
  }

  @Test
  void noPathLeadsOutsideTheWebRoot() {
    List<String> attempts = List.of(
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5c..%5c..%5cetc%5cpasswd",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/..;/..;/..;/etc/passwd",
        "/vendor/vis-timeline/../../../../../../etc/passwd",
        "//etc/passwd",
        "/etc/passwd",
        "/file:///etc/passwd",
        "/../openapi.json",
        "/%2e%2e/openapi.json",
        "/..%2fopenapi.json",
        "/../AnnalistServer.class",
        "/%2e%2e/AnnalistServer.class",
        "/org/annalist/server/AnnalistServer.class",
        "/META-INF/MANIFEST.MF",
        "/app.js%00.html",
        "/%00",
        "/index.html%00",
        "/vendor/%2e%2e/%2e%2e/%2e%2e/openapi.json",
        "/api/documents/..%2f..%2f..%2fetc%2fpasswd",
        "/api/sources/%2e%2e%2f%2e%2e",
        "/api/documents/%00",
        "/api/events/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/entities/..%5c..%5cwindows",
        "/api/entities/%00",
        "/api/export?format=../../../etc/passwd",
        "/api/export?format=%00",
        "/api/../../etc/passwd");
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      for (String attempt : attempts) {
        RawHttp answer = RawHttp.get(server.port(), attempt);
        assertThat(answer.status()).as(attempt).isBetween(400, 499);
        assertThat(answer.body())
            .as(attempt)
            .doesNotContain("root:x:0:0")
            .doesNotContain("\"openapi\"")
            .doesNotContain("\u00ca\u00fe\u00ba\u00be")
            .doesNotContain("Manifest-Version");
      }
    });
  }

  @Test
  void aRequestThatDoesNotNameThisServerIsRefusedOnEveryRouteAndPage() {
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      int port = server.port();
      List<String> paths = new ArrayList<>(routes());
      paths.addAll(List.of(
          "/", "/index.html", "/app.js", "/style.css", "/no-such-page.html", "/api/nothing"));
      List<String> foreign = List.of(
          "attacker.test",
          "attacker.test:" + port,
          "ATTACKER.TEST.",
          "localhost.attacker.test",
          "127.0.0.1.attacker.test:" + port,
          "[::2]:" + port,
          "192.168.1.20",
          "0.0.0.0:" + port,
          "127.1:" + port);
      for (String path : paths) {
        for (String host : foreign) {
          assertHostRefused(RawHttp.getWithHost(port, path, host), host + " " + path);
        }
        assertHostRefused(
            RawHttp.raw(port, "GET " + path + " HTTP/1.0\r\n\r\n"), "no Host " + path);
        assertHostRefused(
            RawHttp.raw(
                port,
                "GET http://attacker.test" + path + " HTTP/1.1\r\nHost: attacker.test\r\n"
                    + "Connection: close\r\n\r\n"),
            "absolute " + path);
      }
      for (String host : List.of(
          "127.0.0.1:" + port,
          "localhost:" + port,
          "LOCALHOST.:" + port,
          "[::1]:" + port,
          "127.0.0.1",
          "127.3.2.1:" + port)) {
        RawHttp answer = RawHttp.getWithHost(port, "/api/documents", host);
        assertThat(answer.status()).as(host).isEqualTo(200);
        assertThat(answer.body()).as(host).contains(document);
      }
      assertThat(RawHttp.raw(
                  port,
                  "GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: attacker.test\r\n"
                      + "Connection: close\r\n\r\n")
              .status())
          .as("two Host headers")
          .isEqualTo(400);
      assertThat(RawHttp.raw(
                  port,
                  "GET http://attacker.test/api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Connection: close\r\n\r\n")
              .status())
          .as("an absolute target naming another host")
          .isEqualTo(400);
    });
  }

  private static void assertHostRefused(RawHttp answer, String what) throws IOException {
    assertThat(answer.status()).as(what).isEqualTo(403);
    assertThat(answer.header("Content-Type")).as(what).startsWith("application/json");
    assertPolicy(answer, what);
    JsonNode error = JSON.readTree(answer.body());
    assertThat(error.get("status").asInt()).as(what).isEqualTo(403);
    assertThat(error.get("type").asText()).as(what).isEqualTo("host-not-allowed");
    assertThat(error.get("title").asText()).as(what).isNotBlank();
    assertThat(error.get("details").asText()).as(what).contains("--allow-host NAME");
    assertThat(answer.body())
        .as("the answer does not repeat the Host header")
        .doesNotContain("attacker");
    for (String name : HostileStore.NAMES) {
      assertThat(answer.body()).as(what).doesNotContain(name);
    }
  }

  @Test
  void theServerAnswersToTheHostItListensOnAndTheNamesItIsAllowed() throws IOException {
    Javalin server = AnnalistServer.start(
        store, new ServerOptions("127.0.0.1", 0, List.of("Annalist.Example")), UNLIMITED_RATE);
    try {
      for (String host : List.of(
          "annalist.example:" + server.port(), "ANNALIST.example.", "127.0.0.1", "localhost")) {
        assertThat(RawHttp.getWithHost(server.port(), "/api/documents", host).status())
            .as(host)
            .isEqualTo(200);
      }
      assertHostRefused(
          RawHttp.getWithHost(server.port(), "/api/documents", "attacker.test"), "attacker.test");
      assertHostRefused(
          RawHttp.getWithHost(server.port(), "/", "www.annalist.example"), "www.annalist.example");
    } finally {
      server.stop();
    }
    Javalin loopback = AnnalistServer.start(store, ServerOptions.loopback(0));
    try {
      assertHostRefused(
          RawHttp.getWithHost(loopback.port(), "/api/documents", "attacker.test"), "loopback");
    } finally {
      loopback.stop();
    }
  }

  @Test
  void jettysOwnErrorAnswersCarryTheSecurityPolicyAndNoMarkup() {
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      int port = server.port();
      Map<String, Integer> requests = Map.of(
          "G<script>T /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          400,
          "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n",
          400,
          "GET /%2e%2e/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          400,
          "GET /api/search?q=" + "a".repeat(100_000)
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          414,
          "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: " + "b".repeat(100_000)
              + "\r\n\r\n",
          431,
          "GET /api/health HTTP/3.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          505);
      for (Map.Entry<String, Integer> request : requests.entrySet()) {
        String what =
            request.getKey().substring(0, Math.min(60, request.getKey().indexOf('\r')));
        RawHttp answer = RawHttp.raw(port, request.getKey());
        assertThat(answer.status()).as(what).isEqualTo(request.getValue());
        assertPolicy(answer, what);
        assertThat(answer.header("Content-Type")).as(what).startsWith("application/json");
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.get("status").asInt()).as(what).isEqualTo(request.getValue());
        assertThat(error.get("type").asText()).as(what).isNotBlank();
        assertThat(answer.body()).as(what).doesNotContain("<").doesNotContain("script");
      }
      assertThat(client.get("/api/health").code()).isEqualTo(200);
    });
  }

  /** The query parameters each route reads, beside those in {@link #routes()}. */
  private Map<String, List<String>> parametersRead() {
    List<String> events = List.of("status", "entity", "source", "from", "to");
    List<String> pages = List.of("offset", "limit");
    Map<String, List<String>> read = new LinkedHashMap<>();
    for (String route : routes()) {
      read.put(route, List.of());
    }
    read.put("/api/timeline", events);
    read.put("/api/events", concat(events, pages));
    read.put("/api/conflicts", concat(List.of("kind", "event"), pages));
    read.put("/api/statements", concat(List.of("document", "why"), pages));
    read.put("/api/entities", concat(List.of("type", "q"), pages));
    read.put("/api/search?q=Alder", concat(concat(events, pages), List.of("q")));
    read.put("/api/documents/" + document, List.of("layers"));
    read.put("/api/export?format=json", List.of("format"));
    return read;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  @Test
  void noHostileParameterMakesAServerError() {
    List<String> numbers = List.of(
        String.valueOf(Integer.MAX_VALUE),
        String.valueOf(Integer.MIN_VALUE),
        "-1",
        "0",
        "2147483648",
        "99999999999999999999999",
        "1e3",
        "0x10",
        " 7",
        "NaN",
        "\u0000",
        "%");
    List<String> days = List.of(
        "99999",
        "-99999",
        "10000",
        "-10000",
        "0000",
        "-0001",
        "+1941",
        "1941-13",
        "1941-02-30",
        "1941-00-01",
        "10000-01-01",
        "+999999999-12-31",
        "-999999999-01-01",
        "1941-1",
        "19410101",
        "\u0661\u0669\u0664\u0661");
    List<String> words = List.of(
        "(",
        "*",
        "?",
        "\"",
        "a:b",
        "[* TO *]",
        "/.*/",
        "a~999",
        "a^99999999999",
        "\\",
        "AND",
        "x".repeat(1_001),
        "<script>",
        "\u0000",
        "");
    Map<String, List<String>> values = Map.of(
        "offset",
        numbers,
        "limit",
        numbers,
        "from",
        days,
        "to",
        days,
        "layers",
        List.of(
            "annotate,annotate",
            "clean.redaction,clean.redaction",
            ",",
            "a,,b",
            "..",
            "UPPER",
            "<script>",
            "x".repeat(1_001),
            "no.such.layer"));
    List<String> together = List.of(
        "offset=2147483647&limit=100",
        "offset=2147483600&limit=500",
        "offset=2147483647&limit=1",
        "offset=-1&limit=-1",
        "from=1950&to=1940",
        "from=1941-12&to=1941-01",
        "from=9999&to=-9999",
        "from=-9999&to=9999",
        "offset=2147483647&layers=annotate,annotate");
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      List<String> requests = new ArrayList<>();
      parametersRead().forEach((route, names) -> {
        String separator = route.contains("?") ? "&" : "?";
        for (String name : names.isEmpty() ? List.of("offset", "layers", "q") : names) {
          values
              .getOrDefault(name, words)
              .forEach(value -> requests.add(route + separator + name + "="
                  + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        together.forEach(pair -> requests.add(route + separator + pair));
      });
      for (String request : requests) {
        Response response = client.get(request);
        String body = response.body().string();
        assertThat(response.code()).as(request).isLessThan(500);
        assertThat(body).as(request).doesNotContain("Exception").doesNotContain("java.");
      }
      assertThat(client.get("/api/search?q=Alder&offset=2147483647&limit=100").code())
          .isEqualTo(400);
      assertThat(client.get("/api/events?offset=2147483646&limit=1").code()).isEqualTo(200);
      JsonNode twice = JSON.readTree(client
          .get("/api/documents/" + document + "?layers=clean.redaction,clean.redaction")
          .body()
          .string());
      assertThat(twice.get("layers").fieldNames()).toIterable().containsExactly("clean.redaction");
      assertThat(client
              .get("/api/documents/" + document + "?layers=Not%20A%20Layer")
              .code())
          .isEqualTo(400);
    });
  }

  @Test
  void aServerErrorNeverTellsTheExceptionOrItsMessage() {
    Javalin app = AnnalistServer.create(store, UNLIMITED_RATE);
    app.get("/api/fails", context -> {
      throw new IllegalStateException(
          "secret: the store at /home/someone/annalist-data " + HostileStore.MARKUP.get(0));
    });
    JavalinTest.test(app, (server, client) -> {
      RawHttp answer = RawHttp.get(server.port(), "/api/fails");
      assertThat(answer.status()).isEqualTo(500);
      assertPolicy(answer, "500");
      JsonNode error = JSON.readTree(answer.body());
      assertThat(error.get("type").asText()).isEqualTo("internal");
      assertThat(error.get("details").asText()).isEqualTo(AnnalistServer.INTERNAL_ERROR_DETAILS);
      assertThat(answer.body())
          .doesNotContain("IllegalStateException")
          .doesNotContain("java.")
          .doesNotContain("secret")
          .doesNotContain("/home/")
          .doesNotContain("<script>");
    });
  }
}
