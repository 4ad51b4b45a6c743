package org.annalist.pipeline;

import static org.annalist.model.Checks.requireArgument;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.annalist.model.Provenance;

/** What every stage of one analysis run shares: the run's id. */
public record RunContext(String runId) {
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  public RunContext {
    requireArgument(!runId.isBlank(), "run id must not be blank");
  }

  /** A new run, named by its start time and a random suffix. */
  public static RunContext start() {
    return new RunContext(
        RUN_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** The provenance of annotations that the given stage makes in this run. */
  public Provenance provenance(Stage stage) {
    return new Provenance(stage.name(), stage.version(), runId);
  }
}
