package org.annalist.eval.gold;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The untagged {@code <TEXT>} content of a WikiWars {@code in/*.sgm} file: what the inline gold
 * text must equal once its TIMEX2 tags are removed.
 */
public final class WikiWarsSourceText {
  private WikiWarsSourceText() {}

  /** Reads the content of the {@code <TEXT>} element, unchanged. */
  public static String read(Path sgmFile) throws IOException {
    return XmlInputs.read(sgmFile, WikiWarsSourceText::textContent);
  }

  private static String textContent(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    boolean inText = false;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("TEXT")) {
        inText = true;
      } else if (event == XMLStreamConstants.END_ELEMENT
          && reader.getLocalName().equals("TEXT")) {
        inText = false;
      } else if (inText && XmlInputs.isText(event)) {
        text.append(reader.getText());
      }
    }
    return text.toString();
  }
}
