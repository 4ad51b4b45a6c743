package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity reader on a small CAT file written here, in the shape of MEANTIME's. */
class MeantimeEntityReaderTest {
  @TempDir
  Path folder;

  private static final String XML = """
      <?xml version="1.0" ?><Document doc_id="77" doc_name="77_Vostra_buys_Kellan" lang="en">
      <token number="0" sentence="0" t_id="1">Vostra</token>
      <token number="1" sentence="0" t_id="2">buys</token>
      <token number="2" sentence="0" t_id="3">Kellan</token>
      <token number="3" sentence="1" t_id="4">May</token>
      <token number="4" sentence="1" t_id="5">2</token>
      <token number="5" sentence="2" t_id="6">The</token>
      <token number="6" sentence="2" t_id="7">carmaker</token>
      <token number="7" sentence="2" t_id="8">Vostra</token>
      <token number="8" sentence="2" t_id="9">said</token>
      <token number="9" sentence="2" t_id="10">it</token>
      <token number="10" sentence="2" t_id="11">grew</token>
      <token number="11" sentence="9" t_id="12">Kellan</token>
      <token number="12" sentence="9" t_id="13">agreed</token>
      <Markables>
      <ENTITY_MENTION comment="" head="" m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
      <ENTITY_MENTION comment="" head="" m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
      <ENTITY_MENTION comment="" head="" m_id="3" syntactic_type=""><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
      <ENTITY_MENTION comment="" head="" m_id="4" syntactic_type="NAM"><token_anchor t_id="8"/></ENTITY_MENTION>
      <ENTITY_MENTION comment="" head="it" m_id="5" syntactic_type="PRO"><token_anchor t_id="10"/></ENTITY_MENTION>
      <ENTITY_MENTION comment="" head="" m_id="6" syntactic_type="NOM"><token_anchor t_id="7"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="30"><token_anchor t_id="12"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="31"></ENTITY_MENTION>
      <EVENT_MENTION m_id="7" pred="buy"><token_anchor t_id="2"/></EVENT_MENTION>
      <ENTITY TAG_DESCRIPTOR="Vostra" ent_type="ORG" instance_id="ORG123" m_id="20"/>
      <ENTITY TAG_DESCRIPTOR="Kellan" ent_type="ORG" instance_id="ORG456" m_id="21"/>
      <ENTITY TAG_DESCRIPTOR="carmakers" comment="" ent_class="" ent_type="PRO" external_ref="" m_id="22"/>
      <EVENT TAG_DESCRIPTOR="buy" class="OTHER" instance_id="EV1" m_id="23"/>
      </Markables>
      <Relations>
      <REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><source m_id="4"/><source m_id="5"/><target m_id="20"/></REFERS_TO>
      <REFERS_TO r_id="2"><source m_id="2"/><source m_id="30"/><target m_id="21"/></REFERS_TO>
      <REFERS_TO r_id="3"><source m_id="7"/><target m_id="23"/></REFERS_TO>
      <REFERS_TO r_id="4"><source m_id="6"/><target m_id="22"/></REFERS_TO>
      </Relations>
      </Document>
      """;

  private EntityGoldDocument read() throws IOException {
    Path file = folder.resolve("77_Vostra_buys_Kellan.xml");
    Files.writeString(file, XML);
    return MeantimeEntityReader.readDocument(file, "cars");
  }

  @Test
  void readsEveryAnchoredEntityMentionWithItsEntity() throws IOException {
    EntityGoldDocument document = read();

    assertThat(document.text())
        .isEqualTo("Vostra buys Kellan\nMay 2\nThe carmaker Vostra said it grew\nKellan agreed");
    assertThat(document.mentions())
        .extracting(
            GoldEntityMention::text,
            GoldEntityMention::syntacticType,
            GoldEntityMention::documentLevel,
            GoldEntityMention::entityType,
            GoldEntityMention::entity)
        .containsExactly(
            tuple("Vostra", "NAM", true, "ORG", "ORG123"),
            tuple("Kellan", "NAM", true, "ORG", "ORG456"),
            tuple("The carmaker Vostra", null, true, "ORG", "ORG123"),
            tuple("carmaker", "NOM", true, "PRO", "77/e22"),
            tuple("Vostra", "NAM", true, "ORG", "ORG123"),
            tuple("it", "PRO", true, "ORG", "ORG123"),
            tuple("Kellan", null, false, "ORG", "ORG456"));
    assertThat(document.mentions()).filteredOn(GoldEntityMention::isName).hasSize(3);
    assertThat(document.topic()).isEqualTo("cars");
  }

  @Test
  void theDatelineAndSentencesAfterTheDocumentLevelPassAreNotAnnotatedRegions() throws IOException {
    EntityGoldDocument document = read();
    String text = document.text();

    assertThat(document.annotated())
        .extracting(span -> span.quote(text))
        .containsExactly("Vostra buys Kellan", "The carmaker Vostra said it grew");
    GoldEntityMention late = document.mentions().get(document.mentions().size() - 1);
    assertThat(document.isAnnotated(late.span())).isFalse();
    assertThat(document.isAnnotated(document.mentions().get(0).span())).isTrue();
  }

  @Test
  void aFolderWithoutTheCorpusIsAnErrorThatSaysWhereItLooked() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MeantimeEntityReader.read(folder, Set.of()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("MEANTIME gold folder not found");
  }

  @Test
  void readsOnlyTheTopicsAsked() throws IOException {
    Path topic =
        Files.createDirectories(folder.resolve(MeantimeReader.ANNOTATION).resolve("corpus_cars"));
    Files.writeString(topic.resolve("77_Vostra_buys_Kellan.xml"), XML);
    Files.createDirectories(folder.resolve(MeantimeReader.ANNOTATION).resolve("corpus_banks"));

    List<EntityGoldDocument> cars = MeantimeEntityReader.read(folder, Set.of("cars"));
    assertThat(cars)
        .extracting(EntityGoldDocument::id, EntityGoldDocument::topic)
        .containsExactly(tuple("77", "cars"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MeantimeEntityReader.read(folder, Set.of("banks")))
        .hasMessageContaining("no MEANTIME documents");
  }
}
