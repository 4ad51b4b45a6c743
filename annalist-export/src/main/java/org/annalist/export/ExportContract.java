package org.annalist.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one reader and writer of {@code annalist-export/1} items: the typed records ({@link
 * ExportedEvent}, {@link ExportedStatement}, {@link ExportedConflict}, {@link ExportedProfile},
 * {@link ExportedDocument}, {@link ExportedEntity}) to JSON and back. The timeline step writes its items with it, the store
 * keeps them as that JSON, and the exports and the API read them back with it. Fields a reader
 * does not know are ignored (the contract lets fields be added); a missing list is an error, a
 * missing optional field is null.
 */
public final class ExportContract {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private ExportContract() {}

  /** An item as compact JSON, as the store keeps it. */
  public static String toJson(Object item) {
    try {
      return MAPPER.writeValueAsString(item);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an export record is always JSON: " + e.getMessage(), e);
    }
  }

  /** Writes an item to a JSON generator (the streaming exports). */
  static void write(JsonGenerator json, Object item) throws IOException {
    MAPPER.writeValue(json, item);
  }

  /** A stored event. */
  public static ExportedEvent event(String json) {
    return read(json, ExportedEvent.class);
  }

  /** A stored conflict. */
  public static ExportedConflict conflict(String json) {
    return read(json, ExportedConflict.class);
  }

  /** A stored statement. */
  public static ExportedStatement statement(String json) {
    return read(json, ExportedStatement.class);
  }

  /** A stored source profile. */
  public static ExportedProfile profile(String json) {
    return read(json, ExportedProfile.class);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "cannot read a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
