package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One TimeML 1.2.1 document as TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned) write it: the
 * text inside {@code <TEXT>} with every annotation placed on it, the creation time, and the
 * links. Read by {@link TimeMlReader}.
 *
 * <p>Construction checks that every span fits the text and covers exactly the annotated words.
 *
 * @param id the {@code DOCID}, else the file name without {@code .tml}
 * @param folder the folder the file lies in ({@code TimeBank}, {@code AQUAINT})
 * @param text the characters inside {@code <TEXT>}, tags removed and entities resolved, exactly
 *     as the file holds them (leading and trailing newlines included)
 * @param creationTime the {@code <DCT>}'s TIMEX3 (its span is null: it lies outside the text),
 *     or null when the file has none
 * @param events the {@code EVENT}s in text order, each with its {@code MAKEINSTANCE}s
 * @param timexes the {@code TIMEX3}s inside the text, in text order
 * @param signals the {@code SIGNAL}s ("after", "during"), in text order
 * @param links the {@code TLINK}s, {@code SLINK}s and {@code ALINK}s in file order
 */
public record TimeMlDocument(
    String id,
    String folder,
    String text,
    @Nullable Timex creationTime,
    List<Event> events,
    List<Timex> timexes,
    List<Signal> signals,
    List<Link> links) {

  public TimeMlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
    timexes = List.copyOf(timexes);
    signals = List.copyOf(signals);
    links = List.copyOf(links);
    for (Event event : events) {
      requireCovers(id, text, event.id(), event.span(), event.text());
    }
    for (Timex timex : timexes) {
      Span span = Objects.requireNonNull(
          timex.span(), () -> "timex " + timex.id() + " in the text needs a span");
      requireCovers(id, text, timex.id(), span, timex.text());
    }
    for (Signal signal : signals) {
      requireCovers(id, text, signal.id(), signal.span(), signal.text());
    }
  }

  private static void requireCovers(
      String document, String text, String annotation, Span span, String words) {
    requireArgument(
        span.fits(text.length()) && span.quote(text).equals(words),
        "document %s: %s %s does not cover its words '%s'",
        document,
        annotation,
        span,
        words);
  }

  /** The event instances by {@code eiid}, which links name. */
  public Map<String, Instance> instancesById() {
    return events.stream()
        .flatMap(event -> event.instances().stream())
        .collect(Collectors.toMap(Instance::id, Function.identity(), (a, b) -> a));
  }

  /** The event that an instance ({@code eiid}) instantiates, if any. */
  public Optional<Event> eventOf(String instanceId) {
    return events.stream()
        .filter(event -> event.instances().stream().anyMatch(i -> i.id().equals(instanceId)))
        .findFirst();
  }

  /** The time ({@code tid}) a link names: the creation time or a timex of the text. */
  public Optional<Timex> timex(String timeId) {
    if (creationTime != null && creationTime.id().equals(timeId)) {
      return Optional.of(creationTime);
    }
    return timexes.stream().filter(timex -> timex.id().equals(timeId)).findFirst();
  }

  /**
   * An {@code EVENT}.
   *
   * @param id the {@code eid}
   * @param span where its words are in the text
   * @param text its words
   * @param eventClass TimeML's class: {@code OCCURRENCE}, {@code REPORTING}, {@code STATE},
   *     {@code I_STATE}, {@code I_ACTION}, {@code ASPECTUAL}, {@code PERCEPTION}
   * @param instances its {@code MAKEINSTANCE}s, in file order (most events have one; some none)
   */
  public record Event(
      String id, Span span, String text, String eventClass, List<Instance> instances) {
    public Event {
      instances = List.copyOf(instances);
    }

    /** The first instance, which carries the event's tense, polarity and modality. */
    public Optional<Instance> firstInstance() {
      return instances.stream().findFirst();
    }
  }

  /**
   * A {@code MAKEINSTANCE}: one instance of an event and its grammatical attributes, as written
   * (upper or lower case as the file has it).
   *
   * @param id the {@code eiid}
   * @param eventId the {@code eventID}
   * @param tense {@code PAST}, {@code PRESENT}, {@code FUTURE}, {@code INFINITIVE}, {@code
   *     PRESPART}, {@code PASTPART} or {@code NONE}
   * @param aspect {@code PROGRESSIVE}, {@code PERFECTIVE}, {@code PERFECTIVE_PROGRESSIVE} or {@code NONE}
   * @param polarity {@code POS} or {@code NEG}
   * @param modality the modal word ("would", "COULD"), or null when absent
   * @param pos the part of speech ({@code VERB}, {@code NOUN}, {@code ADJECTIVE}, ...), or null
   */
  public record Instance(
      String id,
      String eventId,
      String tense,
      String aspect,
      String polarity,
      @Nullable String modality,
      @Nullable String pos) {}

  /**
   * A {@code TIMEX3}.
   *
   * @param id the {@code tid}
   * @param span where its words are in the text; null for the creation time, which lies outside it
   * @param text its words
   * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
   * @param value the normalized value, or null
   * @param functionInDocument {@code CREATION_TIME} for the DCT, else usually {@code NONE}, or null
   * @param anchorTimeId the {@code anchorTimeID}, or null
   */
  public record Timex(
      String id,
      @Nullable Span span,
      String text,
      String type,
      @Nullable String value,
      @Nullable String functionInDocument,
      @Nullable String anchorTimeId) {}

  /** A {@code SIGNAL} ("after", "during") with its {@code sid}. */
  public record Signal(String id, Span span, String text) {}

  /** What a link end names: an event instance ({@code eiid}) or a time ({@code tid}). */
  public enum EndKind {
    EVENT_INSTANCE,
    TIME
  }

  /**
   * A link between event instances and times.
   *
   * @param tag {@code TLINK}, {@code SLINK} or {@code ALINK}
   * @param id the {@code lid}
   * @param relType the relation ({@code BEFORE}, {@code IS_INCLUDED}, {@code MODAL}, ...)
   * @param from the id of the first end ({@code eventInstanceID} or {@code timeID})
   * @param fromKind what the first end names
   * @param to the id of the second end ({@code relatedToEventInstance}, {@code relatedToTime} or
   *     {@code subordinatedEventInstance})
   * @param toKind what the second end names
   * @param signalId the {@code signalID}, or null
   */
  public record Link(
      String tag,
      String id,
      String relType,
      String from,
      EndKind fromKind,
      String to,
      EndKind toKind,
      @Nullable String signalId) {}
}
