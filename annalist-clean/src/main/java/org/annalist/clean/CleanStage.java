package org.annalist.clean;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.FlagName;
import org.annalist.model.LayerName;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageOutput;

/**
 * The clean stage: marks boilerplate lines and redaction marks, never deleting or changing
 * text.
 *
 * <p>It produces two layers. {@link Layers#BOILERPLATE} has one annotation per marked line,
 * covering the line without its terminator, valued by the rule that marked it: {@code
 * web-chrome}, {@code byline}, {@code repeated-line} or {@code caption-label} (see {@link
 * BoilerplateKind}). {@link Layers#REDACTION} has one annotation valued {@code asterisks} per
 * redaction mark (see {@link RedactionMarker}); the two layers are independent, so a
 * redaction inside a boilerplate line is still marked. The flags {@link
 * FlagName#BOILERPLATE_REMOVED} and {@link FlagName#REDACTED} count the annotations
 * of each layer, when there are any.
 *
 * <p>Requires no layer. Pure and thread-safe.
 */
public final class CleanStage implements Stage {
  /** The value of every annotation in the redaction layer. */
  public static final String REDACTION_VALUE = "asterisks";

  private static final Set<String> MARKDOWN_TYPES = Set.of("text/markdown", "text/x-markdown");

  private final BoilerplateMarker boilerplate;
  private final RedactionMarker redactions = new RedactionMarker();

  /** The stage with the standard chrome vocabulary. */
  public CleanStage() {
    this(BoilerplateMarker.standard());
  }

  /** The stage with the given boilerplate marker. */
  public CleanStage(BoilerplateMarker boilerplate) {
    this.boilerplate = boilerplate;
  }

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Set<LayerName> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerName> produces() {
    return Set.of(Layers.BOILERPLATE, Layers.REDACTION);
  }

  @Override
  public StageOutput apply(AnnotatedDocument input, RunContext context) {
    Document document = input.document();
    Provenance provenance = context.provenance(this);
    List<Line> lines = LineSplitter.split(document.text());

    AnnotationLayer.Builder marked =
        AnnotationLayer.builder(Layers.BOILERPLATE, document, provenance);
    for (LineMark mark : boilerplate.mark(lines)) {
      marked.add(mark.line().span(), mark.kind().value());
    }
    AnnotationLayer.Builder masked =
        AnnotationLayer.builder(Layers.REDACTION, document, provenance);
    for (Span mark : redactions.find(lines, isMarkdown(document.mediaType()))) {
      masked.add(mark, REDACTION_VALUE);
    }
    AnnotationLayer boilerplateLayer = marked.build();
    AnnotationLayer redactionLayer = masked.build();
    return StageOutput.of(
        List.of(boilerplateLayer, redactionLayer),
        flags(boilerplateLayer.size(), redactionLayer.size()));
  }

  static boolean isMarkdown(String mediaType) {
    String essence = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return MARKDOWN_TYPES.contains(essence);
  }

  private static DocumentFlags flags(int boilerplateLines, int redactionMarks) {
    Map<FlagName, Integer> counts = new TreeMap<>();
    if (boilerplateLines > 0) {
      counts.put(FlagName.BOILERPLATE_REMOVED, boilerplateLines);
    }
    if (redactionMarks > 0) {
      counts.put(FlagName.REDACTED, redactionMarks);
    }
    return DocumentFlags.of(counts);
  }
}
