package org.annalist.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.EventMention.TimeBasis;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;

/**
 * Writes an event mention as the value of its {@code event.mention} annotation (compact JSON,
 * readable in any SQLite tool) and reads it back. An event time's days are stored as two ISO
 * dates, {@code earliest} and {@code latest}, between its value and {@code sentencesBack}, and its
 * basis and confidence after them.
 */
public final class EventMentionCodec {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .addModule(new SimpleModule("event-time")
          .addSerializer(EventTime.class, new EventTimeWriter())
          .addDeserializer(EventTime.class, new EventTimeReader()))
      .build();

  private EventMentionCodec() {}

  public static String encode(EventMention mention) {
    try {
      return JSON.writeValueAsString(mention);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write an event mention", e);
    }
  }

  /** Reads a value written by {@link #encode}; fails with the value in the message when it is not one. */
  public static EventMention decode(String value) {
    try {
      return JSON.readValue(value, EventMention.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an event mention: " + value, e);
    }
  }

  /** An event time with its days as two ISO dates. */
  private static final class EventTimeWriter extends StdSerializer<EventTime> {
    EventTimeWriter() {
      super(EventTime.class);
    }

    @Override
    public void serialize(EventTime time, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      json.writeStartObject();
      provider.defaultSerializeField("span", time.span(), json);
      json.writeStringField("text", time.text());
      json.writeStringField("value", time.value());
      json.writeStringField("earliest", time.days().earliest().toString());
      json.writeStringField("latest", time.days().latest().toString());
      json.writeNumberField("sentencesBack", time.sentencesBack());
      json.writeStringField("basis", time.basis().name());
      json.writeNumberField("confidence", time.confidence());
      json.writeEndObject();
    }
  }

  /** Reads what {@link EventTimeWriter} writes. */
  private static final class EventTimeReader extends StdDeserializer<EventTime> {
    EventTimeReader() {
      super(EventTime.class);
    }

    @Override
    public EventTime deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonNode time = parser.readValueAsTree();
      return new EventTime(
          context.readTreeAsValue(time.required("span"), Span.class),
          time.required("text").asText(),
          time.required("value").asText(),
          DayInterval.of(
              LocalDate.parse(time.required("earliest").asText()),
              LocalDate.parse(time.required("latest").asText())),
          time.required("sentencesBack").asInt(),
          TimeBasis.valueOf(time.required("basis").asText()),
          time.required("confidence").asDouble());
    }
  }
}
