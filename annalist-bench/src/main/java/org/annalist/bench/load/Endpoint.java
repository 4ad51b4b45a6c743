package org.annalist.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The endpoints the load test drives, each with its share of the requests and the check that an
 * answer is well-formed: a 200 with the media type the endpoint promises, a security policy, and
 * a body that parses and holds what the endpoint is for.
 */
public enum Endpoint {
  /** {@code /api/timeline}: every event as the timeline draws it. */
  TIMELINE(25),
  /** {@code /api/events/{id}}: what an event page shows. */
  EVENT(35),
  /** {@code /api/search?q=...}: matching sentences with facets. */
  SEARCH(30),
  /** {@code /api/export?format=...}: the whole store in one format. */
  EXPORT(10);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final XMLInputFactory XML = xmlFactory();

  private final int share;

  Endpoint(int share) {
    this.share = share;
  }

  /** Of every 100 requests, how many go to this endpoint. */
  public int share() {
    return share;
  }

  /** The endpoint's name in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * What is wrong with an answer to this request, or null when it is well-formed.
   *
   * @param target the request the answer is to
   * @param status the HTTP status
   * @param contentType the Content-Type header, or null
   * @param securityPolicy the Content-Security-Policy header, or null
   * @param body the whole body
   */
  @Nullable
  String problem(
      Target target,
      int status,
      @Nullable String contentType,
      @Nullable String securityPolicy,
      byte[] body) {
    if (status != 200) {
      return "status " + status + ": "
          + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
    }
    if (securityPolicy == null || !securityPolicy.contains("script-src 'self'")) {
      return "no Content-Security-Policy";
    }
    if (contentType == null || !contentType.startsWith(target.mediaType())) {
      return "Content-Type " + contentType + ", expected " + target.mediaType();
    }
    try {
      return bodyProblem(target, body);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return "malformed body: " + e;
    }
  }

  private @Nullable String bodyProblem(Target target, byte[] body)
      throws IOException, XMLStreamException {
    return switch (this) {
      case TIMELINE -> {
        JsonNode timeline = JSON.readTree(body);
        yield timeline.path("events").isArray()
                && timeline.path("total").asInt(-1) == timeline.path("events").size()
            ? null
            : "the timeline's total does not count its events";
      }
      case EVENT ->
        target.expected().equals(JSON.readTree(body).path("event").path("id").asText())
            ? null
            : "not the event " + target.expected();
      case SEARCH -> {
        JsonNode result = JSON.readTree(body);
        yield result.path("hits").isArray()
                && result.path("total").asInt(-1) >= result.path("hits").size()
                && result.path("facets").isObject()
            ? null
            : "no hits and facets";
      }
      case EXPORT -> exportProblem(target.expected(), body);
    };
  }

  private static @Nullable String exportProblem(String format, byte[] body)
      throws IOException, XMLStreamException {
    switch (format) {
      case "csv" -> {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
          for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            zip.readAllBytes();
            entries++;
          }
        }
        return entries > 0 ? null : "an empty zip";
      }
      case "graphml" -> {
        XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(body));
        while (reader.hasNext()) {
          reader.next();
        }
        reader.close();
        return null;
      }
      default -> {
        return JSON.readTree(body).isContainerNode() ? null : "not a JSON object";
      }
    }
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
