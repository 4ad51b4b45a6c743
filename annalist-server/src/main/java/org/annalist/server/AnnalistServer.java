package org.annalist.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.annalist.export.ExportFormat;
import org.annalist.model.DocumentId;
import org.annalist.store.AnnalistStore;
import org.annalist.store.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Annalist HTTP server: the JSON API under {@code /api/} and the web UI, read from a store.
 */
public final class AnnalistServer {
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
  private static final Logger LOG = LoggerFactory.getLogger(AnnalistServer.class);
  private static final int MAX_SEARCH_RESULTS = 100;
  private static final String ERROR_SENT = "annalist.error-sent";

  private final AnnalistStore store;

  private AnnalistServer(AnnalistStore store) {
    this.store = store;
  }

  /** A server for this store, not yet started. */
  public static Javalin create(AnnalistStore store) {
    AnnalistServer server = new AnnalistServer(store);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/annalist/server/ui";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(context -> {
      context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      context.header("X-Content-Type-Options", "nosniff");
      context.header("Referrer-Policy", "no-referrer");
    });
    app.get("/api/health", server::health);
    app.get("/api/documents", server::documents);
    app.get("/api/documents/{id}", server::document);
    app.get("/api/failures", context -> context.json(store.failures()));
    app.get("/api/search", server::search);
    app.get("/api/export", server::export);
    app.exception(ApiException.class, (e, context) -> respond(context, e.toError()));
    app.exception(Exception.class, (e, context) -> {
      LOG.error("request {} failed", context.path(), e);
      respond(context, new ApiError("Internal error", 500, "internal", e.toString()));
    });
    app.error(404, context -> {
      if (context.path().startsWith("/api/") && context.attribute(ERROR_SENT) == null) {
        respond(context, new ApiError("Not found", 404, "not-found", "no endpoint " + context.path()));
      }
    });
    return app;
  }

  /** Starts a server on these options and returns it, listening. */
  public static Javalin start(AnnalistStore store, ServerOptions options) {
    return create(store).start(options.host(), options.port());
  }

  private void health(Context context) {
    context.json(Map.of("status", "ok", "schema", store.schemaVersion(), "documents", store.counts().documents(),
        "generation", store.generation()));
  }

  private void documents(Context context) {
    context.json(store.documents().stream().map(DocumentViews::summary).toList());
  }

  private void document(Context context) {
    DocumentId id = parseId(context.pathParam("id"));
    context.json(DocumentViews.full(store.annotated(id)
        .orElseThrow(() -> ApiException.notFound("no document " + id.value()))));
  }

  private void search(Context context) {
    String query = context.queryParam("q");
    if (query == null || query.isBlank()) {
      throw ApiException.badRequest("give the words to search for as ?q=...");
    }
    int limit = parseLimit(context.queryParam("limit"));
    try (SearchIndex index = store.searchIndex()) {
      List<DocumentViews.Hit> hits = index.search(query, limit).stream().map(DocumentViews::hit).toList();
      context.json(Map.of("query", query, "hits", hits));
    }
  }

  private void export(Context context) throws java.io.IOException {
    ExportFormat format;
    try {
      format = ExportFormat.named(context.queryParamAsClass("format", String.class).getOrDefault("json"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    context.contentType(format.mediaType());
    context.header("Content-Disposition", "attachment; filename=\"annalist-export" + format.extension() + "\"");
    format.write(store, context.outputStream());
  }

  private static DocumentId parseId(String value) {
    try {
      return DocumentId.of(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static int parseLimit(String value) {
    if (value == null) {
      return 20;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit < 1 || limit > MAX_SEARCH_RESULTS) {
        throw ApiException.badRequest("limit must be between 1 and " + MAX_SEARCH_RESULTS + ", was " + limit);
      }
      return limit;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit must be a number, was '" + value + "'");
    }
  }

  private static void respond(Context context, ApiError error) {
    context.attribute(ERROR_SENT, Boolean.TRUE);
    context.status(error.status()).json(error);
  }
}
