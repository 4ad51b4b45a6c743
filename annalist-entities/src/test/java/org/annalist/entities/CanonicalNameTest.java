package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.annalist.model.EntityType;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class CanonicalNameTest {

  private static NameForm form(String display, int count) {
    List<NameMention> mentions = IntStream.range(0, count)
        .mapToObj(i -> new NameMention("d", Span.of(i, i + 1), display, EntityType.PERSON, ""))
        .toList();
    return new NameForm(
        TypeGroup.PERSON,
        display.toLowerCase(Locale.ROOT),
        display,
        EntityType.PERSON,
        false,
        mentions,
        Map.of(EntityType.PERSON, count),
        List.of());
  }

  @Test
  void theFullestFormUsedTwiceWins() {
    assertThat(
            CanonicalName.choose(List.of(form("Stalin", 40), form("Joseph Stalin", 2)), Set.of()))
        .isEqualTo("Joseph Stalin");
  }

  @Test
  void aFullFormUsedOnceLosesToACommonShortForm() {
    assertThat(CanonicalName.choose(
            List.of(form("Stalin", 40), form("Joseph Vissarionovich Stalin", 1)), Set.of()))
        .isEqualTo("Stalin");
  }

  @Test
  void withoutAFormUsedTwiceTheMostUsedWins() {
    assertThat(CanonicalName.choose(List.of(form("Grant", 1), form("Ulysses Grant", 1)), Set.of()))
        .isEqualTo("Ulysses Grant");
  }

  @Test
  void aGarblingIsNotTheNameWhileAnythingElseIsLeft() {
    assertThat(CanonicalName.choose(
            List.of(form("Roosevelt", 2), form("Frank Rosevelt", 3)), Set.of("Frank Rosevelt")))
        .isEqualTo("Roosevelt");
  }

  @Test
  void idsAreTypeAndSlug() {
    assertThat(CanonicalName.id(EntityType.PERSON, "Zhou Enlai")).isEqualTo("person:zhou-enlai");
    assertThat(CanonicalName.id(EntityType.LOCATION, "Québec City"))
        .isEqualTo("location:quebec-city");
    assertThat(CanonicalName.id(EntityType.ORGANIZATION, "the U.S. Army"))
        .isEqualTo("organization:the-u-s-army");
    assertThat(CanonicalName.slug("...")).isEqualTo("unnamed");
  }
}
