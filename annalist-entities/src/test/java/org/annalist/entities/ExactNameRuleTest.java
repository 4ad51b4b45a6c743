package org.annalist.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

class ExactNameRuleTest {

  @Test
  void titleCaseAndPossessiveFormsAreOneName() {
    List<NameForm> forms = ExactNameRule.group(new Story()
        .say("President Lincoln spoke.", "President Lincoln")
        .say("Lincoln's speech was short.", "Lincoln's")
        .say("LINCOLN WINS, said the paper.", "LINCOLN")
        .say("Lincoln slept.", "Lincoln")
        .say("Lincoln woke.", "Lincoln")
        .mentions());
    assertThat(forms).hasSize(1);
    NameForm lincoln = forms.get(0);
    assertThat(lincoln.display()).isEqualTo("Lincoln");
    assertThat(lincoln.count()).isEqualTo(5);
    assertThat(lincoln.evidence())
        .extracting(MergeEvidence::alias, MergeEvidence::rule)
        .containsExactly(
            tuple("LINCOLN", "case"),
            tuple("Lincoln's", "normalized"),
            tuple("President Lincoln", "normalized"));
    assertThat(lincoln.evidence().get(2).explanation()).contains("title 'President'");
  }

  @Test
  void theSameStringTaggedAsDifferentNonPersonTypesIsOneNameOfTheMajorityType() {
    List<NameForm> forms = ExactNameRule.group(new Story()
        .say("The Pentagon said no.", "ORGANIZATION:Pentagon")
        .say("The Pentagon denied it.", "ORGANIZATION:Pentagon")
        .say("He drove to the Pentagon.", "LOCATION:Pentagon")
        .mentions());
    assertThat(forms).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(f.evidence()).singleElement().satisfies(e -> {
        assertThat(e.rule()).isEqualTo("type");
        assertThat(e.explanation()).contains("LOCATION 1 time", "ORGANIZATION 2 times");
      });
    });
  }

  @Test
  void aTieBetweenTypesGoesToTheAlphabeticallyFirst() {
    List<NameForm> forms = ExactNameRule.group(new Story()
        .say("Avalon burned.", "MISC:Avalon")
        .say("Avalon stood.", "LOCATION:Avalon")
        .mentions());
    assertThat(forms).singleElement().extracting(NameForm::type).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aPersonIsNeverOneNameWithAPlace() {
    List<NameForm> forms = ExactNameRule.group(new Story()
        .say("Washington crossed the river.", "Washington")
        .say("They flew to Washington.", "LOCATION:Washington")
        .mentions());
    assertThat(forms)
        .extracting(NameForm::group)
        .containsExactly(TypeGroup.PERSON, TypeGroup.OTHER);
  }

  @Test
  void aTitleAloneIsItsOwnFormAndNotMergeable() {
    List<NameForm> forms = ExactNameRule.group(new Story()
        .say("The Chairman spoke to Chairman Mao.", "Chairman", "Chairman Mao")
        .mentions());
    assertThat(forms)
        .extracting(NameForm::display, NameForm::mergeable)
        .containsExactlyInAnyOrder(tuple("Mao", true), tuple("Chairman", false));
  }
}
