package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AbbreviationIndexTest {

  /** Names of one to four words, some lower case, and abbreviation-shaped words built from them. */
  @Provide
  Arbitrary<List<String>> names() {
    Arbitrary<String> word = Arbitraries.of(
        "North",
        "Atlantic",
        "Treaty",
        "of",
        "the",
        "Soviet-Norvell",
        "Mining",
        "Nor",
        "Staats",
        "polizei",
        "O'Brien",
        "Union",
        "Aid");
    Arbitrary<String> longName =
        word.list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
    Arbitrary<String> shaped = Arbitraries.oneOf(
        Arbitraries.strings().withChars("NATSUMOP").ofMinLength(2).ofMaxLength(5),
        Combinators.combine(
                Arbitraries.of("N", "S", "U", "A"),
                Arbitraries.strings().withChars("norasitmpl").ofMinLength(4).ofMaxLength(8))
            .as((first, rest) -> first + rest),
        Arbitraries.of("U.S.", "N.A.T.O", "SNAP", "Normin", "Nastapo", "NATO", "USSR"));
    return Arbitraries.oneOf(longName, shaped).list().ofMaxSize(25);
  }

  @Property(tries = 300)
  void findsEveryPairTheRuleAccepts(@ForAll("names") List<String> names) {
    AbbreviationIndex index = new AbbreviationIndex(names);
    for (int a = 0; a < names.size(); a++) {
      List<Integer> longNames = new ArrayList<>();
      for (int l = 0; l < names.size(); l++) {
        if (AbbreviationRule.abbreviates(names.get(a), names.get(l))) {
          longNames.add(l);
          assertThat(index.abbreviationsFor(names.get(l)))
              .as("'%s' abbreviating '%s'", names.get(a), names.get(l))
              .contains(a);
        }
      }
      assertThat(index.longNamesFor(names.get(a)))
          .as("what '%s' abbreviates", names.get(a))
          .containsAll(longNames)
          .isSorted();
    }
  }

  @Test
  void anAbbreviationFindsItsLongNameAndNotNamesWithOtherInitials() {
    List<String> names = List.of(
        "North Atlantic Treaty Organization",
        "NATO",
        "Union of Soviet Socialist Republics",
        "Geheime Staatspolizei",
        "Gestapo",
        "Amnesty International");
    AbbreviationIndex index = new AbbreviationIndex(names);

    assertThat(index.longNamesFor("NATO")).contains(0).doesNotContain(2, 3, 5);
    assertThat(index.longNamesFor("USSR")).contains(2).doesNotContain(0, 3, 5);
    assertThat(index.longNamesFor("Gestapo")).contains(3).doesNotContain(0, 2, 5);
    assertThat(index.abbreviationsFor("Geheime Staatspolizei")).contains(4).doesNotContain(1);
    assertThat(index.abbreviationsFor("NATO")).as("one word is no long name").isEmpty();
  }
}
