package org.annalist.eval.gold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers for the gold files: no DTDs, no external entities, adjacent text coalesced. */
final class XmlInputs {
  private XmlInputs() {}

  private static final XMLInputFactory FACTORY = newFactory();

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    return factory;
  }

  /** What a parser does with one opened file. */
  interface XmlWork<T> {
    T read(XMLStreamReader reader) throws XMLStreamException;
  }

  /** Parses a UTF-8 file, turning an XML error into an {@link IOException} naming the file and line. */
  static <T> T read(Path file, XmlWork<T> work) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader;
      synchronized (FACTORY) {
        reader = FACTORY.createXMLStreamReader(in, "UTF-8");
      }
      try {
        return work.read(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      String where =
          e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
      throw new IOException(file + ": not readable as XML" + where + ": " + e.getMessage(), e);
    }
  }

  /** True for events that carry document text. */
  static boolean isText(int event) {
    return event == XMLStreamReader.CHARACTERS
        || event == XMLStreamReader.SPACE
        || event == XMLStreamReader.CDATA;
  }
}
