package org.annalist.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A source's profile as the timeline step stores it: its flags with the evidence for each, and
 * its reliability with the reasons that moved it. {@code annalist-export/1} writes these fields
 * into each of {@code documents[]}.
 *
 * @param flags lower-case hyphenated flags, e.g. {@code fiction}
 * @param flagReasons the evidence behind each flag
 * @param reliability 0..1
 * @param reasons what set or moved the reliability
 */
@JsonPropertyOrder({"flags", "flag_reasons", "reliability", "reasons"})
public record ExportedProfile(
    List<String> flags,
    @JsonProperty("flag_reasons") List<FlagReason> flagReasons,
    double reliability,
    List<String> reasons) {

  public ExportedProfile {
    flags = List.copyOf(flags);
    flagReasons = List.copyOf(flagReasons);
    reasons = List.copyOf(reasons);
  }

  /** A flag and the evidence behind it. */
  @JsonPropertyOrder({"flag", "reason"})
  public record FlagReason(String flag, String reason) {}
}
