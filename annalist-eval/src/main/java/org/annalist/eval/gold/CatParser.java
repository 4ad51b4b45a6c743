package org.annalist.eval.gold;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tokens, TIMEX3, ENTITY_MENTION and ENTITY markables and REFERS_TO relations of one
 * CAT XML file; everything else is skipped.
 */
final class CatParser {
  private CatParser() {}

  static CatDocument parse(XMLStreamReader reader, String fileName) throws XMLStreamException {
    String id = "";
    List<CatDocument.Token> tokens = new ArrayList<>();
    List<CatDocument.Timex> timexes = new ArrayList<>();
    List<CatDocument.EntityMention> mentions = new ArrayList<>();
    List<CatDocument.Entity> entities = new ArrayList<>();
    List<CatDocument.RefersTo> references = new ArrayList<>();
    while (reader.hasNext()) {
      if (reader.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "Document" -> id = required(reader, "doc_id", fileName);
        case "token" -> tokens.add(token(reader, fileName));
        case "TIMEX3" -> timexes.add(timex(reader, fileName));
        case "ENTITY_MENTION" -> mentions.add(entityMention(reader, fileName));
        case "ENTITY" -> entities.add(new CatDocument.Entity(required(reader, "m_id", fileName),
            optional(reader, "ent_type"), optional(reader, "instance_id")));
        case "REFERS_TO" -> references.add(refersTo(reader, fileName));
        default -> { }
      }
    }
    return new CatDocument(id, tokens, timexes, mentions, entities, references);
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
    return new CatDocument.Timex(markableId, type, value, function, anchors(reader, "TIMEX3", fileName));
  }

  private static CatDocument.EntityMention entityMention(XMLStreamReader reader, String fileName)
      throws XMLStreamException {
    String markableId = required(reader, "m_id", fileName);
    boolean documentLevel = reader.getAttributeValue(null, "syntactic_type") != null;
    String syntacticType = optional(reader, "syntactic_type");
    return new CatDocument.EntityMention(markableId, syntacticType, documentLevel,
        anchors(reader, "ENTITY_MENTION", fileName));
  }

  /** The {@code t_id}s of the {@code <token_anchor>} children, up to the end tag {@code element}. */
  private static List<Integer> anchors(XMLStreamReader reader, String element, String fileName)
      throws XMLStreamException {
    List<Integer> tokenIds = new ArrayList<>();
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("token_anchor")) {
        tokenIds.add(number(reader, "t_id", fileName));
      } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals(element)) {
        break;
      }
    }
    return tokenIds;
  }

  /** Reads a REFERS_TO start tag and its {@code <source>} and {@code <target>} children. */
  private static CatDocument.RefersTo refersTo(XMLStreamReader reader, String fileName) throws XMLStreamException {
    List<String> sources = new ArrayList<>();
    String target = null;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("source")) {
        sources.add(required(reader, "m_id", fileName));
      } else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("target")) {
        target = required(reader, "m_id", fileName);
      } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("REFERS_TO")) {
        break;
      }
    }
    if (target == null) {
      throw new XMLStreamException(fileName + ": <REFERS_TO> has no <target>", reader.getLocation());
    }
    return new CatDocument.RefersTo(sources, target);
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
