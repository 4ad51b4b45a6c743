package org.annalist.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Checks a TimelineJS export: against the JSON Schema written from TimelineJS3's documented
 * format ({@code timelinejs3.schema.json} beside this class), and, parsing each slide's text as
 * HTML with jsoup as a browser would, the quotes it shows.
 */
public final class TimelineJsReader {
  private static final JsonSchema SCHEMA = schema();

  private TimelineJsReader() {}

  /** What the schema finds wrong; empty when the file is valid TimelineJS3 data. */
  public static Set<ValidationMessage> problems(JsonNode timeline) {
    return SCHEMA.validate(timeline);
  }

  /** The quotes the slides show, each from a {@code blockquote} with its document and span. */
  public static List<ExportedQuote> quotes(JsonNode timeline) {
    List<ExportedQuote> quotes = new ArrayList<>();
    timeline.path("events").forEach(slide -> {
      for (Element quote :
          Jsoup.parseBodyFragment(slide.path("text").path("text").asText()).select("blockquote")) {
        quotes.add(new ExportedQuote(
            quote.attr("data-document"),
            Integer.parseInt(quote.attr("data-start")),
            Integer.parseInt(quote.attr("data-end")),
            quote.wholeText()));
      }
    });
    return quotes;
  }

  /** An HTML field as a browser shows it: parsed, then its text. */
  public static String shown(String html) {
    return Jsoup.parseBodyFragment(html).body().wholeText();
  }

  private static JsonSchema schema() {
    try (InputStream schema =
        TimelineJsReader.class.getResourceAsStream("timelinejs3.schema.json")) {
      if (schema == null) {
        throw new IllegalStateException(
            "timelinejs3.schema.json is missing beside " + TimelineJsReader.class);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read timelinejs3.schema.json: " + e.getMessage(), e);
    }
  }
}
