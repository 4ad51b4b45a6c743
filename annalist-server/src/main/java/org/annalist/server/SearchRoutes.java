package org.annalist.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.annalist.model.DocumentId;
import org.annalist.model.Span;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.annalist.store.SearchHit;
import org.annalist.store.SearchIndex;
import org.annalist.store.SearchRequest;
import org.annalist.store.SearchResult;

/**
 * {@code /api/search}: sentences of the readable text that match, each with its offsets in the
 * document, and facet counts by source, entity, status and years, each value with a label.
 */
final class SearchRoutes {
  private static final int DEFAULT_PAGE = 20;
  private static final int MAX_PAGE = 100;

  private final AnnalistStore store;

  SearchRoutes(AnnalistStore store) {
    this.store = store;
  }

  void register(Javalin app) {
    app.get("/api/search", this::search);
  }

  private void search(Context context) {
    String query = ApiParameters.text(context, "q");
    if (query == null) {
      throw ApiException.badRequest("give the words to search for as ?q=...");
    }
    ApiParameters.Page page = ApiParameters.page(context, DEFAULT_PAGE, MAX_PAGE);
    DocumentId source = ApiParameters.source(context);
    SearchRequest request = new SearchRequest(
        query,
        source == null ? null : source.value(),
        ApiParameters.text(context, "entity"),
        ApiParameters.status(context),
        ApiParameters.year(context, "from"),
        ApiParameters.year(context, "to"),
        page.offset(),
        page.limit());
    SearchResult result;
    try (SearchIndex index = store.searchIndex()) {
      result = index.search(request);
    }
    ObjectNode view = JsonWriting.MAPPER
        .createObjectNode()
        .put("query", query)
        .put("total", result.total())
        .put("offset", page.offset())
        .put("limit", page.limit());
    ArrayNode hits = view.putArray("hits");
    result.hits().forEach(hit -> hits.add(hit(hit)));
    view.set("facets", facets(result));
    context.json(view);
  }

  private static ObjectNode hit(SearchHit hit) {
    SearchHit.Passage passage = hit.passages().get(0);
    ObjectNode view = JsonWriting.MAPPER
        .createObjectNode()
        .put("document", hit.document().value())
        .put("path", hit.path())
        .put("title", hit.title())
        .put("score", hit.score())
        .put("start", passage.span().start())
        .put("end", passage.span().end())
        .put("text", passage.text());
    ArrayNode matches = view.putArray("matches");
    for (Span match : passage.matches()) {
      matches.addObject().put("start", match.start()).put("end", match.end());
    }
    ArrayNode statements = view.putArray("statements");
    passage.statements().forEach(statements::add);
    return view;
  }

  private ObjectNode facets(SearchResult result) {
    Map<String, String> titles = new HashMap<>();
    for (DocumentSummary document : store.documents()) {
      titles.put(
          document.id().value(), document.title() == null ? document.path() : document.title());
    }
    Map<String, String> names = store.entityNames(result.facets().stream()
        .filter(facet -> facet.dimension().equals("entity"))
        .flatMap(facet -> facet.counts().stream().map(SearchResult.Count::value))
        .toList());
    ObjectNode facets = JsonWriting.MAPPER.createObjectNode();
    for (SearchResult.Facet facet : result.facets()) {
      ArrayNode counts = facets.putArray(facet.dimension());
      for (SearchResult.Count count : facet.counts()) {
        Map<String, String> labels = switch (facet.dimension()) {
          case "source" -> titles;
          case "entity" -> names;
          default -> Map.of();
        };
        counts
            .addObject()
            .put("value", count.value())
            .put("label", labels.getOrDefault(count.value(), count.value()))
            .put("count", count.count());
      }
    }
    return facets;
  }
}
