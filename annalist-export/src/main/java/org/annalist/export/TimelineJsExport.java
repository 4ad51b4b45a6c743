package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;

/**
 * Writes the timeline as a Knight Lab TimelineJS3 JSON file: a slide per dated event
 * ({@link TimelineJsDate}), grouped by status, its text the tellings quoted with their sources
 * and the sources' disagreements; an era per source, from the first to the last day of the events
 * it tells; a title slide that counts what is shown and what is not (undated events, which
 * TimelineJS cannot place). TimelineJS renders text as HTML, so every piece of document text is
 * escaped ({@link HtmlText}). Events stream from the store; the documents' titles and the
 * conflicts' explanations are held while writing.
 */
public final class TimelineJsExport {
  static final String NAME = "timelinejs";

  private TimelineJsExport() {}

  public static void write(AnnalistStore store, OutputStream out) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (DocumentSummary document : store.documents()) {
      titles.put(
          document.id().value(),
          document.title() != null && !document.title().isBlank()
              ? document.title()
              : String.valueOf(Path.of(document.path()).getFileName()));
    }
    Map<String, List<String>> disagreements = new HashMap<>();
    TimelineItems.forEachConflict(
        store,
        conflict -> disagreements
            .computeIfAbsent(conflict.event(), e -> new ArrayList<>())
            .add(conflict.explanation()));
    ExportException.unchecked(NAME, () -> {
      try (JsonGenerator json = JsonOutput.generator(out)) {
        json.writeStartObject();
        json.writeArrayFieldStart("events");
        Map<String, Days> covered = new HashMap<>();
        int[] undated = {0};
        TimelineItems.forEachEvent(
            store,
            event -> ExportException.unchecked(NAME, () -> {
              EventDate date = event.date();
              if (date == null) {
                undated[0]++;
                return;
              }
              writeSlide(
                  json, event, date, titles, disagreements.getOrDefault(event.id(), List.of()));
              Days days = new Days(date.earliest(), date.latest());
              event.documents().forEach(document -> covered.merge(document, days, Days::span));
            }));
        json.writeEndArray();
        json.writeArrayFieldStart("eras");
        for (Map.Entry<String, String> document : titles.entrySet()) {
          Days days = covered.get(document.getKey());
          if (days != null) {
            writeEra(json, document.getValue(), days);
          }
        }
        json.writeEndArray();
        writeTitle(json, titles.size(), undated[0]);
        json.writeEndObject();
      }
    });
  }

  private static void writeSlide(
      JsonGenerator json,
      ExportedEvent event,
      EventDate date,
      Map<String, String> titles,
      List<String> disagreements)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("unique_id", event.id());
    TimelineJsDate.write(json, date);
    String told = event.dateAsTold();
    if (told != null) {
      json.writeStringField("display_date", HtmlText.escape(told));
    }
    json.writeStringField("group", event.status());
    json.writeObjectFieldStart("text");
    json.writeStringField("headline", HtmlText.escape(event.summary()));
    StringBuilder html = new StringBuilder();
    html.append("<p>")
        .append(HtmlText.escape(event.status()))
        .append(": told ")
        .append(event.attestations().size())
        .append(" time(s) in ")
        .append(event.documents().size())
        .append(" source(s)</p>");
    for (ExportedAttestation attestation : event.attestations()) {
      Quote quote = attestation.located();
      html.append("<blockquote data-document=\"")
          .append(HtmlText.escape(quote.document()))
          .append("\" data-start=\"")
          .append(quote.start())
          .append("\" data-end=\"")
          .append(quote.end())
          .append("\">")
          .append(HtmlText.escape(quote.quote()))
          .append("</blockquote><p><cite>")
          .append(HtmlText.escape(titles.getOrDefault(quote.document(), quote.document())))
          .append("</cite></p>");
    }
    for (String disagreement : disagreements) {
      html.append("<p class=\"conflict\">The sources disagree: ")
          .append(HtmlText.escape(disagreement))
          .append("</p>");
    }
    json.writeStringField("text", html.toString());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeEra(JsonGenerator json, String title, Days days) throws IOException {
    json.writeStartObject();
    TimelineJsDate.writeDays(json, days.first(), days.last());
    json.writeObjectFieldStart("text");
    json.writeStringField("headline", HtmlText.escape(title));
    json.writeStringField("text", "<p>The events this source tells.</p>");
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeTitle(JsonGenerator json, int documents, int undated)
      throws IOException {
    json.writeObjectFieldStart("title");
    json.writeObjectFieldStart("text");
    json.writeStringField("headline", "Annalist timeline");
    json.writeStringField(
        "text",
        "<p>Events told in " + documents + " document(s), each with its sources' words. " + undated
            + " undated event(s) are not shown.</p>");
    json.writeEndObject();
    json.writeEndObject();
  }

  /** The days a source's dated events fall on, first to last. */
  private record Days(LocalDate first, LocalDate last) {
    Days span(Days other) {
      return new Days(
          first.isBefore(other.first) ? first : other.first,
          last.isAfter(other.last) ? last : other.last);
    }
  }
}
