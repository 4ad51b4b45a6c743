package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import okhttp3.Response;
import org.annalist.export.ExportFormat;
import org.annalist.model.AnnotatedDocument;
import org.annalist.store.AnnalistStore;
import org.annalist.testsupport.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/export?format=...} sends each format's bytes, typed and named for download. */
class ExportEndpointTest {
  @TempDir
  Path directory;

  @Test
  void eachFormatIsSentAsItsExportWritesItWithItsMediaTypeAndFileName() {
    AnnalistStore store = AnnalistStore.open(directory);
    store.save(
        AnnotatedDocument.of(TestDocuments.of("/c/a.txt", "=1+1 <b>Stalin</b>, \"Mao\".\r\n")),
        "clean@1",
        "r");
    JavalinTest.test(AnnalistServer.create(store), (server, client) -> {
      for (ExportFormat format : ExportFormat.values()) {
        Response response = client.get("/api/export?format=" + format.formatName());
        assertThat(response.code()).as(format.formatName()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith(format.mediaType());
        assertThat(response.header("Content-Disposition"))
            .contains("annalist-export" + format.extension());
        assertThat(response.body().bytes())
            .as(format.formatName())
            .isEqualTo(written(format, store));
      }
      assertThat(client.get("/api/export?format=xml").code()).isEqualTo(400);
    });
  }

  private static byte[] written(ExportFormat format, AnnalistStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(store, out);
    return out.toByteArray();
  }
}
