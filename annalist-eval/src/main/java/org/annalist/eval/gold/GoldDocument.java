package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * A gold document: its plain text, its creation date and its gold temporal expressions.
 *
 * <p>Construction checks that every gold span fits the text and that the text it covers equals
 * the gold timex's own text, so a reader that misplaces an offset fails where it reads.
 *
 * @param id the document id (e.g. {@code 01_WW2}, {@code 101354})
 * @param text the plain text the system is given
 * @param creationDate the document creation time (DCT) as a date
 * @param timexes the gold expressions to score, in document order; nested ones included
 * @param unscored regions where system output is neither credited nor penalized, because
 *     the annotators did not annotate there (e.g. the DCT's own dateline in MEANTIME, or the
 *     sentences MEANTIME left unannotated)
 */
public record GoldDocument(
    String id, String text, LocalDate creationDate, List<GoldTimex> timexes, List<Span> unscored) {

  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(creationDate, "creationDate");
    timexes = List.copyOf(timexes);
    unscored = List.copyOf(unscored);
    for (GoldTimex timex : timexes) {
      requireArgument(
          timex.span().fits(text.length()),
          "document %s: gold timex %s span %s does not fit the text (length %s)",
          id,
          timex.id(),
          timex.span(),
          text.length());
      requireArgument(
          timex.span().quote(text).equals(timex.text()),
          "document %s: gold timex %s span %s covers '%s', not its text '%s'",
          id,
          timex.id(),
          timex.span(),
          timex.span().quote(text),
          timex.text());
    }
    for (Span region : unscored) {
      requireArgument(
          region.fits(text.length()),
          "document %s: unscored region %s does not fit the text (length %s)",
          id,
          region,
          text.length());
      for (GoldTimex timex : timexes) {
        requireArgument(
            !region.overlaps(timex.span()),
            "document %s: gold timex %s %s lies in the unscored region %s",
            id,
            timex.id(),
            timex.span(),
            region);
      }
    }
  }

  /** True if the span touches a region where system output is not scored. */
  public boolean isUnscored(Span span) {
    return unscored.stream()
        .anyMatch(region -> region.overlaps(span) || region.contains(span.start()));
  }
}
