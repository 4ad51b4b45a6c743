package org.annalist.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.Set;
import org.annalist.export.ExportFormat;
import org.annalist.model.DocumentId;
import org.annalist.store.AnnalistStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Annalist HTTP server: the JSON API under {@code /api/} and the web UI, read from a store.
 */
public final class AnnalistServer {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
  /** The headers every answer carries, Jetty's own error answers included. */
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy",
      CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options",
      "nosniff",
      "Referrer-Policy",
      "no-referrer");
  /** The only text a 500 sends: what failed is in the log, never in the answer. */
  static final String INTERNAL_ERROR_DETAILS = "the server failed to answer; see its log";

  private static final Logger LOG = LoggerFactory.getLogger(AnnalistServer.class);
  private static final String OPENAPI = "/org/annalist/server/openapi.json";
  private static final String ERROR_SENT = "annalist.error-sent";

  private final AnnalistStore store;

  private AnnalistServer(AnnalistStore store) {
    this.store = store;
  }

  /** A server for this store with the default limits, answering to loopback names only, not yet started. */
  public static Javalin create(AnnalistStore store) {
    return create(store, ServerLimits.DEFAULT);
  }

  /** A server for this store answering to loopback names only, not yet started. */
  public static Javalin create(AnnalistStore store, ServerLimits limits) {
    return create(store, limits, AllowedHosts.LOOPBACK);
  }

  /** A server for this store that answers only requests whose Host header {@code hosts} permits, not yet started. */
  public static Javalin create(AnnalistStore store, ServerLimits limits, AllowedHosts hosts) {
    AnnalistServer server = new AnnalistServer(store);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = limits.maxRequestBytes();
      config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new BadMessageAnswers()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/annalist/server/ui";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(context -> SECURITY_HEADERS.forEach(context::header));
    app.before(new HostCheck(hosts));
    app.before("/api/*", new RequestLimits(limits, System::nanoTime));
    app.get("/api/health", server::health);
    app.get("/api/openapi.json", AnnalistServer::openApi);
    app.get("/api/documents", server::documents);
    app.get("/api/documents/{id}", server::document);
    app.get("/api/failures", context -> context.json(store.failures()));
    new TimelineRoutes(store).register(app);
    new EntityRoutes(store).register(app);
    new SourceRoutes(store).register(app);
    new SearchRoutes(store).register(app);
    new StatementRoutes(store).register(app);
    app.get("/api/export", server::export);
    app.exception(ApiException.class, (e, context) -> respond(context, e.toError()));
    app.exception(Exception.class, (e, context) -> {
      LOG.error("request {} failed", context.path(), e);
      respond(context, new ApiError("Internal error", 500, "internal", INTERNAL_ERROR_DETAILS));
    });
    app.error(404, context -> {
      if (context.attribute(ERROR_SENT) != null) {
        return;
      }
      if (context.path().startsWith("/api/")) {
        respond(
            context, new ApiError("Not found", 404, "not-found", "no endpoint " + context.path()));
      } else {
        context.contentType("text/plain; charset=utf-8").result("Not found");
      }
    });
    return app;
  }

  /** Starts a server with the default limits on these options and returns it, listening. */
  public static Javalin start(AnnalistStore store, ServerOptions options) {
    return start(store, options, ServerLimits.DEFAULT);
  }

  /**
   * Starts a server with these limits on these options and returns it, listening and answering
   * to the names {@link ServerOptions#allowedHosts()} gives.
   */
  public static Javalin start(AnnalistStore store, ServerOptions options, ServerLimits limits) {
    return create(store, limits, options.allowedHosts()).start(options.host(), options.port());
  }

  private void health(Context context) {
    context.json(Map.of(
        "status",
        "ok",
        "schema",
        store.schemaVersion(),
        "documents",
        store.counts().documents(),
        "generation",
        store.generation()));
  }

  private void documents(Context context) {
    context.json(store.documents().stream().map(DocumentViews::summary).toList());
  }

  private void document(Context context) {
    DocumentId id = ApiParameters.documentId(context.pathParam("id"));
    Set<String> layers = ApiParameters.layers(context);
    context.json(DocumentViews.full(
        store.annotated(id).orElseThrow(() -> ApiException.notFound("no document " + id.value())),
        layers));
  }

  private static void openApi(Context context) throws java.io.IOException {
    try (var description = AnnalistServer.class.getResourceAsStream(OPENAPI)) {
      context.contentType(JsonWriting.MEDIA_TYPE).result(description.readAllBytes());
    }
  }

  private void export(Context context) throws java.io.IOException {
    ExportFormat format;
    try {
      format = ExportFormat.named(
          context.queryParamAsClass("format", String.class).getOrDefault("json"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(String.valueOf(e.getMessage()));
    }
    context.contentType(format.mediaType());
    context.header(
        "Content-Disposition",
        "attachment; filename=\"annalist-export" + format.extension() + "\"");
    format.write(store, context.outputStream());
  }

  private static void respond(Context context, ApiError error) {
    context.attribute(ERROR_SENT, Boolean.TRUE);
    context.status(error.status()).json(error);
  }
}
