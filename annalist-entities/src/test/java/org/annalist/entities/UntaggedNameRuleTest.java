package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Runs of proper nouns the named-entity model missed, in an invented machine-translated report:
 * a cut-off name, a title before a known surname, an abbreviation pair neither side of which was
 * tagged, and runs that must stay out.
 */
class UntaggedNameRuleTest {

  private static Story report() {
    return new Story()
        .doc("report")
        .repeat(4, "Henrik Valborg opened the railway at station #.", "Henrik Valborg")
        .say("Minister Valborg thanked the workers.", "UNTAGGED:Minister Valborg")
        .say("I have nothing to say to Henrik Val, let him come.", "UNTAGGED:Henrik Val")
        .say("The Norvell Mining Syndicate owned the line.", "UNTAGGED:Norvell Mining Syndicate")
        .doc("wire")
        .say("Normisyn shares fell on Monday.", "UNTAGGED:Normisyn", "UNTAGGED:Monday")
        .say("The Chancellor was silent.", "UNTAGGED:Chancellor")
        .say("Marta Lind arrived in Tolm.", "Marta Lind", "LOCATION:Tolm")
        .say("The Tolm Express left.", "UNTAGGED:Tolm Express");
  }

  @Test
  void runsTiedToATaggedNameJoinIt() {
    Entity valborg = Story.entityOf(Story.resolve(report()), "Henrik Valborg");

    assertThat(valborg.aliases())
        .containsExactly("Henrik Val", "Henrik Valborg", "Minister Valborg");
    assertThat(valborg.mentions()).extracting(NameMention::type).containsOnly(EntityType.PERSON);
    assertThat(valborg.merges())
        .filteredOn(m -> m.rule().equals(UntaggedNameRule.RULE))
        .extracting(MergeEvidence::alias, MergeEvidence::explanation)
        .containsExactlyInAnyOrder(
            tuple(
                "Henrik Val",
                "'Henrik Val' was not tagged as a name; it is read as a person because it is"
                    + " 'Henrik Valborg' cut short"),
            tuple(
                "Minister Valborg",
                "'Minister Valborg' was not tagged as a name; it is read as a person because"
                    + " it has a title and 'Valborg' is the last word of 'Henrik Valborg'"));
  }

  @Test
  void twoUntaggedRunsOneAbbreviatingTheOtherAreAnOrganization() {
    Entity syndicate = Story.entityOf(Story.resolve(report()), "Normisyn");

    assertThat(syndicate.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(syndicate.aliases()).containsExactly("Normisyn", "Norvell Mining Syndicate");
    assertThat(syndicate.merges())
        .extracting(MergeEvidence::rule)
        .contains("abbreviation", UntaggedNameRule.RULE);
  }

  @Test
  void runsTiedToNothingAndBareTitlesStayOut() {
    List<Entity> entities = Story.resolve(report());

    assertThat(entities)
        .flatExtracting(Entity::aliases)
        .doesNotContain("Monday", "Chancellor", "Tolm Express")
        .contains("Tolm", "Marta Lind");
  }

  @Test
  void aRunThatIsBothAPersonAndAPlaceIsNotTaken() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Tolm wrote a song.", "Tolm")
        .say("Tolm is a town.", "LOCATION:Tolm")
        .say("Tolm sang at dawn.", "UNTAGGED:Tolm"));

    assertThat(entities).flatExtracting(Entity::mentions).hasSize(2);
  }

  @Test
  void aTitleBeforeASurnameThatFitsTwoPeopleIsNotTaken() {
    List<Entity> entities = Story.resolve(new Story()
        .say("Henrik Valborg spoke.", "Henrik Valborg")
        .say("Anna Valborg answered.", "Anna Valborg")
        .say("Minister Valborg left.", "UNTAGGED:Minister Valborg"));

    assertThat(entities).flatExtracting(Entity::aliases).doesNotContain("Minister Valborg");
  }

  @Test
  void withoutUntaggedRunsTheResultIsThatOfTheTaggedNames() {
    Story story = report();
    assertThat(new EntityResolver().resolve(story.mentions(), List.of()))
        .isEqualTo(new EntityResolver().resolve(story.mentions()));
  }
}
