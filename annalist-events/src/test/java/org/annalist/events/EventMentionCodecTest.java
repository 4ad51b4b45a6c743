package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.Ordinal;
import org.annalist.events.EventMention.Participant;
import org.annalist.events.EventMention.Role;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored form of an event mention: what the events stage writes and every later step reads. */
class EventMentionCodecTest {
  private static final String VALUE_WITH_BAD_DAY =
      "{\"trigger\":{\"start\":7,\"end\":18,\"empty\":false},\"lemma\":\"telegraph\",\"group\":\"send\",\"kind\":\"EVENT\",\"sentence\":{\"start\":0,\"end\":100,\"empty\":false},\"title\":\"telegraph\",\"type\":\"OTHER\",\"factuality\":{\"polarity\":\"POSITIVE\",\"certainty\":\"CERTAIN\",\"hypothetical\":false,\"intended\":false,\"generic\":false},\"tense\":\"NONE\",\"outcome\":\"NONE\",\"participants\":[{\"role\":\"AGENT\",\"mention\":{\"start\":0,\"end\":6,\"empty\":false},\"evidence\":{\"start\":0,\"end\":6,\"empty\":false}}],\"time\":{\"span\":{\"start\":0,\"end\":100,\"empty\":false},\"text\":\"\",\"value\":\"2024-02-08\",\"earliest\":\"2024-02-31\",\"latest\":\"2024-02-08\",\"sentencesBack\":1,\"basis\":\"STORY\",\"confidence\":0.5},\"quantities\":[],\"series\":{\"count\":6,\"series\":\"time\",\"evidence\":{\"start\":19,\"end\":28,\"empty\":false}},\"redacted\":[]}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"trigger\":{\"start\":7,\"end\":18,\"empty\":false},\"lemma\":\"telegraph\",\"group\":\"send\",\"kind\":\"EVENT\",\"sentence\":{\"start\":0,\"end\":100,\"empty\":false},\"title\":\"telegraph\",\"type\":\"OTHER\",\"factuality\":{\"polarity\":\"POSITIVE\",\"certainty\":\"CERTAIN\",\"hypothetical\":false,\"intended\":false,\"generic\":false},\"tense\":\"NONE\",\"outcome\":\"NONE\",\"participants\":[{\"role\":\"AGENT\",\"mention\":{\"start\":0,\"end\":6,\"empty\":false},\"evidence\":{\"start\":0,\"end\":6,\"empty\":false}}],\"time\":{\"span\":{\"start\":0,\"end\":100,\"empty\":false},\"text\":\"\",\"value\":\"2024-02-08\",\"earliest\":\"2024-02-08\",\"latest\":\"2024-02-08\",\"sentencesBack\":1,\"basis\":\"STORY\",\"confidence\":0.5},\"quantities\":[],\"series\":{\"count\":6,\"series\":\"time\",\"evidence\":{\"start\":19,\"end\":28,\"empty\":false}},\"redacted\":[]}",
        "{\"trigger\":{\"start\":2297,\"end\":2306,\"empty\":false},\"lemma\":\"request\",\"group\":\"request\",\"kind\":\"EVENT\",\"sentence\":{\"start\":2270,\"end\":2323,\"empty\":false},\"title\":\"request\",\"type\":\"OTHER\",\"factuality\":{\"polarity\":\"POSITIVE\",\"certainty\":\"CERTAIN\",\"hypothetical\":false,\"intended\":false,\"generic\":false},\"tense\":\"NONE\",\"outcome\":\"NONE\",\"theme\":\"support\",\"participants\":[{\"role\":\"AGENT\",\"mention\":{\"start\":2284,\"end\":2290,\"empty\":false},\"evidence\":{\"start\":2284,\"end\":2290,\"empty\":false}},{\"role\":\"PATIENT\",\"mention\":{\"start\":2307,\"end\":2314,\"empty\":false},\"evidence\":{\"start\":2307,\"end\":2314,\"empty\":false}}],\"time\":{\"span\":{\"start\":2273,\"end\":2282,\"empty\":false},\"text\":\"July 1941\",\"value\":\"1941-07\",\"earliest\":\"1941-07-01\",\"latest\":\"1941-07-31\",\"sentencesBack\":0,\"basis\":\"STATED\",\"confidence\":0.9},\"quantities\":[],\"ordinal\":{\"value\":1,\"series\":\"request\",\"evidence\":{\"start\":2291,\"end\":2306,\"empty\":false},\"inferred\":false},\"redacted\":[]}",
        "{\"trigger\":{\"start\":6790,\"end\":6798,\"empty\":false},\"lemma\":\"reject\",\"group\":\"refuse\",\"kind\":\"EVENT\",\"sentence\":{\"start\":6776,\"end\":6902,\"empty\":false},\"title\":\"reject\",\"type\":\"OTHER\",\"factuality\":{\"polarity\":\"POSITIVE\",\"certainty\":\"CERTAIN\",\"hypothetical\":false,\"intended\":false,\"generic\":false},\"tense\":\"NONE\",\"outcome\":\"REFUSED\",\"theme\":\"request\",\"participants\":[{\"role\":\"PATIENT\",\"mention\":{\"start\":6799,\"end\":6805,\"empty\":false},\"evidence\":{\"start\":6799,\"end\":6805,\"empty\":false}},{\"role\":\"RECIPIENT\",\"mention\":{\"start\":6799,\"end\":6805,\"empty\":false},\"evidence\":{\"start\":6799,\"end\":6805,\"empty\":false}}],\"time\":{\"span\":{\"start\":6776,\"end\":6902,\"empty\":false},\"text\":\"1942\",\"value\":\"1942\",\"earliest\":\"1942-01-01\",\"latest\":\"1942-12-31\",\"sentencesBack\":5,\"basis\":\"STORY\",\"confidence\":0.5},\"quantities\":[],\"redacted\":[{\"role\":\"AGENT\",\"mark\":{\"start\":6787,\"end\":6789,\"empty\":false}}]}",
        "{\"trigger\":{\"start\":7174,\"end\":7182,\"empty\":false},\"lemma\":\"transfer\",\"group\":\"transfer\",\"kind\":\"EVENT\",\"sentence\":{\"start\":7126,\"end\":7345,\"empty\":false},\"title\":\"transfer\",\"type\":\"OTHER\",\"factuality\":{\"polarity\":\"POSITIVE\",\"certainty\":\"CERTAIN\",\"hypothetical\":false,\"intended\":true,\"generic\":false},\"tense\":\"NONE\",\"outcome\":\"NONE\",\"theme\":\"division\",\"participants\":[{\"role\":\"PATIENT\",\"mention\":{\"start\":7211,\"end\":7228,\"empty\":false},\"evidence\":{\"start\":7211,\"end\":7228,\"empty\":false}},{\"role\":\"RECIPIENT\",\"mention\":{\"start\":7251,\"end\":7265,\"empty\":false},\"evidence\":{\"start\":7251,\"end\":7265,\"empty\":false}},{\"role\":\"AGENT\",\"mention\":{\"start\":7126,\"end\":7132,\"empty\":false},\"evidence\":{\"start\":7126,\"end\":7132,\"empty\":false}}],\"time\":{\"span\":{\"start\":7126,\"end\":7345,\"empty\":false},\"text\":\"1942\",\"value\":\"1942\",\"earliest\":\"1942-01-01\",\"latest\":\"1942-12-31\",\"sentencesBack\":10,\"basis\":\"STORY\",\"confidence\":0.5},\"quantities\":[{\"span\":{\"start\":7183,\"end\":7228,\"empty\":false},\"value\":3.0,\"unit\":\"division\",\"qualifiers\":[\"army\",\"route\"]}],\"redacted\":[]}",
        "{\"trigger\":{\"start\":35,\"end\":42,\"empty\":false},\"lemma\":\"lower\",\"group\":\"lower\",\"kind\":\"EVENT\",\"sentence\":{\"start\":0,\"end\":124,\"empty\":false},\"title\":\"lower\",\"type\":\"OTHER\",\"factuality\":{\"polarity\":\"POSITIVE\",\"certainty\":\"CERTAIN\",\"hypothetical\":false,\"intended\":false,\"generic\":false},\"tense\":\"NONE\",\"outcome\":\"NONE\",\"theme\":\"posture\",\"participants\":[{\"role\":\"AGENT\",\"mention\":{\"start\":24,\"end\":27,\"empty\":false},\"evidence\":{\"start\":24,\"end\":27,\"empty\":false}},{\"role\":\"OTHER\",\"mention\":{\"start\":24,\"end\":27,\"empty\":false},\"evidence\":{\"start\":43,\"end\":46,\"empty\":false}}],\"quantities\":[],\"redacted\":[]}"
      })
  void aStoredMentionIsReadAndWrittenBackByteForByte(String stored) {
    assertThat(EventMentionCodec.encode(EventMentionCodec.decode(stored))).isEqualTo(stored);
  }

  @Test
  void aBuiltMentionIsStoredWithItsDaysAsTwoIsoDates() {
    Span sentence = Span.of(2270, 2323);
    EventMention mention = EventMention.builder(Span.of(2297, 2306), sentence)
        .lemma("request")
        .group("request")
        .theme("support")
        .participants(List.of(
            new Participant(Role.AGENT, Span.of(2284, 2290), Span.of(2284, 2290)),
            new Participant(Role.PATIENT, Span.of(2307, 2314), Span.of(2307, 2314))))
        .time(EventTime.stated(
            Span.of(2273, 2282),
            "July 1941",
            "1941-07",
            DayInterval.of(LocalDate.of(1941, 7, 1), LocalDate.of(1941, 7, 31))))
        .ordinal(new Ordinal(1, "request", Span.of(2291, 2306), false))
        .build();

    assertThat(EventMentionCodec.encode(mention))
        .isEqualTo(
            "{\"trigger\":{\"start\":2297,\"end\":2306,\"empty\":false},\"lemma\":\"request\",\"group\":\"request\",\"kind\":\"EVENT\",\"sentence\":{\"start\":2270,\"end\":2323,\"empty\":false},\"title\":\"request\",\"type\":\"OTHER\",\"factuality\":{\"polarity\":\"POSITIVE\",\"certainty\":\"CERTAIN\",\"hypothetical\":false,\"intended\":false,\"generic\":false},\"tense\":\"NONE\",\"outcome\":\"NONE\",\"theme\":\"support\",\"participants\":[{\"role\":\"AGENT\",\"mention\":{\"start\":2284,\"end\":2290,\"empty\":false},\"evidence\":{\"start\":2284,\"end\":2290,\"empty\":false}},{\"role\":\"PATIENT\",\"mention\":{\"start\":2307,\"end\":2314,\"empty\":false},\"evidence\":{\"start\":2307,\"end\":2314,\"empty\":false}}],\"time\":{\"span\":{\"start\":2273,\"end\":2282,\"empty\":false},\"text\":\"July 1941\",\"value\":\"1941-07\",\"earliest\":\"1941-07-01\",\"latest\":\"1941-07-31\",\"sentencesBack\":0,\"basis\":\"STATED\",\"confidence\":0.9},\"quantities\":[],\"ordinal\":{\"value\":1,\"series\":\"request\",\"evidence\":{\"start\":2291,\"end\":2306,\"empty\":false},\"inferred\":false},\"redacted\":[]}");
  }

  @Test
  void aMentionWithoutLemmaIsNotBuilt() {
    assertThatThrownBy(() ->
            EventMention.builder(Span.of(0, 4), Span.of(0, 10)).group("send").build())
        .hasMessageContaining("needs a lemma");
  }

  @Test
  void daysThatAreNotDatesAreNoMention() {
    assertThatThrownBy(() -> EventMentionCodec.decode(VALUE_WITH_BAD_DAY))
        .hasMessageStartingWith("not an event mention");
  }
}
