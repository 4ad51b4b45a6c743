package org.annalist.events;

import static org.annalist.events.EventStageTest.events;
import static org.annalist.events.EventStageTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.Factuality;
import org.annalist.events.EventMention.Polarity;
import org.annalist.events.EventMention.Tense;
import org.junit.jupiter.api.Test;

/** Each rule of {@link FactualityReader} on a sentence written for it, parsed by the real stages. */
class FactualityReaderTest {

  private static Factuality factualityOf(List<EventMention> mentions, String lemma) {
    return only(mentions, lemma).factuality();
  }

  private static Polarity polarityOf(List<EventMention> mentions, String lemma) {
    return factualityOf(mentions, lemma).polarity();
  }

  @Test
  void aNegatorOnTheVerbOrItsAuxiliaryDeniesIt() {
    List<EventMention> mentions = events(
        "The army did not cross the river. The envoy never reached Korsk. The duke didn't sign the treaty.");

    assertThat(polarityOf(mentions, "cross")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "reach")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "sign")).isEqualTo(Polarity.NEGATIVE);
    assertThat(only(mentions, "cross").isFactual()).isFalse();
  }

  @Test
  void whatNearlyHappenedDidNot() {
    List<EventMention> mentions = events("The garrison nearly surrendered the fort.");

    assertThat(polarityOf(mentions, "surrender")).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void aNegativeSubjectDeniesTheEvent() {
    List<EventMention> mentions = events("Nobody attacked the fort. No soldier crossed the river. "
        + "Neither the king nor the duke signed the treaty. No one saw the fire.");

    assertThat(polarityOf(mentions, "attack")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "cross")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "sign")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "see")).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void neitherNorDeniesBothVerbs() {
    List<EventMention> mentions = events("The council neither approved nor rejected the plan.");

    assertThat(polarityOf(mentions, "approve")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "reject")).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void failingRefusingAndDecliningDenyWhatFollowsButHappen() {
    List<EventMention> mentions =
        events("The army failed to reach the city. The duke refused to surrender. "
            + "The envoy declined to comment.");

    assertThat(polarityOf(mentions, "reach")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "surrender")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "comment")).isEqualTo(Polarity.NEGATIVE);
    assertThat(only(mentions, "fail").isFactual()).isTrue();
    assertThat(only(mentions, "refuse").isFactual()).isTrue();
  }

  @Test
  void whatIsPreventedOrDoneWithoutDidNotHappen() {
    List<EventMention> mentions = events(
        "The storm prevented the fleet from crossing the strait. The envoy left without signing the treaty.");

    assertThat(polarityOf(mentions, "cross")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "sign")).isEqualTo(Polarity.NEGATIVE);
    assertThat(only(mentions, "prevent").isFactual()).isTrue();
    assertThat(only(mentions, "leave").isFactual()).isTrue();
  }

  @Test
  void anImplicativePassesItsNegationAndItsDoubt() {
    List<EventMention> mentions = events(
        "The army did not manage to take the city. The duke could begin to build the bridge.");

    assertThat(polarityOf(mentions, "take")).isEqualTo(Polarity.NEGATIVE);
    assertThat(factualityOf(mentions, "build").certainty()).isEqualTo(Certainty.POSSIBLE);
  }

  @Test
  void possibilityModalsLeaveItPossibleAndAreRecorded() {
    List<EventMention> mentions = events(
        "The army could cross the river. The king might abdicate. The duke may attack. The fleet can sail.");

    for (String lemma : List.of("cross", "abdicate", "attack", "sail")) {
      assertThat(factualityOf(mentions, lemma).certainty()).as(lemma).isEqualTo(Certainty.POSSIBLE);
    }
    assertThat(factualityOf(mentions, "cross").modal()).isEqualTo("could");
    assertThat(factualityOf(mentions, "sail").modal()).isEqualTo("can");
  }

  @Test
  void couldNotDeniesRatherThanDoubts() {
    Factuality crossed = factualityOf(events("The army could not cross the river."), "cross");

    assertThat(crossed.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(crossed.certainty()).isEqualTo(Certainty.CERTAIN);
  }

  @Test
  void wouldInReportedSpeechIsTheFutureOfThePast() {
    String text = "The king said that he would abdicate.";
    Factuality abdicate = factualityOf(events(text), "abdicate");

    assertThat(abdicate.intended()).isTrue();
    assertThat(abdicate.hypothetical()).isFalse();
    assertThat(abdicate.certainty()).isEqualTo(Certainty.CERTAIN);
    assertThat(abdicate.modal()).isEqualTo("would");
    assertThat(abdicate.reportedBy().quote(text)).isEqualTo("The king");
  }

  @Test
  void wouldHaveAndShouldHaveTellWhatDidNotHappen() {
    List<EventMention> mentions =
        events("The army would have crossed the river. The envoy should have warned the duke.");

    assertThat(factualityOf(mentions, "cross").hypothetical()).isTrue();
    assertThat(factualityOf(mentions, "warn").hypothetical()).isTrue();
  }

  @Test
  void anObligationIsStillToComeAndMustHaveIsProbable() {
    List<EventMention> mentions =
        events("The envoy should leave the city. The courier must have reached the camp.");

    assertThat(factualityOf(mentions, "leave").intended()).isTrue();
    assertThat(factualityOf(mentions, "reach").certainty()).isEqualTo(Certainty.PROBABLE);
  }

  @Test
  void adverbsOfDoubtLowerTheCertainty() {
    List<EventMention> mentions = events(
        "Perhaps the king fled. The duke probably drowned. The envoy reportedly left the city.");

    assertThat(factualityOf(mentions, "flee").certainty()).isEqualTo(Certainty.POSSIBLE);
    assertThat(factualityOf(mentions, "drown").certainty()).isEqualTo(Certainty.PROBABLE);
    assertThat(factualityOf(mentions, "leave").certainty()).isEqualTo(Certainty.PROBABLE);
    assertThat(only(mentions, "drown").isFactual()).isTrue();
    assertThat(only(mentions, "flee").isFactual()).isFalse();
  }

  @Test
  void expectedAndLikelyMakeItProbableAndStillToCome() {
    List<EventMention> mentions =
        events("The talks are expected to resume. The king is likely to abdicate.");

    for (String lemma : List.of("resume", "abdicate")) {
      Factuality factuality = factualityOf(mentions, lemma);
      assertThat(factuality.certainty()).as(lemma).isEqualTo(Certainty.PROBABLE);
      assertThat(factuality.intended()).as(lemma).isTrue();
    }
  }

  @Test
  void whatSeemsSoIsOnlyProbable() {
    Factuality accepted = factualityOf(events("The duke seemed to accept the terms."), "accept");

    assertThat(accepted.certainty()).isEqualTo(Certainty.PROBABLE);
  }

  @Test
  void aConditionAndItsConsequenceAreHypothetical() {
    List<EventMention> mentions = events("If the river froze, the army crossed it.");

    assertThat(factualityOf(mentions, "freeze").hypothetical()).isTrue();
    assertThat(factualityOf(mentions, "cross").hypothetical()).isTrue();
  }

  @Test
  void conditionsOfSeveralWordsAreConditions() {
    List<EventMention> mentions = events("The army held the city as long as the king sent troops. "
        + "The duke would attack provided that the river froze. "
        + "The council asked whether the army had retreated.");

    assertThat(factualityOf(mentions, "send").hypothetical()).isTrue();
    assertThat(factualityOf(mentions, "freeze").hypothetical()).isTrue();
    assertThat(factualityOf(mentions, "retreat").hypothetical()).isTrue();
    assertThat(factualityOf(mentions, "hold").hypothetical()).isFalse();
  }

  @Test
  void aYesNoQuestionAsksButAWhQuestionPresupposes() {
    List<EventMention> mentions =
        events("Did the army cross the river? Why did the duke surrender the city?");

    assertThat(factualityOf(mentions, "cross").hypothetical()).isTrue();
    assertThat(factualityOf(mentions, "surrender").hypothetical()).isFalse();
  }

  @Test
  void theFutureIsStillToCome() {
    List<EventMention> mentions =
        events("The army will attack the city. The fleet is going to sail.");

    assertThat(factualityOf(mentions, "attack").intended()).isTrue();
    assertThat(only(mentions, "attack").tense()).isEqualTo(Tense.FUTURE);
    assertThat(factualityOf(mentions, "sail").intended()).isTrue();
  }

  @Test
  void theFutureHoldsForAClauseOfTimeButNotForAGivenCause() {
    List<EventMention> mentions = events(
        "The army will leave when the war ends. Since the treaty was signed, the king will disband the army.");

    assertThat(factualityOf(mentions, "end").intended()).isTrue();
    assertThat(only(mentions, "sign").isFactual()).isTrue();
  }

  @Test
  void aParticipleSharesItsVerbsModalityButNotItsNegation() {
    List<EventMention> mentions =
        events("The army could hold the pass for a week, saving the city. "
            + "The duke did not wait, leaving the camp at dawn.");

    assertThat(factualityOf(mentions, "save").certainty()).isEqualTo(Certainty.POSSIBLE);
    assertThat(only(mentions, "leave").isFactual()).isTrue();
  }

  @Test
  void anEventNounThatIsTheGoalOfAnActHappensOnlyAsTheActDoes() {
    List<EventMention> wanted = events("The duke wanted to send troops to the aid of the city.");
    List<EventMention> refused = events("The duke refused to send troops to the aid of the city.");

    assertThat(factualityOf(wanted, "aid").intended()).isTrue();
    assertThat(polarityOf(refused, "aid")).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void whatIsWantedPlannedOrderedOrPromisedIsIntended() {
    List<EventMention> mentions =
        events("The duke wanted to seize the city. The council decided to sign the treaty. "
            + "The king ordered the army to retreat. The envoy promised to return. "
            + "The general forced the garrison to surrender.");

    for (String lemma : List.of("seize", "sign", "retreat", "return", "surrender")) {
      assertThat(factualityOf(mentions, lemma).intended()).as(lemma).isTrue();
    }
    assertThat(only(mentions, "order").isFactual()).isTrue();
  }

  @Test
  void whatSomeoneWasForcedToDoWasDone() {
    List<EventMention> mentions = events("The garrison was forced to retreat beyond the river.");

    assertThat(only(mentions, "retreat").isFactual()).isTrue();
  }

  @Test
  void anEventNounThatOnlyDatesAWishIsNotWished() {
    List<EventMention> mentions =
        events("During his visit to Korsk, the duke needed money for the war.");

    assertThat(factualityOf(mentions, "visit").intended()).isFalse();
    assertThat(factualityOf(mentions, "war").intended()).isTrue();
  }

  @Test
  void aPurposeIsIntended() {
    List<EventMention> mentions = events(
        "The army marched north to attack the city. The envoy left in order to avoid the war.");

    assertThat(factualityOf(mentions, "attack").intended()).isTrue();
    assertThat(factualityOf(mentions, "avoid").intended()).isTrue();
    assertThat(only(mentions, "march").isFactual()).isTrue();
  }

  @Test
  void anInfinitiveThatNoVerbGovernsIsToCome() {
    Factuality cut = factualityOf(events("Korsk to cut its army by half\n"), "cut");

    assertThat(cut.intended()).isTrue();
  }

  @Test
  void theFirstToDoSomethingDidIt() {
    Factuality led = factualityOf(events("She was the first woman to lead the guild."), "lead");

    assertThat(led.intended()).isFalse();
  }

  @Test
  void habitsAndKindsAreGeneric() {
    List<EventMention> mentions = events(
        "Wars ruin nations. The king visited the abbey every year. The duke usually hunted in the forest. "
            + "He used to sail to Korsk.");

    assertThat(factualityOf(mentions, "ruin").generic()).isTrue();
    assertThat(factualityOf(mentions, "visit").generic()).isTrue();
    assertThat(factualityOf(mentions, "hunt").generic()).isTrue();
    assertThat(factualityOf(mentions, "sail").generic()).isTrue();
  }

  @Test
  void whateverHappensWheneverSomethingDoesIsAHabit() {
    List<EventMention> mentions =
        events("Whenever the river flooded, the farmers abandoned their fields.");

    assertThat(factualityOf(mentions, "flood").generic()).isTrue();
    assertThat(factualityOf(mentions, "abandon").generic()).isTrue();
  }

  @Test
  void aHeadlineInThePresentTellsOneEventNotAKind() {
    List<EventMention> mentions =
        events("Rebels seize the northern forts\nThe rebels seized the forts in May.");

    assertThat(mentions.stream().filter(m -> m.lemma().equals("seize")))
        .allMatch(m -> !m.factuality().generic());
  }

  @Test
  void aReportedEventStaysFactualWithItsReporter() {
    String text =
        "The envoy said that the army had retreated. According to the chronicle, the king fled.";
    List<EventMention> mentions = events(text);

    EventMention retreated = only(mentions, "retreat");
    assertThat(retreated.isFactual()).isTrue();
    assertThat(retreated.factuality().reportedBy().quote(text)).isEqualTo("The envoy");
    EventMention fled = only(mentions, "flee");
    assertThat(fled.isFactual()).isTrue();
    assertThat(fled.factuality().reportedBy().quote(text)).isEqualTo("the chronicle");
  }

  @Test
  void aDeniedOrDoubtfulReportDoesNotAssert() {
    List<EventMention> mentions = events(
        "The envoy did not say that the army had retreated. The spy may have claimed that the duke fled.");

    assertThat(only(mentions, "retreat").isFactual()).isFalse();
    assertThat(factualityOf(mentions, "retreat").polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(only(mentions, "flee").isFactual()).isFalse();
  }

  @Test
  void aBeliefIsProbableAndKeepsTheBeliever() {
    String text = "The duke believed that the army had retreated.";
    Factuality retreated = factualityOf(events(text), "retreat");

    assertThat(retreated.certainty()).isEqualTo(Certainty.PROBABLE);
    assertThat(retreated.reportedBy().quote(text)).isEqualTo("The duke");
  }

  @Test
  void hopesAndFearsAreNotFacts() {
    List<EventMention> mentions =
        events("The duke hoped that the army had won. The king feared that the fleet had sunk.");

    assertThat(factualityOf(mentions, "win").intended()).isTrue();
    assertThat(factualityOf(mentions, "sink").certainty()).isEqualTo(Certainty.POSSIBLE);
    assertThat(only(mentions, "win").isFactual()).isFalse();
    assertThat(only(mentions, "sink").isFactual()).isFalse();
  }

  @Test
  void aCoordinatedVerbSharesTheAuxiliariesItLacks() {
    List<EventMention> mentions = events("The army did not cross the river and take the city.");

    assertThat(polarityOf(mentions, "take")).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void aFiniteVerbAfterAnInfinitiveIsCoordinatedWithTheVerbAbove() {
    List<EventMention> mentions = events("The envoy failed to reach the city and returned home.");

    assertThat(only(mentions, "return").isFactual()).isTrue();
  }

  @Test
  void anEventNounTakesWhatItsVerbSaysOfIt() {
    List<EventMention> mentions =
        events("The duke planned an attack on the city. The treaty averted a war. "
            + "The army did not launch an invasion. No battle took place.");

    assertThat(factualityOf(mentions, "attack").intended()).isTrue();
    assertThat(factualityOf(events("The king ordered a retreat."), "retreat").intended())
        .isTrue();
    assertThat(polarityOf(mentions, "war")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "invasion")).isEqualTo(Polarity.NEGATIVE);
    assertThat(polarityOf(mentions, "battle")).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void theTenseIsTimeMlsTense() {
    List<EventMention> mentions =
        events("The army crossed the river. The garrison holds the fort. The duke will attack. "
            + "The king has abdicated. The envoy had left. The council could meet. "
            + "The guards began to march. The invasion failed.");

    assertThat(only(mentions, "cross").tense()).isEqualTo(Tense.PAST);
    assertThat(only(mentions, "hold").tense()).isEqualTo(Tense.PRESENT);
    assertThat(only(mentions, "attack").tense()).isEqualTo(Tense.FUTURE);
    assertThat(only(mentions, "abdicate").tense()).isEqualTo(Tense.PRESENT);
    assertThat(only(mentions, "leave").tense()).isEqualTo(Tense.PAST);
    assertThat(only(mentions, "meet").tense()).isEqualTo(Tense.NONE);
    assertThat(only(mentions, "march").tense()).isEqualTo(Tense.NONE);
    assertThat(only(mentions, "invasion").tense()).isEqualTo(Tense.NONE);
  }

  @Test
  void aMonthNamedMayIsNoModal() {
    List<EventMention> mentions =
        events("Treaty signed\nMay 24, 1921\nThe two kings signed the treaty.");

    assertThat(mentions.stream().filter(m -> m.lemma().equals("sign")))
        .isNotEmpty()
        .allMatch(m -> m.factuality().certainty() == Certainty.CERTAIN);
  }
}
