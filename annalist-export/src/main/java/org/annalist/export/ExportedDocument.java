package org.annalist.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document of {@code annalist-export/1} ({@code documents[]}): what it is, its whole text, and
 * how far it can be trusted.
 *
 * @param id the SHA-256 of the file's bytes
 * @param path the path it was read from
 * @param title its title, or null
 * @param published its publication day, {@code YYYY-MM-DD}, or null
 * @param text the text exactly as extracted; every quote's offsets point into it
 * @param flags lower-case hyphenated flags
 * @param reliability 0..1
 * @param reasons what set or moved the reliability
 * @param mediaType the detected media type
 * @param site the site or publisher the text names, or null
 * @param flagCounts how many spans raised each of the clean stage's flags, in the store's order
 * @param flagReasons the evidence behind each flag
 * @param paths every path at which these bytes were found
 */
@JsonPropertyOrder({
  "id",
  "path",
  "title",
  "published",
  "text",
  "flags",
  "reliability",
  "reasons",
  "media_type",
  "site",
  "flag_counts",
  "flag_reasons",
  "paths"
})
public record ExportedDocument(
    String id,
    String path,
    @Nullable String title,
    @Nullable String published,
    String text,
    List<String> flags,
    double reliability,
    List<String> reasons,
    @JsonProperty("media_type") String mediaType,
    @Nullable String site,
    @JsonProperty("flag_counts") Map<String, Integer> flagCounts,
    @JsonProperty("flag_reasons") List<ExportedProfile.FlagReason> flagReasons,
    List<String> paths) {

  public ExportedDocument {
    flags = List.copyOf(flags);
    reasons = List.copyOf(reasons);
    flagCounts = Collections.unmodifiableMap(new LinkedHashMap<>(flagCounts));
    flagReasons = List.copyOf(flagReasons);
    paths = List.copyOf(paths);
  }
}
