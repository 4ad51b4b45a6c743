package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One Event StoryLine Corpus document made ready for scoring, with the counts of what was left
 * out. What is scored, and why:
 *
 * <ul>
 *   <li>The gold expressions are the {@code TIME_DATE}, {@code TIME_OF_THE_DAY}, {@code
 *       TIME_DURATION} and {@code TIME_REPETITION} markables with token anchors, typed {@code
 *       DATE}, {@code TIME}, {@code DURATION} and {@code SET} for the scorer. Instance-level
 *       markables (a {@code TAG_DESCRIPTOR}, no tokens) cannot be matched by span and are not
 *       scored. An anchored markable with an empty value stays scored, as value-less gold does in
 *       WikiWars and MEANTIME: its value counts as correct only if the system gives none. A few
 *       values are written with a one-digit month or day ({@code 2009-12-7}); they are read
 *       zero-padded, as TIMEX3 spells them.
 *   <li>The DCT is the time markable with {@code DCT="TRUE"}: the one anchored in the text (the
 *       dateline) when there is one, else the instance-level one. An anchored DCT is not scored,
 *       and system output on its tokens is ignored, as TempEval-3 keeps the DCT out of the scored
 *       text. Its date is the first year-month-day in its value, which ESC writes with one-digit
 *       days, colons ({@code 2009:02:03T17:59:13Z}) or a prefix ({@code t_2013-09-09}); but when
 *       the dateline writes a whole date, that day is taken (see {@link DatelineDate}): ESC's
 *       values convert the dateline's clock to UTC, which moves evening datelines to the next
 *       day, while relative expressions were resolved against the day as written. A
 *       document whose DCT names no day (no DCT markable, {@code 2006}, {@code PRESENT_REF})
 *       gives news expressions nothing to be anchored on and is not scored.
 *   <li>ESC annotated events, participants and times in some sentences only. A sentence in which
 *       no markable of any kind is anchored is taken as not annotated, and system output there
 *       is ignored; the tokenized source URL in sentence 0 is one. The system still reads the
 *       whole text.
 * </ul>
 *
 * @param id the document name without {@code .xml}, e.g. {@code 1_10ecbplus}
 * @param gold the text, DCT and scored gold expressions, or empty when the DCT names no day
 * @param creationTime where the DCT was found
 * @param writtenDay whether the DCT's day is the dateline's as written, not the day of its value
 * @param timeMarkables every time markable in the file, the DCT and instance-level ones included
 * @param instances time markables without token anchors, not scored
 * @param padded gold values read zero-padded
 * @param sentences the sentences of the text
 * @param annotatedSentences the sentences in which some markable is anchored, which are scored
 */
public record EventStoryLineDocument(
    String id,
    Optional<GoldDocument> gold,
    CreationTime creationTime,
    boolean writtenDay,
    int timeMarkables,
    int instances,
    int padded,
    int sentences,
    int annotatedSentences) {

  /** Where a document's DCT was found. */
  public enum CreationTime {
    /** A markable anchored on the dateline. */
    IN_TEXT,
    /** An instance-level markable, without tokens. */
    INSTANCE,
    /** Nowhere, or in a markable whose value names no day: the document is not scored. */
    NONE
  }

  /** The TIMEX3 type of each ESC time markable tag. */
  static final Map<String, String> TYPES = Map.of(
      "TIME_DATE",
      "DATE",
      "TIME_OF_THE_DAY",
      "TIME",
      "TIME_DURATION",
      "DURATION",
      "TIME_REPETITION",
      "SET");

  private static final Pattern DAY = Pattern.compile("(\\d{4})[-:](\\d{1,2})[-:](\\d{1,2})");

  public EventStoryLineDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(creationTime, "creationTime");
  }

  static EventStoryLineDocument of(CatDocument cat) {
    String id = cat.id().endsWith(".xml")
        ? cat.id().substring(0, cat.id().length() - ".xml".length())
        : cat.id();
    TokenText text = TokenText.join(cat.tokens());
    List<CatDocument.Markable> times =
        cat.markables().stream().filter(m -> TYPES.containsKey(m.tag())).toList();
    Optional<CatDocument.Markable> creation = creationTime(times, id);
    Optional<CatDocument.Markable> dateline = creation.filter(m -> !m.tokenIds().isEmpty());
    List<GoldTimex> timexes = new ArrayList<>();
    int padded = 0;
    for (CatDocument.Markable time : times) {
      if (!time.tokenIds().isEmpty()
          && !dateline.map(CatDocument.Markable::id).equals(Optional.of(time.id()))) {
        Span span = text.cover(time.tokenIds());
        @Nullable String value = value(time);
        padded += Objects.equals(value, time.attribute("value")) ? 0 : 1;
        timexes.add(new GoldTimex(
            id + "/m" + time.id(),
            span,
            span.quote(text.text()),
            value,
            null,
            TYPES.get(time.tag())));
      }
    }
    timexes.sort(Comparator.comparing(GoldTimex::span));
    Set<Integer> annotated = new HashSet<>(text.sentencesOf(
        cat.markables().stream().flatMap(m -> m.tokenIds().stream()).toList()));
    List<Span> unscored = new ArrayList<>();
    dateline.ifPresent(m -> unscored.add(text.cover(m.tokenIds())));
    text.sentenceSpans().forEach((sentence, span) -> {
      if (!annotated.contains(sentence)) {
        unscored.add(span);
      }
    });
    Optional<LocalDate> valueDate = creation.flatMap(EventStoryLineDocument::date);
    Optional<LocalDate> date = valueDate.map(day -> dateline
        .flatMap(m -> DatelineDate.written(text.cover(m.tokenIds()).quote(text.text()), day))
        .orElse(day));
    CreationTime found = date.isEmpty()
        ? CreationTime.NONE
        : dateline.isPresent() ? CreationTime.IN_TEXT : CreationTime.INSTANCE;
    int instances = (int) times.stream().filter(m -> m.tokenIds().isEmpty()).count();
    return new EventStoryLineDocument(
        id,
        date.map(day -> new GoldDocument(id, text.text(), day, timexes, unscored)),
        found,
        !date.equals(valueDate),
        times.size(),
        instances,
        padded,
        text.sentenceSpans().size(),
        annotated.size());
  }

  /** The DCT markable: the one anchored in the text, else the instance-level one, if any. */
  private static Optional<CatDocument.Markable> creationTime(
      List<CatDocument.Markable> times, String id) {
    List<CatDocument.Markable> marked =
        times.stream().filter(m -> "TRUE".equals(m.attribute("DCT"))).toList();
    List<CatDocument.Markable> anchored =
        marked.stream().filter(m -> !m.tokenIds().isEmpty()).toList();
    List<CatDocument.Markable> candidates = anchored.isEmpty() ? marked : anchored;
    requireArgument(
        candidates.size() <= 1,
        "document %s has %s %s DCT markables, not one",
        id,
        candidates.size(),
        anchored.isEmpty() ? "instance-level" : "anchored");
    return candidates.stream().findFirst();
  }

  /** The first year-month-day in the DCT's value, if it has one. */
  static Optional<LocalDate> date(CatDocument.Markable creation) {
    String value = Objects.requireNonNullElse(creation.attribute("value"), "");
    Matcher day = DAY.matcher(value);
    if (!day.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(day.group(1)),
          Integer.parseInt(day.group(2)),
          Integer.parseInt(day.group(3))));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "DCT markable m_id=" + creation.id() + " has no valid date: value=" + value, e);
    }
  }

  /** The markable's value with a one-digit month or day zero-padded, or null when it has none. */
  static @Nullable String value(CatDocument.Markable time) {
    @Nullable String value = time.attribute("value");
    return value == null
        ? null
        : value
            .replaceFirst("^(\\d{4})-(\\d)(?=\\D|$)", "$1-0$2")
            .replaceFirst("^(\\d{4}-\\d{2})-(\\d)(?=\\D|$)", "$1-0$2");
  }

  static List<String> notes(List<EventStoryLineDocument> documents) {
    List<EventStoryLineDocument> scored =
        documents.stream().filter(d -> d.gold().isPresent()).toList();
    List<GoldTimex> gold =
        scored.stream().flatMap(d -> d.gold().orElseThrow().timexes().stream()).toList();
    int sentences = scored.stream().mapToInt(EventStoryLineDocument::sentences).sum();
    int annotated =
        scored.stream().mapToInt(EventStoryLineDocument::annotatedSentences).sum();
    List<String> undated = documents.stream()
        .filter(d -> d.creationTime() == CreationTime.NONE)
        .map(EventStoryLineDocument::id)
        .toList();
    return List.of(
        documents.stream().mapToInt(EventStoryLineDocument::timeMarkables).sum()
            + " time markables in "
            + documents.size() + " documents, "
            + documents.stream().mapToInt(EventStoryLineDocument::instances).sum()
            + " of them instance-level without token anchors (not scored)",
        count(documents, CreationTime.IN_TEXT)
            + " documents take the DCT from their dateline markable (not scored,"
            + " nor is system output on it), " + count(documents, CreationTime.INSTANCE)
            + " from an instance-level DCT markable; "
            + documents.stream().filter(EventStoryLineDocument::writtenDay).count()
            + " take the dateline's day as written where its value (converted to UTC) gives another; "
            + undated.size() + " whose DCT names no day are not scored: "
            + String.join(", ", undated),
        gold.size() + " anchored time markables scored in " + scored.size()
            + " documents (TIME_DATE as DATE,"
            + " TIME_OF_THE_DAY as TIME, TIME_DURATION as DURATION, TIME_REPETITION as SET); "
            + gold.stream().filter(t -> t.value() == null).count()
            + " without value count as correct values only"
            + " if the system gives none; "
            + scored.stream().mapToInt(EventStoryLineDocument::padded).sum()
            + " values with a one-digit month or day are read zero-padded",
        String.format(
            Locale.ROOT,
            "text = tokens joined by one space, sentences by a newline; %d of %d sentences"
                + " (%.1f%%) hold a markable of some kind and are scored; system output in the others (the source URL"
                + " in sentence 0 among them) is not",
            annotated,
            sentences,
            100.0 * annotated / Math.max(1, sentences)));
  }

  private static long count(List<EventStoryLineDocument> documents, CreationTime creationTime) {
    return documents.stream().filter(d -> d.creationTime() == creationTime).count();
  }
}
