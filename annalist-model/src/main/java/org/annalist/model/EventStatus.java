package org.annalist.model;

import java.util.Arrays;
import java.util.Optional;

/** How far the sources bear a timeline event out; stored, exported and asked for by its {@link #label()}. */
public enum EventStatus {
  /** Told by sources of two independent witness groups, none of them fiction. */
  CORROBORATED("corroborated"),
  /** Told by one witness only. */
  SINGLE_SOURCE("single-source"),
  /** Its sources contradict each other. */
  CONFLICTING("conflicting");

  private final String label;

  EventStatus(String label) {
    this.label = label;
  }

  /** The name used in the store, the exports and the API. */
  public String label() {
    return label;
  }

  /** The status with this label, or empty when no status has it. */
  public static Optional<EventStatus> ofLabel(String label) {
    return Arrays.stream(values()).filter(status -> status.label.equals(label)).findFirst();
  }
}
