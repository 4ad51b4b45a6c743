package org.annalist.eval.gold;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** Reads the tokens and TIMEX3 markables of one CAT XML file; everything else is skipped. */
final class CatParser {
  private CatParser() {}

  static CatDocument parse(XMLStreamReader reader, String fileName) throws XMLStreamException {
    String id = "";
    List<CatDocument.Token> tokens = new ArrayList<>();
    List<CatDocument.Timex> timexes = new ArrayList<>();
    while (reader.hasNext()) {
      if (reader.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "Document" -> id = required(reader, "doc_id", fileName);
        case "token" -> tokens.add(token(reader, fileName));
        case "TIMEX3" -> timexes.add(timex(reader, fileName));
        default -> { }
      }
    }
    return new CatDocument(id, tokens, timexes);
  }

  private static CatDocument.Token token(XMLStreamReader reader, String fileName) throws XMLStreamException {
    int id = number(reader, "t_id", fileName);
    int sentence = number(reader, "sentence", fileName);
    int number = number(reader, "number", fileName);
    return new CatDocument.Token(id, sentence, number, reader.getElementText());
  }

  /** Reads a TIMEX3 start tag and its {@code <token_anchor>} children, up to its end tag. */
  private static CatDocument.Timex timex(XMLStreamReader reader, String fileName) throws XMLStreamException {
    String markableId = required(reader, "m_id", fileName);
    String type = optional(reader, "type");
    String value = optional(reader, "value");
    String function = optional(reader, "functionInDocument");
    List<Integer> tokenIds = new ArrayList<>();
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("token_anchor")) {
        tokenIds.add(number(reader, "t_id", fileName));
      } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("TIMEX3")) {
        break;
      }
    }
    return new CatDocument.Timex(markableId, type, value, function, tokenIds);
  }

  private static @Nullable String optional(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String required(XMLStreamReader reader, String name, String fileName) throws XMLStreamException {
    String value = optional(reader, name);
    if (value == null) {
      throw new XMLStreamException(fileName + ": <" + reader.getLocalName() + "> has no " + name, reader.getLocation());
    }
    return value;
  }

  private static int number(XMLStreamReader reader, String name, String fileName) throws XMLStreamException {
    String value = required(reader, name, fileName);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new XMLStreamException(fileName + ": <" + reader.getLocalName() + "> has " + name + "=\"" + value
          + "\", not a number", reader.getLocation());
    }
  }
}
