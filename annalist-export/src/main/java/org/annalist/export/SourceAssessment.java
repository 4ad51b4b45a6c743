package org.annalist.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.DocumentFlags;

/**
 * A document's flags and reliability as exported, with the reasons that moved it: the source
 * profile of the timeline step when the store has one, else (a store analyzed without the
 * timeline) the clean stage's flags at the neutral prior.
 */
record SourceAssessment(List<String> flags, Map<String, String> flagReasons, double reliability, List<String> reasons) {
  static final double NEUTRAL_PRIOR = 0.5;

  /** The profile when the timeline made one, else the clean stage's flags at the neutral prior. */
  static SourceAssessment of(Optional<String> profile, DocumentFlags flags) {
    return profile.map(json -> fromProfile(TimelineItems.parse(json))).orElseGet(() -> of(flags));
  }

  static SourceAssessment of(DocumentFlags flags) {
    List<String> reasons = new ArrayList<>();
    reasons.add("neutral prior 0.5: no corroboration or conflict has been weighed for this source yet");
    Map<String, String> flagReasons = new LinkedHashMap<>();
    flags.counts().forEach((flag, count) -> {
      String reason = flag + ": " + count + " span" + (count == 1 ? "" : "s");
      reasons.add(reason);
      flagReasons.put(flag, reason);
    });
    return new SourceAssessment(List.copyOf(flags.counts().keySet()), flagReasons, NEUTRAL_PRIOR, reasons);
  }

  /** Reads a stored source profile ({@code flags}, {@code flag_reasons}, {@code reliability}, {@code reasons}). */
  static SourceAssessment fromProfile(JsonNode profile) {
    List<String> flags = new ArrayList<>();
    profile.path("flags").forEach(flag -> flags.add(flag.asText()));
    Map<String, String> flagReasons = new LinkedHashMap<>();
    profile.path("flag_reasons").forEach(r -> flagReasons.put(r.path("flag").asText(), r.path("reason").asText()));
    List<String> reasons = new ArrayList<>();
    profile.path("reasons").forEach(reason -> reasons.add(reason.asText()));
    return new SourceAssessment(flags, flagReasons, profile.path("reliability").asDouble(NEUTRAL_PRIOR), reasons);
  }

  SourceAssessment {
    flags = List.copyOf(flags);
    flagReasons = Collections.unmodifiableMap(new LinkedHashMap<>(flagReasons));
    reasons = List.copyOf(reasons);
  }
}
