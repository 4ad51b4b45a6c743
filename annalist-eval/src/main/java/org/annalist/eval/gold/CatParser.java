package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads one CAT XML file: its tokens, the markables under {@code <Markables>} (TIMEX3 apart) and
 * the relations under {@code <Relations>}.
 */
public final class CatParser {
  private CatParser() {}

  /** Reads a UTF-8 CAT XML file; an XML error becomes an {@link IOException} naming the file and line. */
  public static CatDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    return XmlInputs.read(file, reader -> parse(reader, name));
  }

  /**
   * Reads a CAT XML file and converts it, e.g. into a gold document; a conversion that finds the
   * annotation inconsistent ({@link IllegalArgumentException}) becomes an {@link IOException}
   * naming the file, as an XML error does.
   */
  public static <T> T read(Path file, Function<CatDocument, T> convert) throws IOException {
    CatDocument cat = read(file);
    try {
      return convert.apply(cat);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private enum Section {
    NONE,
    MARKABLES,
    RELATIONS
  }

  static CatDocument parse(XMLStreamReader reader, String fileName) throws XMLStreamException {
    String id = "";
    List<CatDocument.Token> tokens = new ArrayList<>();
    List<CatDocument.Timex> timexes = new ArrayList<>();
    List<CatDocument.Markable> markables = new ArrayList<>();
    List<CatDocument.Relation> relations = new ArrayList<>();
    Section section = Section.NONE;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT && isSection(reader.getLocalName())) {
        section = Section.NONE;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String tag = reader.getLocalName();
      switch (tag) {
        case "Document" -> id = documentId(reader, fileName);
        case "token" -> tokens.add(token(reader, fileName));
        case "Markables" -> section = Section.MARKABLES;
        case "Relations" -> section = Section.RELATIONS;
        case "TIMEX3" -> timexes.add(timex(reader, fileName));
        default -> {
          if (section == Section.MARKABLES) {
            markables.add(markable(reader, fileName));
          } else if (section == Section.RELATIONS) {
            relations.add(relation(reader, fileName));
          }
        }
      }
    }
    return new CatDocument(id, tokens, timexes, markables, relations);
  }

  /** The {@code doc_id}, or the {@code doc_name} of files that have none (ESC). */
  private static String documentId(XMLStreamReader reader, String fileName)
      throws XMLStreamException {
    String id = optional(reader, "doc_id");
    return id != null ? id : required(reader, "doc_name", fileName);
  }

  private static boolean isSection(String tag) {
    return tag.equals("Markables") || tag.equals("Relations");
  }

  private static CatDocument.Token token(XMLStreamReader reader, String fileName)
      throws XMLStreamException {
    int id = number(reader, "t_id", fileName);
    int sentence = number(reader, "sentence", fileName);
    int number = number(reader, "number", fileName);
    return new CatDocument.Token(id, sentence, number, reader.getElementText());
  }

  /** Reads a TIMEX3 start tag and its {@code <token_anchor>} children, up to its end tag. */
  private static CatDocument.Timex timex(XMLStreamReader reader, String fileName)
      throws XMLStreamException {
    String markableId = required(reader, "m_id", fileName);
    String type = optional(reader, "type");
    String value = optional(reader, "value");
    String function = optional(reader, "functionInDocument");
    return new CatDocument.Timex(markableId, type, value, function, anchors(reader, fileName));
  }

  /** Reads any other markable with all its attributes and token anchors, up to its end tag. */
  private static CatDocument.Markable markable(XMLStreamReader reader, String fileName)
      throws XMLStreamException {
    String tag = reader.getLocalName();
    String markableId = required(reader, "m_id", fileName);
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(
          reader.getAttributeLocalName(i), reader.getAttributeValue(i).trim());
    }
    return new CatDocument.Markable(tag, markableId, attributes, anchors(reader, fileName));
  }

  /** The {@code t_id} of each {@code <token_anchor>} child, read up to the current element's end tag. */
  private static List<Integer> anchors(XMLStreamReader reader, String fileName)
      throws XMLStreamException {
    List<Integer> ids = new ArrayList<>();
    for (Child anchor : children(reader, "t_id", fileName, "token_anchor")) {
      ids.add(parseNumber(anchor.value(), "<token_anchor> t_id", fileName, reader));
    }
    return ids;
  }

  /** Reads a relation and the {@code m_id} of its {@code <source>} and {@code <target>} children. */
  private static CatDocument.Relation relation(XMLStreamReader reader, String fileName)
      throws XMLStreamException {
    String tag = reader.getLocalName();
    String relationId = required(reader, "r_id", fileName);
    String note = optional(reader, "note");
    List<Child> ends = children(reader, "m_id", fileName, "source", "target");
    return new CatDocument.Relation(
        tag,
        relationId,
        note,
        ends.stream()
            .filter(end -> end.name().equals("source"))
            .map(Child::value)
            .toList(),
        ends.stream()
            .filter(end -> end.name().equals("target"))
            .map(Child::value)
            .toList());
  }

  /** A child element's name and the value of the attribute asked for. */
  private record Child(String name, String value) {}

  /**
   * Reads the children of the current element up to its end tag, keeping those with one of the
   * given names and the value of their (required) attribute.
   */
  private static List<Child> children(
      XMLStreamReader reader, String attribute, String fileName, String... names)
      throws XMLStreamException {
    String parent = reader.getLocalName();
    List<String> wanted = List.of(names);
    List<Child> children = new ArrayList<>();
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT && wanted.contains(reader.getLocalName())) {
        children.add(new Child(reader.getLocalName(), required(reader, attribute, fileName)));
      } else if (event == XMLStreamConstants.END_ELEMENT
          && reader.getLocalName().equals(parent)) {
        break;
      }
    }
    return children;
  }

  private static @Nullable String optional(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String required(XMLStreamReader reader, String name, String fileName)
      throws XMLStreamException {
    String value = optional(reader, name);
    if (value == null) {
      throw new XMLStreamException(
          fileName + ": <" + reader.getLocalName() + "> has no " + name, reader.getLocation());
    }
    return value;
  }

  private static int number(XMLStreamReader reader, String name, String fileName)
      throws XMLStreamException {
    return parseNumber(
        required(reader, name, fileName),
        "<" + reader.getLocalName() + "> " + name,
        fileName,
        reader);
  }

  private static int parseNumber(String value, String what, String fileName, XMLStreamReader reader)
      throws XMLStreamException {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new XMLStreamException(
          fileName + ": " + what + "=\"" + value + "\" is not a number", reader.getLocation());
    }
  }
}
