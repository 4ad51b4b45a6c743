package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SpellingIndexTest {

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.strings()
        .withChars("aAbBeEoOrRsStT'-İ")
        .ofMinLength(0)
        .ofMaxLength(9)
        .list()
        .ofMaxSize(30);
  }

  @Property(tries = 300)
  void findsEveryNameWithinTheEditsAndOnlyKnownNames(
      @ForAll("names") List<String> names, @ForAll("names") List<String> queries) {
    for (int maxEdits = 0; maxEdits <= 2; maxEdits++) {
      SpellingIndex index = new SpellingIndex(names, maxEdits);
      for (String query : queries) {
        List<Integer> near = index.near(query);
        List<Integer> within = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          if (SpellingSimilarity.editDistance(query, names.get(i)) <= maxEdits) {
            within.add(i);
          }
        }
        assertThat(near)
            .as("'%s' within %s edits", query, maxEdits)
            .containsAll(within)
            .isSorted();
        assertThat(near).allSatisfy(i -> assertThat(i).isBetween(0, names.size() - 1));
      }
    }
  }

  @Test
  void garblingsOfANameAreFoundAndUnrelatedNamesAreNot() {
    SpellingIndex index =
        new SpellingIndex(List.of("Roosevelt", "Churchill", "Rooseveltian Society"), 2);

    assertThat(index.near("Oosevelt")).containsExactly(0);
    assertThat(index.near("Rosefelt")).containsExactly(0);
    assertThat(index.near("CHURHCILL")).containsExactly(1);
    assertThat(index.near("Molotov")).isEmpty();
  }
}
