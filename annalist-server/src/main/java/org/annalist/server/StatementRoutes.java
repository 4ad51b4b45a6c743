package org.annalist.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.DocumentId;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StatementFilter;
import org.annalist.timeline.StatementReason;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/statements}: the mentions kept off the timeline (negated, hypothetical, intended,
 * only possible, generic, reports, states of mind), a page at a time, those of one document or
 * of one reason.
 */
final class StatementRoutes {
  private static final int DEFAULT_PAGE = 50;
  private static final int MAX_PAGE = 500;
  private static final List<String> REASONS =
      Arrays.stream(StatementReason.values()).map(StatementReason::exportName).toList();

  private final AnnalistStore store;

  StatementRoutes(AnnalistStore store) {
    this.store = store;
  }

  void register(Javalin app) {
    app.get("/api/statements", this::statements);
  }

  private void statements(Context context) throws IOException {
    ApiParameters.Page page = ApiParameters.page(context, DEFAULT_PAGE, MAX_PAGE);
    String document = ApiParameters.text(context, "document");
    DocumentId id = document == null ? null : ApiParameters.documentId(document);
    JsonWriting.page(
        context,
        store
            .timeline()
            .statements(new StatementFilter(id, why(context)), page.offset(), page.limit()));
  }

  /** The reason asked for, one of the export's {@code why} words, or null for every reason. */
  private static @Nullable String why(Context context) {
    String why = ApiParameters.text(context, "why");
    if (why != null && !REASONS.contains(why)) {
      throw ApiException.badRequest("why must be one of " + REASONS + ", was '" + why + "'");
    }
    return why;
  }
}
