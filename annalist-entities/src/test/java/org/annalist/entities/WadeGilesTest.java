package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WadeGilesTest {

  @ParameterizedTest
  @CsvSource({
    "tse, ze",
    "tung, dong",
    "chou, zhou",
    "teng, deng",
    "hsiao, xiao",
    "p'ing, ping",
    "ping, bing",
    "p\u2019ing, ping",
    "ch'i, qi",
    "chi, ji",
    "chih, zhi",
    "shih, shi",
    "jen, ren",
    "ssu, si",
    "tzu, zi",
    "tz'u, ci",
    "ts'ao, cao",
    "kuo, guo",
    "k'ung, kong",
    "kuei, gui",
    "ho, he",
    "lo, luo",
    "hsien, xian",
    "lieh, lie",
    "yu, you",
    "yü, yu",
    "yen, yan",
    "erh, er",
    "chü, ju",
    "hsüeh, xue",
    "lai, lai",
    "en, en",
    "mao, mao",
    "chiang, jiang",
    "hsiung, xiong"
  })
  void syllablesFollowTheRegularCorrespondences(String wadeGiles, String pinyin) {
    assertThat(WadeGiles.syllable(wadeGiles))
        .get()
        .extracting(WadeGiles.Syllable::pinyin)
        .isEqualTo(pinyin);
  }

  @Test
  void wordsThatAreNoSyllableAreNotConverted() {
    assertThat(WadeGiles.syllable("stalin")).isEmpty();
    assertThat(WadeGiles.syllable("peking")).isEmpty();
    assertThat(WadeGiles.syllable("zhou")).isEmpty();
  }

  @Test
  void onlyWadeGilesSpellingsAreDistinctive() {
    assertThat(WadeGiles.syllable("hsiao").orElseThrow().distinctive()).isTrue();
    assertThat(WadeGiles.syllable("tung").orElseThrow().distinctive()).isTrue();
    assertThat(WadeGiles.syllable("mao").orElseThrow().distinctive()).isFalse();
    assertThat(WadeGiles.syllable("ping").orElseThrow().distinctive()).isFalse();
  }
}
