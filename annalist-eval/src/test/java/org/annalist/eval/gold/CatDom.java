package org.annalist.eval.gold;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A CAT XML file read with DOM, independently of the readers under test. */
public final class CatDom {
  private CatDom() {}

  public static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  /** {@code t_id} -> the token's text. */
  public static Map<String, String> tokenTexts(Document xml) {
    Map<String, String> tokens = new HashMap<>();
    NodeList tokenNodes = xml.getElementsByTagName("token");
    for (int i = 0; i < tokenNodes.getLength(); i++) {
      Element token = (Element) tokenNodes.item(i);
      tokens.put(token.getAttribute("t_id"), token.getTextContent());
    }
    return tokens;
  }
}
