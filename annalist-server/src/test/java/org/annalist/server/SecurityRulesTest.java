package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
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
 * answer carries the security policy; the server listens on loopback by default; nothing writes;
 * sizes are limited; no path leads outside the web root.
 */
class SecurityRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ServerLimits UNLIMITED_RATE = ServerLimits.ofRate(1_000_000);
  @TempDir Path directory;
  private AnnalistStore store;
  private String document;

  @BeforeEach
  void writeHostileStore() {
    store = HostileStore.write(directory, 4);
    document = store.documents().get(0).id().value();
  }

  /** Every GET route, with real ids and parameters. */
  private List<String> routes() {
    return List.of("/api/health", "/api/timeline", "/api/events", "/api/events/event:0-0", "/api/conflicts",
        "/api/entities", "/api/entities/person:alder", "/api/sources", "/api/sources/" + document,
        "/api/search?q=Alder", "/api/documents", "/api/documents/" + document, "/api/failures",
        "/api/export?format=json", "/api/openapi.json");
  }

  @Test
  void documentTextReachesClientsOnlyAsJsonAndNoPageEchoesIt() {
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      List<String> json = new ArrayList<>(routes());
      json.addAll(List.of("/api/search?q=%3Cscript%3E", "/api/documents/%3Cscript%3E", "/api/events/%3Cscript%3E",
          "/api/entities/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E", "/api/nothing%3Cscript%3Ealert(1)%3C/script%3E",
          "/api/events?from=%3Cscript%3E", "/api/export?format=%3Cscript%3E"));
      for (String route : json) {
        Response response = client.get(route);
        assertThat(response.code()).as(route).isLessThan(500);
        assertThat(response.header("Content-Type")).as(route).startsWith("application/json");
        assertThat(response.header("X-Content-Type-Options")).as(route).isEqualTo("nosniff");
        assertThat(JSON.readTree(response.body().string())).as(route).isNotNull();
      }
      JsonNode source = JSON.readTree(client.get("/api/sources/" + document).body().string());
      assertThat(HostileStore.MARKUP).as("the test's markup is in the text the API gives")
          .anyMatch(markup -> source.get("text").asText().contains(markup));

      for (String page : List.of("/", "/index.html", "/%3Cscript%3Ealert(1)%3C/script%3E",
          "/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E", "/app.js?%3Cscript%3E", "/<script>alert(1)</script>")) {
        RawHttp answer = RawHttp.send(server.port(), "GET", page, "Accept: text/html\r\n", "");
        assertThat(answer.status()).as(page).isLessThan(500);
        assertThat(answer.body()).as("a page never echoes its path").doesNotContain("%3C").doesNotContain("%22");
        for (String markup : HostileStore.MARKUP) {
          assertThat(answer.body()).as(page).doesNotContain(markup).doesNotContain("onerror=alert")
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
        assertThat(download.header("Content-Disposition")).as(format.formatName()).startsWith("attachment;");
        assertThat(download.header("Content-Type")).as(format.formatName()).doesNotStartWith("text/html");
      }
      String timelineJs = client.get("/api/export?format=timelinejs").body().string();
      assertThat(timelineJs).contains("&lt;script&gt;").doesNotContain("<script>");
    });
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityPolicy() {
    JavalinTest.test(AnnalistServer.create(store, new ServerLimits(1024, 200, 0.01)), (server, client) -> {
      List<String> kinds = List.of("/", "/app.js", "/style.css", "/vendor/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
          "/api/health", "/api/export?format=csv", "/api/export?format=graphml", "/api/documents/nope",
          "/api/events/none", "/no-such-page.html", "/api/nothing");
      for (String kind : kinds) {
        assertPolicy(RawHttp.get(server.port(), kind), kind);
      }
      assertPolicy(RawHttp.send(server.port(), "POST", "/api/health", "", "x".repeat(2048)), "413");
      assertPolicy(RawHttp.send(server.port(), "DELETE", "/api/documents/" + document, "", ""), "DELETE");
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
    assertThat(answer.header("Content-Security-Policy")).as(what).isEqualTo(AnnalistServer.CONTENT_SECURITY_POLICY);
    assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
  }

  @Test
  void theServerListensOnLoopbackUnlessToldOtherwise() throws IOException {
    Javalin server = AnnalistServer.start(store, ServerOptions.loopback(0));
    try {
      ServerConnector connector = (ServerConnector) server.jettyServer().server().getConnectors()[0];
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
          RawHttp answer = RawHttp.send(server.port(), method, path, "", method.equals("TRACE") ? "" : "{\"x\":1}");
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
      assertThat(RawHttp.get(server.port(), "/api/search?q=" + "a".repeat(100_000)).status()).isIn(414, 431);
      assertThat(RawHttp.send(server.port(), "GET", "/api/health", "X-Long: " + "b".repeat(100_000) + "\r\n", "")
          .status()).isEqualTo(431);
      assertThat(RawHttp.get(server.port(), "/api/events/" + "c".repeat(5_000)).status()).isEqualTo(404);
      assertThat(RawHttp.get(server.port(), "/api/search?q=" + "d".repeat(1_001)).status()).isEqualTo(400);
      assertThat(RawHttp.send(server.port(), "POST", "/api/search", "", "e".repeat(100_000)).status()).isEqualTo(413);
      assertThat(client.get("/api/health").code()).isEqualTo(200);
    });
  }

  @Test
  void noPathLeadsOutsideTheWebRoot() {
    List<String> attempts = List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5c..%5c..%5cetc%5cpasswd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/..;/..;/..;/etc/passwd",
        "/vendor/vis-timeline/../../../../../../etc/passwd", "//etc/passwd", "/etc/passwd", "/file:///etc/passwd",
        "/../openapi.json", "/%2e%2e/openapi.json", "/..%2fopenapi.json", "/../AnnalistServer.class",
        "/%2e%2e/AnnalistServer.class", "/org/annalist/server/AnnalistServer.class", "/META-INF/MANIFEST.MF",
        "/app.js%00.html", "/%00", "/index.html%00", "/vendor/%2e%2e/%2e%2e/%2e%2e/openapi.json",
        "/api/documents/..%2f..%2f..%2fetc%2fpasswd", "/api/sources/%2e%2e%2f%2e%2e", "/api/documents/%00",
        "/api/events/..%2F..%2F..%2Fetc%2Fpasswd", "/api/entities/..%5c..%5cwindows", "/api/entities/%00",
        "/api/export?format=../../../etc/passwd", "/api/export?format=%00", "/api/../../etc/passwd");
    JavalinTest.test(AnnalistServer.create(store, UNLIMITED_RATE), (server, client) -> {
      for (String attempt : attempts) {
        RawHttp answer = RawHttp.get(server.port(), attempt);
        assertThat(answer.status()).as(attempt).isBetween(400, 499);
        assertThat(answer.body()).as(attempt).doesNotContain("root:x:0:0").doesNotContain("\"openapi\"")
            .doesNotContain("\u00ca\u00fe\u00ba\u00be").doesNotContain("Manifest-Version");
      }
    });
  }
}
