package org.annalist.eval.gold;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a WikiWars {@code keyinline} file. The text events inside {@code <TEXT>} are
 * appended unchanged to the plain text; each {@code <TIMEX2>} opened there records the offset
 * where it starts and collects its own content, so that its span and its text are found
 * independently and {@link GoldDocument} can check that they agree. Nested tags stay open
 * together and each becomes its own gold timex.
 */
final class KeyInlineParser {
  private final String fileName;
  private final StringBuilder text = new StringBuilder();
  private final Deque<OpenTimex> open = new ArrayDeque<>();
  private final List<ClosedTimex> closed = new ArrayList<>();
  private String documentId = "";
  private @Nullable LocalDate creationDate;
  private boolean inText;
  private boolean inDateTime;
  private int opened;

  KeyInlineParser(String fileName) {
    this.fileName = fileName;
  }

  private record OpenTimex(
      int ordinal,
      int start,
      StringBuilder content,
      @Nullable String value,
      @Nullable String mod) {}

  private record ClosedTimex(int ordinal, GoldTimex timex) {}

  GoldDocument parse(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        startElement(reader);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        endElement(reader.getLocalName());
      } else if (inText && XmlInputs.isText(event)) {
        String chunk = reader.getText();
        text.append(chunk);
        open.forEach(timex -> timex.content().append(chunk));
      }
    }
    return finish();
  }

  private void startElement(XMLStreamReader reader) throws XMLStreamException {
    switch (reader.getLocalName()) {
      case "DOCID" -> documentId = reader.getElementText().trim();
      case "DATETIME" -> inDateTime = true;
      case "TEXT" -> inText = true;
      case "TIMEX2" -> startTimex(reader);
      default -> {}
    }
  }

  private void startTimex(XMLStreamReader reader) throws XMLStreamException {
    String value = attribute(reader, "val");
    if (inText) {
      opened++;
      open.push(new OpenTimex(
          opened, text.length(), new StringBuilder(), value, attribute(reader, "mod")));
    } else if (inDateTime) {
      creationDate = creationDate(value, reader);
    }
  }

  private void endElement(String name) {
    switch (name) {
      case "TEXT" -> inText = false;
      case "DATETIME" -> inDateTime = false;
      case "TIMEX2" -> {
        if (inText) {
          closeTimex(open.pop());
        }
      }
      default -> {}
    }
  }

  private void closeTimex(OpenTimex timex) {
    Span span = Span.of(timex.start(), text.length());
    String id = documentId + "#" + timex.ordinal();
    closed.add(new ClosedTimex(
        timex.ordinal(),
        new GoldTimex(id, span, timex.content().toString(), timex.value(), timex.mod(), null)));
  }

  private GoldDocument finish() throws XMLStreamException {
    if (documentId.isEmpty()) {
      throw new XMLStreamException("no <DOCID> in " + fileName);
    }
    if (creationDate == null) {
      throw new XMLStreamException("no <TIMEX2 val=...> inside <DATETIME> in " + fileName);
    }
    if (!open.isEmpty()) {
      throw new XMLStreamException(open.size() + " <TIMEX2> tags left open in " + fileName);
    }
    List<GoldTimex> timexes = closed.stream()
        .sorted(Comparator.comparingInt(ClosedTimex::ordinal))
        .map(ClosedTimex::timex)
        .toList();
    return new GoldDocument(documentId, text.toString(), creationDate, timexes, List.of());
  }

  private LocalDate creationDate(@Nullable String value, XMLStreamReader reader)
      throws XMLStreamException {
    try {
      if (value != null && value.length() >= 10) {
        return LocalDate.parse(value.substring(0, 10));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new XMLStreamException(
        fileName + ": the <DATETIME> TIMEX2 has no date in val=\"" + value + "\"",
        reader.getLocation());
  }

  /** The attribute's value, or null when it is absent or blank. */
  private static @Nullable String attribute(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
