package org.annalist.eval.events.anchoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The temporal relation types that fix an event to a date, and a reader of the {@code reltype}
 * of each {@code TLINK} of a CAT file (the CAT parser keeps a relation's ends, not its type).
 */
final class LinkTypes {
  private LinkTypes() {}

  /** An event within the time, or at the same time: the time is the event's date. */
  static final Set<String> EVENT_IN_TIME = Set.of("IS_INCLUDED", "SIMULTANEOUS", "DURING");

  /** The same read from the time's side: the time includes the event, or is simultaneous. */
  static final Set<String> TIME_AROUND_EVENT = Set.of("INCLUDES", "SIMULTANEOUS", "DURING");

  private static final XMLInputFactory FACTORY = newFactory();

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /** The {@code reltype} of every {@code TLINK} of a CAT file, by its {@code r_id}. */
  static Map<String, String> ofCatFile(Path file) throws IOException {
    Map<String, String> types = new HashMap<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader;
      synchronized (FACTORY) {
        reader = FACTORY.createXMLStreamReader(in, "UTF-8");
      }
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && reader.getLocalName().equals("TLINK")) {
            String id = reader.getAttributeValue(null, "r_id");
            String type = reader.getAttributeValue(null, "reltype");
            if (id != null && type != null) {
              types.put(id, type.strip());
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException(file + ": not readable as XML: " + e.getMessage(), e);
    }
    return types;
  }
}
