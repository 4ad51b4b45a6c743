package org.annalist.time;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexRange;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageOutput;
import org.jspecify.annotations.Nullable;

/**
 * The time stage: temporal expressions of a document's readable text ({@link #TIMEX}), and each
 * sentence with the reference time in force where it starts ({@link #SENTENCE_REFERENCE}), so
 * later stages can date what a sentence tells even when it names no date. The anchoring mode is
 * chosen per document ({@link AnchoringModes}) from its text and publication date, unless the
 * stage is given one for all documents.
 */
public final class TimeStage implements Stage {
  /** Temporal expressions ({@link TimeLayers#TIMEX}): {@code DATE 1941-07 START}. */
  public static final LayerName TIMEX = TimeLayers.TIMEX.name();
  /** Ranges of two dates ({@link TimeLayers#RANGE}): {@code 1942-05/1942-07}. */
  public static final LayerName RANGE = TimeLayers.RANGE.name();
  /** Sentences of readable text with the reference time at their start ({@link TimeLayers#SENTENCE_REFERENCE}). */
  public static final LayerName SENTENCE_REFERENCE = TimeLayers.SENTENCE_REFERENCE.name();

  private static final String VERSION = "8";

  private final @Nullable AnchoringMode mode;

  /** Chooses each document's anchoring mode from its text and publication date ({@link AnchoringModes}). */
  public TimeStage() {
    this(null);
  }

  /**
   * Anchors every document in this mode, or chooses per document when null. The mode is part of
   * the {@linkplain #version() version}, so a store analyzed in another mode is analyzed again.
   */
  public TimeStage(@Nullable AnchoringMode mode) {
    this.mode = mode;
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public String version() {
    return mode == null ? VERSION : VERSION + "-" + mode.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Set<LayerName> requires() {
    return Layers.MASKS;
  }

  @Override
  public Set<LayerName> produces() {
    return Set.of(TIMEX, RANGE, SENTENCE_REFERENCE);
  }

  @Override
  public StageOutput apply(AnnotatedDocument input, RunContext context) {
    Document document = input.document();
    List<Span> readable = input.readableText().spans();
    List<Span> sentences = sentences(document.text(), readable);
    TemporalContext temporalContext = new TemporalContext(
        document.metadata().published(),
        mode != null
            ? mode
            : AnchoringModes.choose(input.maskedText(), document.metadata().published()));
    TemporalAnalysis analysis = TemporalTagger.english()
        .analyze(
            document.text(),
            readable,
            sentences.stream().map(Span::start).toList(),
            temporalContext);
    Provenance provenance = context.provenance(this);
    AnnotationLayer.TypedBuilder<Timex> timex =
        AnnotationLayer.builder(TimeLayers.TIMEX, document, provenance);
    analysis.expressions().forEach(expression -> timex.add(expression.span(), expression.timex()));
    AnnotationLayer.TypedBuilder<TimexRange> ranges =
        AnnotationLayer.builder(TimeLayers.RANGE, document, provenance);
    analysis.ranges().forEach(range -> ranges.add(range.span(), range.ends()));
    AnnotationLayer.TypedBuilder<Optional<Timex>> references =
        AnnotationLayer.builder(TimeLayers.SENTENCE_REFERENCE, document, provenance);
    for (int i = 0; i < sentences.size(); i++) {
      references.add(sentences.get(i), analysis.sentenceReferences().get(i));
    }
    return StageOutput.of(
        List.of(timex.build(), ranges.build(), references.build()), DocumentFlags.NONE);
  }

  /**
   * Sentences within the readable regions, trimmed of surrounding whitespace. Besides the break
   * iterator's boundaries, a full stop glued to the next sentence ends one ("lasted until
   * 1943.The army"), as careless and machine-made text often has it; an abbreviation such as
   * "Mr.Smith" (one lower-case letter before the stop) does not.
   */
  public static List<Span> sentences(String text, List<Span> regions) {
    List<Span> sentences = new ArrayList<>();
    for (Span region : regions) {
      String part = text.substring(region.start(), region.end());
      int start = 0;
      for (int end : boundaries(part)) {
        int from = region.start() + start;
        int to = region.start() + end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
          to--;
        }
        if (to > from) {
          sentences.add(Span.of(from, to));
        }
        start = end;
      }
    }
    return sentences;
  }

  private static final Pattern GLUED_SENTENCE_END =
      Pattern.compile("[\\p{Ll}\\d]{2}[.!?](?=\\p{Lu}\\p{Ll})");

  private static SortedSet<Integer> boundaries(String part) {
    SortedSet<Integer> ends = new TreeSet<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(part);
    breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      ends.add(end);
    }
    Matcher glued = GLUED_SENTENCE_END.matcher(part);
    while (glued.find()) {
      ends.add(glued.end());
    }
    return ends;
  }
}
