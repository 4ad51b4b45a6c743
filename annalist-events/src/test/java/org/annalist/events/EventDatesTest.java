package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annalist.annotate.AnnotateStage;
import org.annalist.clean.CleanStage;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.TimeBasis;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.time.DayInterval;
import org.annalist.time.TimeStage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** When an event happened and what that rests on ({@link EventDates}), one rule a test. */
class EventDatesTest {
  private static final Pipeline PIPELINE =
      Pipeline.of(new CleanStage(), new TimeStage(), new AnnotateStage(), new EventStage());

  @Test
  void aYearStatedElsewhereInTheSentenceConstrainsTheEvent() {
    String text = "In January 1941 the war began. In the battle of Korsk in 1943, the Zarnian army"
        + " won a great victory.";
    EventTime won = time(events(text, null), "win");

    assertThat(won.basis()).isEqualTo(TimeBasis.STATED);
    assertThat(won.text()).isEqualTo("1943");
    assertThat(won.days()).isEqualTo(year(1943));
    assertThat(won.confidence()).isEqualTo(EventDates.SENTENCE_CONFIDENCE);
  }

  @Test
  void anEventNounTakesADateOfTheClauseItIsTheSubjectOf() {
    String text = "In June 1941 the Zarnians crossed the river, and the war broke out.";
    EventTime war = time(events(text, null), "war");

    assertThat(war.basis()).isEqualTo(TimeBasis.STATED);
    assertThat(war.text()).isEqualTo("June 1941");
  }

  @Test
  void aYearInsideANameNeitherDatesTheEventNorMovesTheStory() {
    String text = "On 16 December 1849 Vaslov arrived in Korsk. Vaslov praised the 1845 Accord."
        + " Brenn agreed.";
    List<EventMention> mentions = events(text, null);

    EventTime praised = time(mentions, "praise");
    assertThat(praised.basis()).isEqualTo(TimeBasis.STORY);
    assertThat(praised.days().earliest()).isEqualTo(LocalDate.of(1849, 12, 16));
    EventTime agreed = time(mentions, "agree");
    assertThat(agreed.text()).isEqualTo("16 December 1849");
  }

  @Test
  void aDateOfAnotherEventInTheSentenceDoesNotDateTheEvent() {
    String text =
        "On 16 December 1849 Vaslov arrived in Korsk. The treaty signed in 1845 was discussed.";
    EventTime discussed = time(events(text, null), "discuss");

    assertThat(discussed.basis()).isEqualTo(TimeBasis.STORY);
    assertThat(discussed.text()).isEqualTo("16 December 1849");
  }

  @Test
  void aStoryDateAndTheNextDateToldBoundTheWindow() {
    String text = "On 6 December 1849 Vaslov left Korsk. Vaslov crossed the river."
        + " On 16 December he reached Tarn.";
    EventTime crossed = time(events(text, null), "cross");

    assertThat(crossed.basis()).isEqualTo(TimeBasis.STORY);
    assertThat(crossed.days())
        .isEqualTo(DayInterval.of(LocalDate.of(1849, 12, 6), LocalDate.of(1849, 12, 16)));
    assertThat(crossed.text()).isEqualTo("6 December 1849 … 16 December");
    assertThat(crossed.value()).isEqualTo("1849-12-06/1849-12-16");
    assertThat(crossed.sentencesBack()).isEqualTo(1);
    assertThat(crossed.confidence()).isGreaterThan(StoryWindows.confidence(1, false));
  }

  @Test
  void aStoryThatGoesBackLeavesTheWindowOpenAndADayRunsOnAMonth() {
    String text = "On 6 December 1849 Vaslov left Korsk. Vaslov crossed the river."
        + " In 1840 Vaslov had been a clerk.";
    EventTime crossed = time(events(text, null), "cross");

    assertThat(crossed.days())
        .isEqualTo(DayInterval.of(LocalDate.of(1849, 12, 6), LocalDate.of(1850, 1, 6)));
    assertThat(crossed.text()).isEqualTo("6 December 1849");
    assertThat(crossed.confidence()).isEqualTo(StoryWindows.confidence(1, false));
  }

  @Test
  void aHistorysEventsNeverTakeItsPublicationDate() {
    String text = "Vaslov telegraphed six times, and Brenn answered each time. Few readers know"
        + " this. In June 1941 the war began. In July 1941 Vaslov wrote again. In 1942 he wrote"
        + " once more. In 1943 the war turned.";
    List<EventMention> mentions = events(text, LocalDate.of(2024, 2, 8));

    assertThat(mentions.stream().filter(m -> m.lemma().equals("telegraph")).findFirst())
        .hasValueSatisfying(m -> assertThat(m.time()).isNull());
    assertThat(mentions.stream().filter(m -> m.lemma().equals("know")).findFirst())
        .hasValueSatisfying(m -> assertThat(m.time()).isNull());
  }

  @Test
  void newsTellingThePresentOrRecentPastTakesThePublicationDate() {
    LocalDate published = LocalDate.of(2009, 3, 2);
    String text = "The company says it has cut 500 jobs. The board met and approved the plan."
        + " The union will protest.";
    List<EventMention> mentions = events(text, published);

    EventTime says = time(mentions, "say");
    assertThat(says.basis()).isEqualTo(TimeBasis.PUBLICATION);
    assertThat(says.days()).isEqualTo(DayInterval.day(published));
    assertThat(says.text()).isEmpty();
    assertThat(says.confidence()).isEqualTo(Recency.PRESENT.confidence());
    EventTime met = time(mentions, "meet");
    assertThat(met.basis()).isEqualTo(TimeBasis.PUBLICATION);
    assertThat(met.days()).isEqualTo(DayInterval.of(LocalDate.of(2009, 2, 27), published));
    assertThat(met.confidence()).isEqualTo(Recency.NEWS_PAST.confidence());
    assertThat(time(mentions, "cut").days()).isEqualTo(met.days());
    assertThat(mentions.stream().filter(m -> m.lemma().equals("protest")).findFirst())
        .hasValueSatisfying(m -> assertThat(m.time()).isNull());
  }

  @Test
  void aDateSaidInAQuotePassesNoDateToTheNarration() {
    String text =
        "In June 1871 the council sat. Tarn said, \"By 1890 we will all be gone.\" Tarn left.";
    EventTime left = time(events(text, null), "leave");

    assertThat(left.basis()).isEqualTo(TimeBasis.STORY);
    assertThat(left.text()).isEqualTo("June 1871");
  }

  @Test
  void anEventInsideAQuoteTakesNoStoryDateFromOutside() {
    String text = "In June 1871 the council sat. Tarn said, \"We fought hard and we won.\"";
    List<EventMention> mentions = events(text, null);

    assertThat(mentions.stream().filter(m -> m.lemma().equals("fight")).findFirst())
        .hasValueSatisfying(m -> assertThat(m.time()).isNull());
    assertThat(time(mentions, "say").text()).isEqualTo("June 1871");
  }

  @Test
  void anEventInsideAQuoteTakesTheDateTheQuoteToldBefore() {
    String text = "In June 1871 the council sat. Tarn said, \"In 1850 my father built the hall."
        + " He worked there for years.\"";
    EventTime worked = time(events(text, null), "work");

    assertThat(worked.basis()).isEqualTo(TimeBasis.STORY);
    assertThat(worked.text()).isEqualTo("1850");
    assertThat(worked.days()).isEqualTo(year(1850));
  }

  private static DayInterval year(int year) {
    return DayInterval.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static EventTime time(List<EventMention> mentions, String lemma) {
    EventMention mention = EventStageTest.only(mentions, lemma);
    assertThat(mention.time()).as("the time of %s", lemma).isNotNull();
    return mention.time();
  }

  private static List<EventMention> events(String text, @Nullable LocalDate published) {
    Document document = new Document(
        DocumentId.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
        "test.txt",
        "text/plain",
        text,
        new DocumentMetadata(null, null, published, null));
    AnnotatedDocument analysed = PIPELINE.run(document, new RunContext("test"));
    return analysed.expectLayer(EventStage.MENTIONS).annotations().stream()
        .map(a -> EventMentionCodec.decode(a.value()))
        .toList();
  }
}
