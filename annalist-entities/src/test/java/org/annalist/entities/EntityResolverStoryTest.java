package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.annalist.model.EntityType;
import org.annalist.model.KeptApart;
import org.junit.jupiter.api.Test;

/**
 * An invented story: a chancellor called by full name, surname and title, garbled twice in a
 * machine-translated report; two writers with nearly the same name; a company NER tags as two
 * types; and a bare title.
 */
class EntityResolverStoryTest {

  static Story story() {
    return new Story()
        .doc("gazette")
        .repeat(
            5,
            "Henrik Valborg presented the railway budget to parliament, day #.",
            "Henrik Valborg")
        .repeat(6, "Valborg warned that the coal strike would stop the railway, day #.", "Valborg")
        .repeat(
            4,
            "Parliament cheered when Valborg cut the coal tax for the railway, day #.",
            "Valborg")
        .repeat(
            3,
            "Chancellor Valborg met the strike leaders about coal wages, day #.",
            "Chancellor Valborg")
        .repeat(
            3,
            "The Northern Railway Company raised fares, day #.",
            "ORGANIZATION:Northern Railway Company")
        .say(
            "Passengers waited outside the Northern Railway Company at dawn.",
            "LOCATION:Northern Railway Company")
        .say("The Chancellor refused to comment.", "Chancellor")
        .doc("review")
        .repeat(
            10, "Marta Lindqvist published a novel of winter poems, volume #.", "Marta Lindqvist")
        .repeat(10, "Marta Lindquist won an olympic medal in skiing, race #.", "Marta Lindquist")
        .say("Lindqvist thanked her publisher for the poems.", "Lindqvist")
        .doc("machine-translated")
        .say("Alborg said the coal strike must not stop railway of the country.", "Alborg")
        .say("In parliament Alborg gave the railway budget and the coal tax.", "Alborg")
        .say("The strike leaders met Valbrog about wages of coal.", "Valbrog")
        .say("Train left Oslo late because of coal strike.", "LOCATION:Oslo");
  }

  @Test
  void theStoryResolvesIntoItsEntities() {
    List<Entity> entities = Story.resolve(story());
    assertThat(entities)
        .extracting(Entity::id)
        .containsExactly(
            "location:oslo",
            "organization:northern-railway-company",
            "person:chancellor",
            "person:henrik-valborg",
            "person:marta-lindquist",
            "person:marta-lindqvist");

    Entity valborg = Story.entityOf(entities, "Valborg");
    assertThat(valborg.name()).isEqualTo("Henrik Valborg");
    assertThat(valborg.aliases())
        .containsExactly("Alborg", "Chancellor Valborg", "Henrik Valborg", "Valborg", "Valbrog");
    assertThat(valborg.mentions()).hasSize(21);
    assertThat(valborg.merges())
        .extracting(MergeEvidence::alias, MergeEvidence::rule)
        .contains(
            tuple("Alborg", "spelling+context"),
            tuple("Valbrog", "spelling+context"),
            tuple("Valborg", "short-form"),
            tuple("Chancellor Valborg", "normalized"));
    assertThat(valborg.merges())
        .filteredOn(m -> m.alias().equals("Alborg"))
        .singleElement()
        .satisfies(m -> assertThat(m.explanation())
            .startsWith(
                "'Alborg' (2 mentions in 1 document) is 1 edit from 'Valborg' (18 mentions)"));

    assertThat(Story.entityOf(entities, "Lindqvist").name()).isEqualTo("Marta Lindqvist");
    assertThat(Story.entityOf(entities, "Marta Lindquist").aliases())
        .containsExactly("Marta Lindquist");

    Entity railway = Story.entityOf(entities, "Northern Railway Company");
    assertThat(railway.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(railway.mentions()).extracting(NameMention::type).contains(EntityType.LOCATION);

    assertThat(Story.entityOf(entities, "Chancellor").merges()).isEmpty();
  }

  @Test
  void shuffledInputGivesTheSameEntities() {
    List<NameMention> mentions = story().mentions();
    List<Entity> expected = new EntityResolver().resolve(mentions);
    for (long seed = 1; seed <= 5; seed++) {
      List<NameMention> shuffled = new ArrayList<>(mentions);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(new EntityResolver().resolve(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void aMergeTheUserUndidStaysUndoneAndTheOthersStand() {
    List<Entity> entities = new EntityResolver()
        .resolve(
            story().mentions(),
            List.of(),
            List.of(
                new KeptApart("valbrog", "Valborg"),
                new KeptApart("Marta Lindqvist", "Lindqvist")));

    Entity valborg = Story.entityOf(entities, "Valborg");
    assertThat(valborg.aliases())
        .containsExactly("Alborg", "Chancellor Valborg", "Henrik Valborg", "Valborg");
    assertThat(Story.entityOf(entities, "Valbrog").aliases()).containsExactly("Valbrog");
    assertThat(Story.entityOf(entities, "Lindqvist").aliases()).containsExactly("Lindqvist");
    assertThat(Story.entityOf(entities, "Marta Lindqvist").aliases())
        .containsExactly("Marta Lindqvist");
    assertThat(entities.stream().mapToInt(e -> e.mentions().size()).sum())
        .isEqualTo(story().mentions().size());
  }

  @Test
  void namesCannotBeKeptApartFromThemselves() {
    assertThatThrownBy(() -> new KeptApart("Valborg", "VALBORG"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Valborg' apart from itself");
  }

  @Test
  void everyMergeCanBeReadBack() {
    List<Entity> entities = Story.resolve(story());
    entities.forEach(e -> e.merges().forEach(m -> {
      assertThat(m.explanation()).contains("'" + m.alias() + "'");
      assertThat(m.score()).isBetween(0.0, 1.0);
    }));
  }
}
