package org.annalist.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON writer every JSON-based export uses: UTF-8, indented, able to write trees, and leaving
 * the stream open for its owner.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

  private JsonOutput() {}

  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }
}
