package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RomanizationRuleTest {

  @Test
  void aNameMarkedAsWadeGilesIsReadAsPinyin() {
    assertThat(RomanizationRule.pinyin("Mao Tse-tung")).hasValue("mao zedong");
    assertThat(RomanizationRule.pinyin("Chou En-lai")).hasValue("zhou enlai");
    assertThat(RomanizationRule.pinyin("Teng Hsiao-p'ing")).hasValue("deng xiaoping");
    assertThat(RomanizationRule.pinyin("Liu Shao-ch'i")).hasValue("liu shaoqi");
  }

  @Test
  void unmarkedOrNonChineseNamesAreNotConverted() {
    assertThat(RomanizationRule.pinyin("Ping")).as("could be pinyin already").isEmpty();
    assertThat(RomanizationRule.pinyin("Mao")).isEmpty();
    assertThat(RomanizationRule.pinyin("Peking")).isEmpty();
    assertThat(RomanizationRule.pinyin("Joseph Stalin")).isEmpty();
    assertThat(RomanizationRule.pinyin("Zhou Enlai")).isEmpty();
  }

  @Test
  void wadeGilesAndPinyinSpellingsOfOnePersonAreOneEntity() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Chou En-lai flew to Geneva.", "Chou En-lai")
        .say("Zhou Enlai met the delegates.", "Zhou Enlai")
        .say("Zhou Enlai spoke at length.", "Zhou Enlai")
        .say("Premier Chou En-Lai returned.", "Premier Chou En-Lai"));
    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Zhou Enlai");
      assertThat(e.merges())
          .filteredOn(m -> m.rule().equals("romanization"))
          .singleElement()
          .satisfies(
              m -> assertThat(m.explanation()).contains("read as Wade-Giles is 'zhou enlai'"));
    });
  }

  @Test
  void differentSyllablesStayApart() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Teng Hsiao-p'ing rose.", "Teng Hsiao-p'ing")
        .say("Deng Xiaobing fell.", "Deng Xiaobing"));
    assertThat(entities).hasSize(2);
  }
}
