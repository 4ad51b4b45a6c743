package org.annalist.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The JSON Schema of {@code annalist-export/1}, {@code docs/annalist-export-1.schema.json} in the
 * repository, for the tests of every module that makes an export: found by walking up from the
 * working directory (a module's folder under {@code ./mvnw}) to the repository's {@code docs/}.
 */
public final class ExportSchema {
  static final String FILE = "annalist-export-1.schema.json";
  private static final JsonSchema SCHEMA = load();

  private ExportSchema() {}

  /** What the schema finds wrong with an export; empty when it keeps to the contract. */
  public static Set<ValidationMessage> problems(JsonNode export) {
    return SCHEMA.validate(export);
  }

  /** The schema's file in the repository's {@code docs/}. */
  static Path file() {
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve("docs").resolve(FILE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "docs/" + FILE + " is not in " + Path.of("").toAbsolutePath() + " or above it");
  }

  private static JsonSchema load() {
    try (InputStream schema = Files.newInputStream(file())) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read docs/" + FILE + ": " + e.getMessage(), e);
    }
  }
}
