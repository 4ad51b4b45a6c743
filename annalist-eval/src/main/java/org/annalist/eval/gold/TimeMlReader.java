package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.annalist.eval.gold.TimeMlDocument.EndKind;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Reads TimeML 1.2.1 files ({@code *.tml}) as the TempEval-3 training data writes them: TimeBank
 * 1.2 and AQUAINT in {@code tempeval3-tbaq/{TimeBank,AQUAINT}} (research use only: read at run
 * time, never copied).
 *
 * <ul>
 *   <li>The text is every character inside {@code <TEXT>}, tags removed, entities resolved;
 *       {@code EVENT}, {@code TIMEX3} and {@code SIGNAL} inside it become spans on it. Nothing
 *       outside {@code <TEXT>} is text: the title and {@code EXTRAINFO} are not read, nor the
 *       16 {@code EVENT}s that two TimeBank files have in their {@code EXTRAINFO}.
 *   <li>The {@code TIMEX3} inside {@code <DCT>} is the creation time; it has no span.
 *   <li>{@code MAKEINSTANCE}s are attached to their {@code EVENT} by {@code eventID}; an instance
 *       of an unknown event fails the file.
 *   <li>{@code TLINK}, {@code SLINK} and {@code ALINK} are kept as written: their ends are ids
 *       of event instances or times, to be looked up in the document.
 * </ul>
 *
 * <p>{@link TbaqSplit} says which files are development and which are test.
 */
public final class TimeMlReader {
  /** The TempEval-3 training data, relative to the eval-data folder. */
  public static final String TBAQ = "tempeval3-tbaq";
  /** Its two folders, in the order they are read. */
  public static final List<String> TBAQ_FOLDERS = List.of("AQUAINT", "TimeBank");

  private TimeMlReader() {}

  /** The {@code .tml} files of TBAQ's folders, each folder's files in name order; fails if none. */
  public static List<Path> tbaqFiles(Path evalData) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : TBAQ_FOLDERS) {
      Path dir = evalData.resolve(TBAQ).resolve(folder);
      if (!Files.isDirectory(dir)) {
        throw new IOException("TimeBank/AQUAINT gold folder not found: " + dir
            + " (give --eval-data the folder that holds " + TBAQ + "/)");
      }
      try (Stream<Path> listed = Files.list(dir)) {
        files.addAll(listed
            .filter(file -> file.getFileName().toString().endsWith(".tml"))
            .sorted()
            .toList());
      }
    }
    if (files.isEmpty()) {
      throw new IOException("no .tml files in " + evalData.resolve(TBAQ));
    }
    return files;
  }

  /** Reads one file; an XML error or an inconsistent annotation fails naming the file. */
  public static TimeMlDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    Path parent = file.getParent();
    Path parentName = parent == null ? null : parent.getFileName();
    String folder = parentName == null ? "" : parentName.toString();
    try {
      return XmlInputs.read(file, reader -> parse(reader, name, folder));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private record Open(String tag, Map<String, String> attributes, int start) {}

  private static TimeMlDocument parse(XMLStreamReader reader, String fileName, String folder)
      throws XMLStreamException {
    String id = fileName.endsWith(".tml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    StringBuilder text = new StringBuilder();
    boolean inText = false;
    boolean inDct = false;
    boolean inDocId = false;
    StringBuilder docId = new StringBuilder();
    TimeMlDocument.Timex creationTime = null;
    Deque<Open> open = new ArrayDeque<>();
    List<Open> events = new ArrayList<>();
    Map<Open, Span> spans = new HashMap<>();
    List<TimeMlDocument.Timex> timexes = new ArrayList<>();
    List<TimeMlDocument.Signal> signals = new ArrayList<>();
    List<TimeMlDocument.Instance> instances = new ArrayList<>();
    List<TimeMlDocument.Link> links = new ArrayList<>();
    StringBuilder dctText = new StringBuilder();
    Map<String, String> dctAttributes = Map.of();
    while (reader.hasNext()) {
      int event = reader.next();
      if (XmlInputs.isText(event)) {
        if (inText) {
          text.append(reader.getText());
        } else if (inDct) {
          dctText.append(reader.getText());
        } else if (inDocId) {
          docId.append(reader.getText());
        }
        continue;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String tag = reader.getLocalName();
        Map<String, String> attributes = attributes(reader);
        switch (tag) {
          case "TEXT" -> inText = true;
          case "DCT" -> inDct = true;
          case "DOCID" -> inDocId = true;
          case "MAKEINSTANCE" -> instances.add(instance(attributes, fileName));
          case "TLINK", "SLINK", "ALINK" -> links.add(link(tag, attributes, fileName));
          default -> {
            if (inText) {
              open.push(new Open(tag, attributes, text.length()));
            } else if (inDct && tag.equals("TIMEX3")) {
              dctAttributes = attributes;
            }
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String tag = reader.getLocalName();
        switch (tag) {
          case "TEXT" -> inText = false;
          case "DOCID" -> inDocId = false;
          case "DCT" -> {
            inDct = false;
            creationTime = timex(dctAttributes, null, dctText.toString().strip(), fileName);
          }
          default -> {
            if (inText && !open.isEmpty() && open.peek().tag().equals(tag)) {
              Open element = open.pop();
              Span span = Span.of(element.start(), text.length());
              String words = span.quote(text.toString());
              switch (tag) {
                case "EVENT" -> {
                  events.add(element);
                  spans.put(element, span);
                }
                case "TIMEX3" -> timexes.add(timex(element.attributes(), span, words, fileName));
                case "SIGNAL" ->
                  signals.add(new TimeMlDocument.Signal(
                      required(element.attributes(), "sid", fileName), span, words));
                default -> {}
              }
            }
          }
        }
      }
    }
    String body = text.toString();
    return new TimeMlDocument(
        docId.isEmpty() ? id : docId.toString().strip(),
        folder,
        body,
        creationTime,
        events(events, spans, instances, body, fileName),
        timexes,
        signals,
        links);
  }

  private static List<TimeMlDocument.Event> events(
      List<Open> events,
      Map<Open, Span> spans,
      List<TimeMlDocument.Instance> instances,
      String text,
      String fileName) {
    Map<String, List<TimeMlDocument.Instance>> byEvent = new LinkedHashMap<>();
    for (Open event : events) {
      byEvent.put(required(event.attributes(), "eid", fileName), new ArrayList<>());
    }
    for (TimeMlDocument.Instance instance : instances) {
      List<TimeMlDocument.Instance> of = byEvent.get(instance.eventId());
      if (of == null) {
        throw new IllegalArgumentException("MAKEINSTANCE " + instance.id() + " names eventID "
            + instance.eventId() + ", which is no EVENT");
      }
      of.add(instance);
    }
    List<TimeMlDocument.Event> read = new ArrayList<>();
    for (Open event : events) {
      String eid = required(event.attributes(), "eid", fileName);
      Span span = spans.get(event);
      if (span == null) {
        throw new IllegalArgumentException("EVENT " + eid + " has no span");
      }
      read.add(new TimeMlDocument.Event(
          eid,
          span,
          span.quote(text),
          event.attributes().getOrDefault("class", ""),
          byEvent.getOrDefault(eid, List.of())));
    }
    read.sort((a, b) -> a.span().compareTo(b.span()));
    return read;
  }

  private static TimeMlDocument.Instance instance(Map<String, String> attributes, String file) {
    return new TimeMlDocument.Instance(
        required(attributes, "eiid", file),
        required(attributes, "eventID", file),
        attributes.getOrDefault("tense", "NONE"),
        attributes.getOrDefault("aspect", "NONE"),
        attributes.getOrDefault("polarity", "POS"),
        blankToNull(attributes.get("modality")),
        blankToNull(attributes.get("pos")));
  }

  private static TimeMlDocument.Timex timex(
      Map<String, String> attributes, @Nullable Span span, String words, String file) {
    return new TimeMlDocument.Timex(
        required(attributes, "tid", file),
        span,
        words,
        attributes.getOrDefault("type", ""),
        blankToNull(attributes.get("value")),
        blankToNull(attributes.get("functionInDocument")),
        blankToNull(attributes.get("anchorTimeID")));
  }

  private static TimeMlDocument.Link link(String tag, Map<String, String> attributes, String file) {
    String fromEvent = attributes.get("eventInstanceID");
    String from = fromEvent != null ? fromEvent : required(attributes, "timeID", file);
    String toEvent = attributes.containsKey("relatedToEventInstance")
        ? attributes.get("relatedToEventInstance")
        : attributes.get("subordinatedEventInstance");
    String to = toEvent != null ? toEvent : required(attributes, "relatedToTime", file);
    return new TimeMlDocument.Link(
        tag,
        required(attributes, "lid", file),
        attributes.getOrDefault("relType", ""),
        from,
        fromEvent != null ? EndKind.EVENT_INSTANCE : EndKind.TIME,
        to,
        toEvent != null ? EndKind.EVENT_INSTANCE : EndKind.TIME,
        blankToNull(attributes.get("signalID")));
  }

  private static Map<String, String> attributes(XMLStreamReader reader) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(
          reader.getAttributeLocalName(i), reader.getAttributeValue(i).strip());
    }
    return attributes;
  }

  private static String required(Map<String, String> attributes, String name, String file) {
    String value = attributes.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a " + file + " element lacks its " + name + " attribute");
    }
    return value;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
