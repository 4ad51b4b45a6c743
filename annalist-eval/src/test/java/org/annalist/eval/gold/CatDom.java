package org.annalist.eval.gold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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

  /**
   * {@code m_id} -> the texts of its anchored tokens joined by one space, for the markables with
   * one of the tags that have anchors and are kept.
   */
  public static Map<String, String> anchoredTexts(
      Document xml, Predicate<Element> kept, String... tags) {
    Map<String, String> tokens = tokenTexts(xml);
    Map<String, String> texts = new HashMap<>();
    for (String tag : tags) {
      NodeList markables = xml.getElementsByTagName(tag);
      for (int i = 0; i < markables.getLength(); i++) {
        Element markable = (Element) markables.item(i);
        NodeList anchors = markable.getElementsByTagName("token_anchor");
        if (anchors.getLength() > 0 && kept.test(markable)) {
          List<String> words = new ArrayList<>();
          for (int a = 0; a < anchors.getLength(); a++) {
            words.add(tokens.get(((Element) anchors.item(a)).getAttribute("t_id")));
          }
          texts.put(markable.getAttribute("m_id"), String.join(" ", words));
        }
      }
    }
    return texts;
  }
}
