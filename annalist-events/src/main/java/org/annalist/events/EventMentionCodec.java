package org.annalist.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * Writes an event mention as the value of its {@code event.mention} annotation (compact JSON,
 * readable in any SQLite tool) and reads it back.
 */
public final class EventMentionCodec {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
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
}
