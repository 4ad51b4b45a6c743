package org.annalist.export;

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
record SourceAssessment(
    List<String> flags, Map<String, String> flagReasons, double reliability, List<String> reasons) {
  static final double NEUTRAL_PRIOR = 0.5;

  /** The profile when the timeline made one, else the clean stage's flags at the neutral prior. */
  static SourceAssessment of(Optional<String> profile, DocumentFlags flags) {
    return profile
        .map(json -> fromProfile(ExportContract.profile(json)))
        .orElseGet(() -> of(flags));
  }

  static SourceAssessment of(DocumentFlags flags) {
    List<String> reasons = new ArrayList<>();
    reasons.add(
        "neutral prior 0.5: no corroboration or conflict has been weighed for this source yet");
    Map<String, String> flagReasons = new LinkedHashMap<>();
    flags.countsByName().forEach((flag, count) -> {
      String reason = flag + ": " + count + " span" + (count == 1 ? "" : "s");
      reasons.add(reason);
      flagReasons.put(flag, reason);
    });
    return new SourceAssessment(
        List.copyOf(flags.countsByName().keySet()), flagReasons, NEUTRAL_PRIOR, reasons);
  }

  /** A stored source profile's flags, their reasons, reliability and its reasons. */
  static SourceAssessment fromProfile(ExportedProfile profile) {
    Map<String, String> flagReasons = new LinkedHashMap<>();
    profile.flagReasons().forEach(reason -> flagReasons.put(reason.flag(), reason.reason()));
    return new SourceAssessment(
        profile.flags(), flagReasons, profile.reliability(), profile.reasons());
  }

  SourceAssessment {
    flags = List.copyOf(flags);
    flagReasons = Collections.unmodifiableMap(new LinkedHashMap<>(flagReasons));
    reasons = List.copyOf(reasons);
  }
}
