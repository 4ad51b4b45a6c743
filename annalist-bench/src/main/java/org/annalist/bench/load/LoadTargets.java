package org.annalist.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.export.ExportFormat;
import org.annalist.model.EventStatus;

/**
 * The requests of a load test, found by asking the server: the timeline (whole, and by each
 * status), the page of each of the first events, a search for each of the most mentioned
 * entities' names, and the export in every format.
 */
public final class LoadTargets {
  private static final String JSON_TYPE = "application/json";
  private static final int MOST_EVENTS = 200;
  private static final int MOST_QUERIES = 40;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<Endpoint, List<Target>> byEndpoint;

  private LoadTargets(Map<Endpoint, List<Target>> byEndpoint) {
    this.byEndpoint = byEndpoint;
  }

  /**
   * Asks the server for its events and entities.
   *
   * @throws IllegalStateException if the store has no events or nothing to search for
   */
  public static LoadTargets discover(HttpClient client, URI server)
      throws IOException, InterruptedException {
    Map<Endpoint, List<Target>> targets = new EnumMap<>(Endpoint.class);
    List<Target> timeline =
        new ArrayList<>(List.of(new Target(Endpoint.TIMELINE, "/api/timeline", "", JSON_TYPE)));
    for (EventStatus status : EventStatus.values()) {
      timeline.add(
          new Target(Endpoint.TIMELINE, "/api/timeline?status=" + status.label(), "", JSON_TYPE));
    }
    targets.put(Endpoint.TIMELINE, timeline);
    List<Target> events = new ArrayList<>();
    Set<String> queries = new LinkedHashSet<>();
    for (JsonNode event :
        get(client, server, "/api/events?limit=" + MOST_EVENTS).path("items")) {
      String id = event.path("id").asText();
      events.add(new Target(Endpoint.EVENT, "/api/events/" + encode(id), id, JSON_TYPE));
    }
    for (JsonNode entity :
        get(client, server, "/api/entities?limit=" + MOST_QUERIES).path("items")) {
      queries.add(entity.path("name").asText());
    }
    if (events.isEmpty() || queries.isEmpty()) {
      throw new IllegalStateException(
          "the store at " + server + " has " + events.size() + " events and " + queries.size()
              + " entities; analyze a corpus with events and names into it first");
    }
    targets.put(Endpoint.EVENT, events);
    targets.put(
        Endpoint.SEARCH,
        queries.stream()
            .map(query ->
                new Target(Endpoint.SEARCH, "/api/search?q=" + encode(query), query, JSON_TYPE))
            .toList());
    List<Target> exports = new ArrayList<>();
    for (ExportFormat format : ExportFormat.values()) {
      exports.add(new Target(
          Endpoint.EXPORT,
          "/api/export?format=" + format.formatName(),
          format.formatName(),
          format.mediaType()));
    }
    targets.put(Endpoint.EXPORT, exports);
    return new LoadTargets(targets);
  }

  /** The requests to this endpoint, in a fixed order. */
  public List<Target> of(Endpoint endpoint) {
    return Objects.requireNonNull(
        byEndpoint.get(endpoint), "discover finds the requests of every endpoint");
  }

  /** The {@code n}-th request of a run: the endpoints take turns by their shares, each cycling through its requests. */
  public Target nth(long n) {
    long round = n / 100;
    int slot = (int) (n % 100);
    for (Endpoint endpoint : Endpoint.values()) {
      if (slot < endpoint.share()) {
        List<Target> targets = of(endpoint);
        return targets.get((int) ((round * endpoint.share() + slot) % targets.size()));
      }
      slot -= endpoint.share();
    }
    throw new IllegalStateException("the endpoints' shares do not add up to 100");
  }

  private static JsonNode get(HttpClient client, URI server, String path)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(
        HttpRequest.newBuilder(server.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
    return JSON.readTree(response.body());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
