package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.eval.EvalData;
import org.annalist.eval.gold.CatDom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the real ECB+ files in ../shared/eval-data. The counts per split are those published
 * for the usual setup (Cattan et al. 2021, Table 1: mentions, clusters and singletons of train,
 * dev and test), so a reader that selects sentences or builds clusters differently fails here.
 */
class EcbPlusReaderTest {
  private static Path evalData;
  private static EventCorpus all;
  private static EventCorpus test;

  @BeforeAll
  static void read() throws IOException {
    evalData = EvalData.path();
    all = EcbPlusReader.read(evalData, EcbPlusSplit.ALL, MentionKinds.EVENTS);
    test = EcbPlusReader.read(evalData, EcbPlusSplit.TEST, MentionKinds.EVENTS);
  }

  @Test
  void readsAll43TopicsAnd86SubTopics() {
    assertThat(all.documents()).hasSize(982);
    assertThat(all.groups(Grouping.TOPIC)).hasSize(43);
    assertThat(all.groups(Grouping.SUBTOPIC)).hasSize(86);
    assertThat(all.documents().stream()
            .mapToInt(document -> document.annotated().size())
            .sum())
        .isEqualTo(1840);
    assertThat(ClusterCounts.of(all.mentions())).isEqualTo(new ClusterCounts(6833, 2741, 2019));
  }

  @Test
  void splitsAsPublished() {
    assertThat(counts(EcbPlusSplit.TRAIN)).isEqualTo(new ClusterCounts(3808, 1527, 1116));
    assertThat(counts(EcbPlusSplit.DEV)).isEqualTo(new ClusterCounts(1245, 409, 280));
    assertThat(counts(EcbPlusSplit.TEST)).isEqualTo(new ClusterCounts(1780, 805, 623));
    assertThat(test.groups(Grouping.TOPIC))
        .extracting(documents -> documents.get(0).topic())
        .containsExactly("36", "37", "38", "39", "40", "41", "42", "43", "44", "45");
    assertThat(test.mentions())
        .containsExactlyElementsOf(all.mentions().stream()
            .filter(m -> m.id().matches("(3[6-9]|4[0-5])_.*"))
            .toList());
  }

  /** The split's mentions, taken from the whole corpus by topic. */
  private static ClusterCounts counts(EcbPlusSplit split) {
    return ClusterCounts.of(all.documents().stream()
        .filter(document -> split.contains(Integer.parseInt(document.topic())))
        .flatMap(document -> document.mentions().stream())
        .toList());
  }

  @Test
  void readsAGappedMentionWithItsInstance() {
    GoldEventDocument document = byId("1_10ecb");
    GoldEventMention checkedInto = document.mentions().stream()
        .filter(mention -> mention.id().equals("1_10ecb/m32"))
        .findFirst()
        .orElseThrow();

    assertThat(document.text().text())
        .startsWith("Perennial party girl Tara Reid checked herself into Promises");
    assertThat(document.subtopic()).isEqualTo("1ecb");
    assertThat(checkedInto.text()).isEqualTo("checked herself into");
    assertThat(checkedInto.cluster()).isEqualTo("ACT16236402809085484");
    assertThat(checkedInto.tag()).isEqualTo("ACTION_OCCURRENCE");
  }

  @Test
  void addsEntityMentionsOnRequest() throws IOException {
    EventCorpus withEntities = EcbPlusReader.read(evalData, EcbPlusSplit.ALL, MentionKinds.ALL);

    assertThat(withEntities.mentions()).hasSize(15122);
    assertThat(withEntities.mentions())
        .extracting(GoldEventMention::tag)
        .contains("HUMAN_PART_PER", "LOC_GEO", "TIME_DATE", "NON_HUMAN_PART");
  }

  /** Every mention of the test split against its anchored tokens, read again with DOM. */
  @Test
  void everyMentionCoversItsAnchoredTokens() throws Exception {
    for (GoldEventDocument document : test.documents()) {
      Map<String, List<String>> anchored = anchoredWords(file(document.id()));
      for (GoldEventMention mention : document.mentions()) {
        List<String> words = anchored.get(mention.id().substring(mention.id().indexOf("/m") + 2));
        assertThat(mention.text())
            .as(mention.id())
            .startsWith(words.get(0))
            .endsWith(words.get(words.size() - 1));
        if (document.text().tokensIn(mention.span()).size() == words.size()) {
          assertThat(mention.text()).as(mention.id()).isEqualTo(String.join(" ", words));
        }
      }
    }
  }

  private static GoldEventDocument byId(String id) {
    return all.documents().stream()
        .filter(document -> document.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Path file(String documentId) throws IOException {
    try (Stream<Path> files =
        Files.walk(evalData.resolve(EcbPlusReader.FOLDER).resolve("ECB+"), 2)) {
      return files
          .filter(file -> file.getFileName().toString().equals(documentId + ".xml"))
          .findFirst()
          .orElseThrow();
    }
  }

  /** m_id -> the texts of its anchored tokens, for markables with anchors. */
  private static Map<String, List<String>> anchoredWords(Path file) throws Exception {
    Document xml = CatDom.parse(file);
    Map<String, String> tokens = CatDom.tokenTexts(xml);
    Map<String, List<String>> words = new HashMap<>();
    NodeList anchors = xml.getElementsByTagName("token_anchor");
    for (int i = 0; i < anchors.getLength(); i++) {
      Element anchor = (Element) anchors.item(i);
      String markable = ((Element) anchor.getParentNode()).getAttribute("m_id");
      words
          .computeIfAbsent(markable, m -> new ArrayList<>())
          .add(tokens.get(anchor.getAttribute("t_id")));
    }
    return words;
  }
}
