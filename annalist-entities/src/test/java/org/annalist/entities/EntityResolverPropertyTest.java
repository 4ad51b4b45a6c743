package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.model.EntityType;
import org.annalist.model.Span;

class EntityResolverPropertyTest {

  @Provide
  Arbitrary<List<NameMention>> mentions() {
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.of(
            "Stalin",
            "Joseph Stalin",
            "Talin",
            "Chairman Mao",
            "Mao",
            "Mao Tse-tung",
            "Mao Zedong",
            "the Chairman",
            "Smith",
            "Adam Smith",
            "John Smith",
            "Smyth",
            "",
            "'s",
            "U.S.",
            "Kremlin",
            "the Kremlin",
            "Hsiao-p'ing",
            "Zhou En",
            "Zhou Enlai",
            "Chou En-lai",
            "STALIN",
            "Stalin's"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
    Arbitrary<String> sentences = Arbitraries.of(
        "the coal strike stopped the railway",
        "the poet wrote about winter",
        "",
        "parliament met at dawn");
    Arbitrary<NameMention> mention = Combinators.combine(
            Arbitraries.of("a", "b", "c"),
            Arbitraries.integers().between(0, 500),
            names,
            Arbitraries.of(EntityType.values()),
            sentences)
        .as((doc, start, name, type, sentence) ->
            new NameMention(doc, Span.of(start, start + name.length()), name, type, sentence));
    return mention.list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void everyMentionLandsInExactlyOneEntity(@ForAll("mentions") List<NameMention> mentions) {
    List<Entity> entities = new EntityResolver().resolve(mentions);
    List<NameMention> out =
        entities.stream().flatMap(e -> e.mentions().stream()).toList();
    assertThat(out).containsExactlyInAnyOrderElementsOf(mentions);
    assertThat(entities).extracting(Entity::id).doesNotHaveDuplicates();
  }

  @Property(tries = 300)
  void noEntityMixesPeopleWithOtherTypes(@ForAll("mentions") List<NameMention> mentions) {
    for (Entity e : new EntityResolver().resolve(mentions)) {
      boolean person = e.type() == EntityType.PERSON;
      assertThat(e.mentions())
          .allSatisfy(m -> assertThat(m.type() == EntityType.PERSON).isEqualTo(person));
    }
  }

  @Property(tries = 200)
  void orderDoesNotMatter(@ForAll("mentions") List<NameMention> mentions, @ForAll long seed) {
    List<NameMention> shuffled = new ArrayList<>(mentions);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(new EntityResolver().resolve(shuffled))
        .isEqualTo(new EntityResolver().resolve(mentions));
  }

  @Provide
  Arbitrary<List<UntaggedName>> untagged() {
    Arbitrary<String> names = Arbitraries.of(
        "Stalin",
        "Zhou En",
        "Chairman",
        "Chairman Mao",
        "CCP",
        "Chinese Communist Party",
        "Comintern",
        "Communist International",
        "Third International",
        "Monday",
        "Kremlin",
        "Adam Sm",
        "U.S.");
    return Combinators.combine(
            Arbitraries.of("a", "b", "c"),
            Arbitraries.integers().between(600, 900),
            names,
            Arbitraries.of("the coal strike stopped the railway", "parliament met at dawn"))
        .as((doc, start, name, sentence) ->
            new UntaggedName(doc, Span.of(start, start + name.length()), name, sentence))
        .list()
        .ofMaxSize(15);
  }

  @Property(tries = 200)
  void untaggedRunsAddOnlyThemselvesAndKeepTypesApart(
      @ForAll("mentions") List<NameMention> mentions,
      @ForAll("untagged") List<UntaggedName> untagged) {
    List<Entity> entities = new EntityResolver().resolve(mentions, untagged);
    List<NameMention> out =
        entities.stream().flatMap(e -> e.mentions().stream()).toList();
    List<NameMention> added = new ArrayList<>(out);
    mentions.forEach(added::remove);
    assertThat(out).containsAll(mentions);
    assertThat(added)
        .allSatisfy(m -> assertThat(untagged).anySatisfy(u -> {
          assertThat(u.span()).isEqualTo(m.span());
          assertThat(u.text()).isEqualTo(m.text());
          assertThat(u.documentId()).isEqualTo(m.documentId());
        }));
    assertThat(added).extracting(NameMention::text).doesNotContain("Chairman", "Monday");
    for (Entity e : entities) {
      boolean person = e.type() == EntityType.PERSON;
      assertThat(e.mentions())
          .allSatisfy(m -> assertThat(m.type() == EntityType.PERSON).isEqualTo(person));
    }
  }

  @Property(tries = 100)
  void orderOfUntaggedRunsDoesNotMatter(
      @ForAll("mentions") List<NameMention> mentions,
      @ForAll("untagged") List<UntaggedName> untagged,
      @ForAll long seed) {
    List<UntaggedName> shuffled = new ArrayList<>(untagged);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(new EntityResolver().resolve(mentions, shuffled))
        .isEqualTo(new EntityResolver().resolve(mentions, untagged));
  }
}
