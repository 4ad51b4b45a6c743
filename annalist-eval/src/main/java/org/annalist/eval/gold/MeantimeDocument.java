package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.annalist.model.Span;

/**
 * One MEANTIME document made ready for scoring, with the counts of what was left out.
 *
 * @param gold the text, DCT and scored gold timexes
 * @param creationTimeMarkables TIMEX3 with {@code functionInDocument="CREATION_TIME"} (0 or 1)
 * @param unanchored TIMEX3 without token anchors, not scored
 * @param allTimex3 every TIMEX3 markable in the file
 */
public record MeantimeDocument(
    GoldDocument gold, int creationTimeMarkables, int unanchored, int allTimex3) {

  public MeantimeDocument {
    Objects.requireNonNull(gold, "gold");
  }

  static MeantimeDocument of(CatDocument cat) {
    TokenText text = TokenText.join(cat.tokens());
    CatDocument.Timex creation = creationTime(cat, text);
    List<GoldTimex> timexes = new ArrayList<>();
    int unanchored = 0;
    for (CatDocument.Timex timex : cat.timexes()) {
      if (timex.tokenIds().isEmpty() && !timex.isCreationTime()) {
        unanchored++;
      } else if (!timex.isCreationTime()) {
        Span span = text.cover(timex.tokenIds());
        String id = cat.id() + "/m" + timex.markableId();
        timexes.add(
            new GoldTimex(id, span, span.quote(text.text()), timex.value(), null, timex.type()));
      }
    }
    GoldDocument gold = new GoldDocument(
        cat.id(),
        text.text(),
        date(creation),
        timexes.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList(),
        unscored(creation, text));
    int creations =
        (int) cat.timexes().stream().filter(CatDocument.Timex::isCreationTime).count();
    return new MeantimeDocument(gold, creations, unanchored, cat.timexes().size());
  }

  /** The CREATION_TIME markable, or else the one TIMEX3 annotated on the dateline (sentence 1). */
  private static CatDocument.Timex creationTime(CatDocument cat, TokenText text) {
    List<CatDocument.Timex> marked =
        cat.timexes().stream().filter(CatDocument.Timex::isCreationTime).toList();
    requireArgument(
        marked.size() <= 1, "document %s has %s CREATION_TIME TIMEX3", cat.id(), marked.size());
    if (marked.size() == 1) {
      return marked.get(0);
    }
    List<CatDocument.Timex> dateline = cat.timexes().stream()
        .filter(timex -> !timex.tokenIds().isEmpty())
        .filter(timex ->
            text.sentencesOf(timex.tokenIds()).stream().allMatch(sentence -> sentence == 1))
        .toList();
    requireArgument(
        dateline.size() == 1,
        "document %s has no CREATION_TIME TIMEX3 and %s TIMEX3 on its dateline (sentence 1), not one",
        cat.id(),
        dateline.size());
    return dateline.get(0);
  }

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu");

  /**
   * The date of the DCT value: an ISO date, possibly with a time. One MEANTIME file (120578) writes
   * its DCT day first, {@code 03-02-2009}, for the dateline "February 03 , 2009"; that form is
   * read as day-month-year.
   */
  static LocalDate date(CatDocument.Timex creation) {
    String value = creation.value() == null ? "" : creation.value();
    String day = value.length() >= 10 ? value.substring(0, 10) : value;
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDate.parse(day, DAY_MONTH_YEAR);
      } catch (DateTimeParseException notDayFirst) {
        throw new IllegalArgumentException(
            "DCT TIMEX3 m_id=" + creation.markableId() + " has no date: value=" + value, notIso);
      }
    }
  }

  /** The DCT's own tokens (when it is kept out of the gold) and the text after the annotated sentences. */
  private static List<Span> unscored(CatDocument.Timex creation, TokenText text) {
    List<Span> unscored = new ArrayList<>();
    if (creation.isCreationTime() && !creation.tokenIds().isEmpty()) {
      unscored.add(text.cover(creation.tokenIds()));
    }
    OptionalInt tail = text.startOfSentence(MeantimeReader.LAST_ANNOTATED_SENTENCE + 1);
    tail.ifPresent(start -> unscored.add(Span.of(start, text.text().length())));
    return unscored;
  }

  static List<String> notes(List<MeantimeDocument> documents) {
    int all = documents.stream().mapToInt(MeantimeDocument::allTimex3).sum();
    int creations =
        documents.stream().mapToInt(MeantimeDocument::creationTimeMarkables).sum();
    int unanchored = documents.stream().mapToInt(MeantimeDocument::unanchored).sum();
    long datelineFallbacks =
        documents.stream().filter(d -> d.creationTimeMarkables() == 0).count();
    int scored = documents.stream().mapToInt(d -> d.gold().timexes().size()).sum();
    return List.of(
        all + " TIMEX3 in " + documents.size() + " documents: " + creations
            + " CREATION_TIME (DCT, not scored), " + unanchored
            + " without token anchors (not scored), " + scored + " scored",
        datelineFallbacks
            + " documents without a CREATION_TIME TIMEX3 take the DCT from their dateline TIMEX3,"
            + " which stays scored",
        "text = tokens joined by one space, sentences by a newline; system output on the DCT dateline"
            + " and after sentence " + MeantimeReader.LAST_ANNOTATED_SENTENCE + " is not scored");
  }
}
