package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.Outcome;
import org.annalist.events.EventMention.Participant;
import org.annalist.events.EventMention.Polarity;
import org.annalist.events.EventMention.Role;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.testsupport.TestDocuments;
import org.annalist.time.DayInterval;
import org.annalist.time.TimeStage;
import org.junit.jupiter.api.Test;

class EventStageTest {
  private static final Pipeline PIPELINE =
      Pipeline.of(new CleanStage(), new TimeStage(), new AnnotateStage(), new EventStage());

  static List<EventMention> events(String text) {
    Document document = TestDocuments.of(text);
    AnnotatedDocument analysed = PIPELINE.run(document, new RunContext("test"));
    return analysed.expectLayer(EventStage.MENTIONS).annotations().stream()
        .map(a -> EventMentionCodec.decode(a.value()))
        .toList();
  }

  static EventMention only(List<EventMention> mentions, String lemma) {
    List<EventMention> found =
        mentions.stream().filter(m -> m.lemma().equals(lemma)).toList();
    assertThat(found).as("mentions of %s in %s", lemma, mentions).hasSize(1);
    return found.get(0);
  }

  static List<String> names(String text, EventMention mention, Role role) {
    return mention.participants().stream()
        .filter(p -> p.role() == role)
        .map(p -> p.mention().quote(text))
        .toList();
  }

  @Test
  void readsWhoDidWhatToWhomAndWhen() {
    String text =
        "In July 1941, Vaslov sent a telegram to Ivar Brenn in Korsk, asking Brenn to send troops.";
    List<EventMention> mentions = events(text);

    EventMention sent = mentions.stream()
        .filter(m -> m.lemma().equals("send") && m.isAsserted())
        .findFirst()
        .orElseThrow();
    assertThat(sent.theme()).isEqualTo("telegram");
    assertThat(names(text, sent, Role.AGENT)).containsExactly("Vaslov");
    assertThat(names(text, sent, Role.RECIPIENT)).containsExactly("Ivar Brenn");
    assertThat(sent.time()).isNotNull();
    assertThat(sent.time().text()).isEqualTo("July 1941");
    assertThat(sent.time().days())
        .isEqualTo(DayInterval.of(LocalDate.of(1941, 7, 1), LocalDate.of(1941, 7, 31)));
    assertThat(sent.sentence().quote(text)).isEqualTo(text);

    EventMention troops = mentions.stream()
        .filter(m -> m.lemma().equals("send") && !m.isAsserted())
        .findFirst()
        .orElseThrow();
    assertThat(troops.factuality().intended()).isTrue();
    assertThat(names(text, troops, Role.AGENT)).containsExactly("Brenn");
  }

  @Test
  void aWhenClauseDatesTheMainVerb() {
    String text =
        "When the siege ended in February 1943, the army had destroyed the Zarnian division.";
    EventMention destroyed = only(events(text), "destroy");

    assertThat(destroyed.time().text()).isEqualTo("February 1943");
  }

  @Test
  void anUndatedSentenceTakesTheNarrativesDateWithWhereItWasTold() {
    String text =
        "At the end of 1936 the rains failed. Vaslov wrote to Brenn. Brenn did not answer. Vaslov sent a clerk to Korsk.";
    List<EventMention> mentions = events(text);

    EventMention wrote = only(mentions, "write");
    assertThat(wrote.time().explicit()).isFalse();
    assertThat(wrote.time().sentencesBack()).isEqualTo(1);
    assertThat(wrote.time().text()).isEqualTo("the end of 1936");
    assertThat(wrote.time().days())
        .isEqualTo(DayInterval.of(LocalDate.of(1936, 9, 1), LocalDate.of(1936, 12, 31)));
    assertThat(only(mentions, "send").time().sentencesBack()).isEqualTo(3);
  }

  @Test
  void numbersTheMembersOfASeriesEvenWhenCoordinated() {
    String text =
        "Vaslov sent the fourth telegram to Brenn. Later Vaslov sent a second and third telegram to Brenn.";
    List<EventMention> sends =
        events(text).stream().filter(m -> m.lemma().equals("send")).toList();

    assertThat(sends).extracting(m -> m.ordinal().value()).containsExactly(4, 2, 3);
    assertThat(sends).allMatch(m -> m.ordinal().series().equals("telegram"));
  }

  @Test
  void refusalsAndNegationsAreOutcomesAndPolarity() {
    String text =
        "Brenn refused Vaslov's request. Brenn did not attack Korsk. Brenn agreed to the plan.";
    List<EventMention> mentions = events(text);

    EventMention refused = only(mentions, "refuse");
    assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(names(text, refused, Role.RECIPIENT)).containsExactly("Vaslov");
    assertThat(only(mentions, "attack").factuality().polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(only(mentions, "agree").outcome()).isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void readsAmountsWithWhatTheyCount() {
    String text =
        "The Korsk army wiped out half a million Zarnian troops. Brenn captured 80,000 soldiers.";
    List<EventMention> mentions = events(text);

    EventMention wiped = only(mentions, "wipe_out");
    assertThat(wiped.group()).isEqualTo("destroy");
    assertThat(wiped.quantities()).singleElement().satisfies(q -> {
      assertThat(q.value()).isEqualTo(500_000);
      assertThat(q.unit()).isEqualTo("troops");
      assertThat(q.qualifiers()).contains("zarnian");
      assertThat(q.span().quote(text)).isEqualTo("half a million Zarnian troops");
    });
    assertThat(only(mentions, "capture").quantities())
        .singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualTo(80_000));
  }

  @Test
  void acceptingAThingIsNoAnswerToARequest() {
    List<EventMention> mentions =
        events("The army accepted the new rifles. Brenn accepted the offer. Brenn refused.");

    assertThat(mentions.stream().filter(m -> m.lemma().equals("accept")).map(EventMention::outcome))
        .containsExactly(Outcome.NONE, Outcome.ACCEPTED);
    assertThat(only(mentions, "refuse").outcome()).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void theFirstFiveIsNoPlaceInASeries() {
    EventMention sent = only(events("Vaslov sent the first five letters to Brenn."), "send");

    assertThat(sent.ordinal()).isNull();
  }

  @Test
  void aParticipleBeforeAnAmountIsAVerbWithItsObject() {
    String text =
        "The Korsk army lost many men, but annihilated 1.5 million elite troops of the Zarnian army.";
    EventMention annihilated = only(events(text), "annihilate");

    assertThat(annihilated.theme()).isEqualTo("troops");
    assertThat(annihilated.quantities())
        .singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualTo(1_500_000));
  }

  @Test
  void aPronounAfterACensoredSubjectStandsForNoOneNamedBefore() {
    String text = "Vaslov sent a letter to Brenn. ** refused the offer. He sent troops to Korsk."
        + " Brenn wrote to Vaslov, but *** declined, and he left Korsk.";
    List<EventMention> mentions = events(text);
    List<EventMention> sent =
        mentions.stream().filter(m -> m.lemma().equals("send")).toList();

    assertThat(sent).hasSize(2);
    assertThat(names(text, sent.get(1), Role.AGENT)).isEmpty();
    assertThat(names(text, only(mentions, "leave"), Role.AGENT)).isEmpty();
    assertThat(names(text, only(mentions, "write"), Role.AGENT)).containsExactly("Brenn");
  }

  @Test
  void aRedactionMarkInTheDoersSlotIsKeptWithoutGuessingWhoItHides() {
    String text =
        "Vaslov sent a letter to Brenn. Then ** still refused the offer. Brenn then refused the plan.";
    List<EventMention> refusals =
        events(text).stream().filter(m -> m.lemma().equals("refuse")).toList();

    assertThat(refusals).hasSize(2);
    assertThat(refusals.get(0).redactedAgent()).isNotNull();
    assertThat(refusals.get(0).redactedAgent().quote(text)).isEqualTo("**");
    assertThat(refusals.get(0).participants()).noneMatch(p -> p.role() == Role.AGENT);
    assertThat(refusals.get(1).redactedAgent()).isNull();
  }

  @Test
  void redactionMarksWhereWhomItGoesToOrActsOnWouldBeNamedAreKeptWithTheirRoles() {
    String text =
        "In May Vaslov sent a second letter to *** at Korsk. Later Brenn turned to ** for help. "
            + "Then Vaslov asked *** to come. Vaslov sent a clerk to Korsk.";
    List<EventMention> mentions = events(text);

    EventMention letter =
        mentions.stream().filter(m -> "letter".equals(m.theme())).findFirst().orElseThrow();
    assertThat(letter.redacted()).singleElement().satisfies(r -> {
      assertThat(r.role()).isEqualTo(Role.RECIPIENT);
      assertThat(r.mark().quote(text)).isEqualTo("***");
    });
    assertThat(only(mentions, "turn").redacted())
        .extracting(EventMention.Redacted::role)
        .containsExactly(Role.RECIPIENT);
    assertThat(only(mentions, "ask").redacted())
        .extracting(EventMention.Redacted::role)
        .containsExactly(Role.PATIENT);
    assertThat(mentions.stream()
            .filter(m -> "clerk".equals(m.theme()))
            .findFirst()
            .orElseThrow()
            .redacted())
        .isEmpty();
  }

  @Test
  void aClaimAboutAWholeSeriesIsKeptAsSuch() {
    String text = "Brenn refused all six requests.";
    EventMention refused = only(events(text), "refuse");

    assertThat(refused.series()).isNotNull();
    assertThat(refused.series().count()).isEqualTo(6);
    assertThat(refused.series().series()).isEqualTo("request");
  }

  @Test
  void theAnswerToANumberedRequestInheritsItsNumber() {
    String text =
        "Vaslov sent the sixth telegram to Brenn. After Brenn read this telegram, he agreed to the request.";
    List<EventMention> mentions = events(text);

    EventMention agreed = only(mentions, "agree");
    assertThat(agreed.ordinal()).isNotNull();
    assertThat(agreed.ordinal().value()).isEqualTo(6);
    assertThat(agreed.ordinal().inferred()).isTrue();
    assertThat(agreed.ordinal().evidence().quote(text)).isEqualTo("sixth telegram");
  }

  @Test
  void conditionsAndModalsAreNotToldAsDone() {
    String text = "If Zarnia attacked Korsk, the army could help.";
    List<EventMention> mentions = events(text);

    assertThat(only(mentions, "attack").factuality().hypothetical()).isTrue();
    assertThat(only(mentions, "help").factuality().certainty()).isEqualTo(Certainty.POSSIBLE);
    assertThat(only(mentions, "help").factuality().modal()).isEqualTo("could");
  }

  @Test
  void pronounsStandForTheLastNamedSubject() {
    String text = "Vaslov arrived in Korsk. He sent a letter to Brenn.";
    EventMention sent = only(events(text), "send");

    Participant agent = sent.participants().stream()
        .filter(p -> p.role() == Role.AGENT)
        .findFirst()
        .orElseThrow();
    assertThat(agent.mention().quote(text)).isEqualTo("Vaslov");
    assertThat(agent.evidence().quote(text)).isEqualTo("He");
  }

  @Test
  void aPronounPrefersASubjectNamedEarlierInItsOwnSentence() {
    String text = "Vaslov arrived in Korsk. Ivar Brenn felt weak, so he sent a letter to Vaslov.";
    EventMention sent = only(events(text), "send");

    Participant agent = sent.participants().stream()
        .filter(p -> p.role() == Role.AGENT)
        .findFirst()
        .orElseThrow();
    assertThat(agent.mention().quote(text)).isEqualTo("Ivar Brenn");
  }

  @Test
  void sendingSeveralOfAThingIsASeriesNotAQuantity() {
    EventMention sent = only(events("Vaslov sent six letters to Brenn."), "send");

    assertThat(sent.series()).isNotNull();
    assertThat(sent.series().count()).isEqualTo(6);
    assertThat(sent.series().series()).isEqualTo("letter");
  }

  @Test
  void countsThatAreNotAnswersAreNoSeriesClaims() {
    EventMention wiped = only(events("The army wiped out six divisions."), "wipe_out");

    assertThat(wiped.series()).isNull();
  }

  @Test
  void anEventNounTakesItsDoerAndDateFromTheVerbThatLaunchesIt() {
    String text = "In June 1941, Germany launched an attack on Poland.";
    EventMention attack = only(events(text), "attack");

    assertThat(names(text, attack, Role.AGENT)).containsExactly("Germany");
    assertThat(names(text, attack, Role.PATIENT)).containsExactly("Poland");
    assertThat(attack.time().text()).isEqualTo("June 1941");
  }

  @Test
  void anUnnumberedTellingBeforeTheSecondIsTheFirst() {
    String text =
        "Vaslov sent a letter to Brenn. Brenn waited. Then Vaslov sent a second letter to Brenn.";
    List<EventMention> sends =
        events(text).stream().filter(m -> m.lemma().equals("send")).toList();

    assertThat(sends).extracting(m -> m.ordinal().value()).containsExactly(1, 2);
    assertThat(sends.get(0).ordinal().inferred()).isTrue();
  }

  @Test
  void eventNounsAreMentionsWithTheirParticipants() {
    String text = "The attack on Poland began in 1939.";
    EventMention attack = only(events(text), "attack");

    assertThat(names(text, attack, Role.PATIENT)).containsExactly("Poland");
  }

  @Test
  void roundTripsThroughTheCodec() {
    String text = "In July 1941, Vaslov sent the fourth telegram to Brenn.";
    for (EventMention mention : events(text)) {
      assertThat(EventMentionCodec.decode(EventMentionCodec.encode(mention))).isEqualTo(mention);
    }
  }
}
