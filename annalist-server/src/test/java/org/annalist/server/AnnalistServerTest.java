package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.annalist.export.ExportFormat;
import org.annalist.export.ExportSchema;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.FlagName;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.store.AnnalistStore;
import org.annalist.testsupport.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnalistServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "<script>alert(1)</script> Stalin met ** in Moscow.\n";

  @TempDir
  Path directory;

  private AnnalistStore store;
  private Document hostile;

  @BeforeEach
  void storeOneDocument() {
    store = AnnalistStore.open(directory);
    hostile = TestDocuments.of("/c/hostile.txt", HOSTILE);
    AnnotationLayer redaction = AnnotationLayer.builder(
            Layers.REDACTION, hostile, new Provenance("clean", "1", "r"))
        .add(37, 39, "asterisks")
        .build();
    store.save(
        AnnotatedDocument.of(hostile)
            .with(List.of(redaction), DocumentFlags.of(Map.of(FlagName.REDACTED, 1))),
        "clean@1",
        "r");
  }

  @Test
  void healthSaysOkAndCountsDocuments() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode health = json(client.get("/api/health"), 200);
      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("documents").asInt()).isEqualTo(1);
    });
  }

  @Test
  void listsDocumentsAndGivesOneWithItsTextAndLayers() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode list = json(client.get("/api/documents"), 200);
      assertThat(list).hasSize(1);
      assertThat(list.get(0).get("flags").get(0).asText()).isEqualTo("redacted");

      JsonNode full = json(client.get("/api/documents/" + hostile.id().value()), 200);
      assertThat(full.get("text").asText()).isEqualTo(HOSTILE);
      JsonNode mark = full.get("layers").get("clean.redaction").get(0);
      assertThat(HOSTILE.substring(mark.get("start").asInt(), mark.get("end").asInt()))
          .isEqualTo("**");
    });
  }

  @Test
  void searchGivesMatchesAsOffsetsIntoTheText() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode result = json(client.get("/api/search?q=moscow"), 200);
      JsonNode hit = result.get("hits").get(0);
      JsonNode match = hit.get("matches").get(0);
      assertThat(HOSTILE.substring(match.get("start").asInt(), match.get("end").asInt()))
          .isEqualTo("Moscow");
      assertThat(hit.get("text").asText())
          .isEqualTo(HOSTILE.substring(hit.get("start").asInt(), hit.get("end").asInt()));
      assertThat(result.get("facets").get("source").get(0).get("label").asText())
          .isEqualTo("/c/hostile.txt");
    });
  }

  @Test
  void searchFacetsLabelEntitiesWithTheirNames() {
    AnnalistStore named = HostileStore.write(directory.resolve("named"), 2);
    JavalinTest.test(AnnalistServer.create(named), (server, client) -> {
      JsonNode entities =
          json(client.get("/api/search?q=Alder"), 200).get("facets").get("entity");
      assertThat(entities)
          .extracting(
              count -> count.get("value").asText() + "=" + count.get("label").asText())
          .containsExactlyInAnyOrder(
              "person:alder=Alder", "person:brand=Brand", "place:carrow=Carrow");
    });
  }

  @Test
  void errorsHaveOneShape() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      JsonNode missing = json(client.get("/api/documents/" + "0".repeat(64)), 404);
      assertThat(missing.get("type").asText()).isEqualTo("not-found");
      assertThat(missing.get("title").asText()).isEqualTo("Not found");
      JsonNode badId = json(client.get("/api/documents/nope"), 400);
      assertThat(badId.get("details").asText()).contains("was 'nope'");
      JsonNode noQuery = json(client.get("/api/search"), 400);
      assertThat(noQuery.get("status").asInt()).isEqualTo(400);
      JsonNode noRoute = json(client.get("/api/nothing-here"), 404);
      assertThat(noRoute.get("details").asText()).isEqualTo("no endpoint /api/nothing-here");
    });
  }

  @Test
  void exportsTheContractAndSendsASecurityPolicyThatForbidsInlineScript() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      Response response = client.get("/api/export?format=json");
      assertThat(response.header("Content-Security-Policy"))
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      JsonNode export = json(response, 200);
      assertThat(export.get("format").asText()).isEqualTo("annalist-export/1");
      assertThat(ExportSchema.problems(export))
          .as("problems by the contract's schema")
          .isEmpty();
      assertThat(export.get("documents").get(0).get("text").asText()).isEqualTo(HOSTILE);

      Response page = client.get("/");
      assertThat(page.code()).isEqualTo(200);
      assertThat(page.body().string()).contains("<script src=\"/app.js\"");
    });
  }

  @Test
  void thePageOffersEveryExportFormatAsADownloadThatWorks() {
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      String page = client.get("/").body().string();
      for (ExportFormat format : ExportFormat.values()) {
        String link = "/api/export?format=" + format.formatName();
        assertThat(page).contains("href=\"" + link + "\" download");
        Response download = client.get(link);
        assertThat(download.code()).as(link).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith(format.mediaType());
      }
    });
  }

  @Test
  void listensOnLoopbackByDefault() {
    assertThat(ServerOptions.loopback(0).host()).isEqualTo("127.0.0.1");
  }

  private static JsonNode json(Response response, int status) throws java.io.IOException {
    assertThat(response.code()).isEqualTo(status);
    return JSON.readTree(response.body().string());
  }
}
