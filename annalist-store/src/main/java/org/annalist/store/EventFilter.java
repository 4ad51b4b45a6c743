package org.annalist.store;

import static org.annalist.model.Checks.requireArgument;

import java.time.LocalDate;
import org.annalist.model.DocumentId;
import org.annalist.model.EventStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which timeline events to list; a null field does not filter.
 *
 * @param status only the events of this status
 * @param entity an entity id that takes part in the event or is its place
 * @param source a document that attests the event
 * @param from the event's latest day is on or after this day (undated events are left out)
 * @param to the event's earliest day is on or before this day (undated events are left out)
 */
public record EventFilter(
    @Nullable EventStatus status,
    @Nullable String entity,
    @Nullable DocumentId source,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  public static final EventFilter ALL = new EventFilter(null, null, null, null, null);

  public EventFilter {
    requireArgument(
        from == null || to == null || !from.isAfter(to), "from %s is after to %s", from, to);
  }

  /** Only the events this entity takes part in. */
  public static EventFilter withEntity(String entity) {
    return new EventFilter(null, entity, null, null, null);
  }
}
