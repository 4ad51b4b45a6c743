package org.annalist.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A content handler that stops a parse once it is cancelled, by throwing from the next SAX event.
 *
 * <p>Interrupting the parser thread alone does not stop parsers that never block; this stops any
 * parser that still produces output.
 */
final class ParseCancellation extends ContentHandlerDecorator {
  private volatile boolean cancelled;

  ParseCancellation(ContentHandler handler) {
    super(handler);
  }

  void cancel() {
    cancelled = true;
  }

  private void check() throws SAXException {
    if (cancelled) {
      throw new SAXException("parse cancelled: it ran past its time limit");
    }
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts)
      throws SAXException {
    check();
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void endElement(String uri, String localName, String name) throws SAXException {
    check();
    super.endElement(uri, localName, name);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    check();
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    check();
    super.ignorableWhitespace(ch, start, length);
  }
}
