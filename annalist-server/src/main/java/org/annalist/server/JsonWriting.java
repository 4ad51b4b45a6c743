package org.annalist.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.annalist.store.ItemPage;

/** JSON the API writes itself: stored items passed through as they are (the typed records of annalist-export/1 wrote them), and streams. */
final class JsonWriting {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String MEDIA_TYPE = "application/json";

  private JsonWriting() {}

  /** A generator on the response body; the caller closes it. */
  static JsonGenerator generator(Context context) throws IOException {
    context.contentType(MEDIA_TYPE);
    return MAPPER.getFactory().createGenerator(context.outputStream(), JsonEncoding.UTF8);
  }

  /** {@code {"total", "offset", "limit", "items": [...]}} with the stored items written as they are. */
  static void page(Context context, ItemPage<String> page) throws IOException {
    try (JsonGenerator json = generator(context)) {
      json.writeStartObject();
      json.writeNumberField("total", page.total());
      json.writeNumberField("offset", page.offset());
      json.writeNumberField("limit", page.limit());
      json.writeArrayFieldStart("items");
      for (String item : page.items()) {
        json.writeRawValue(item);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
