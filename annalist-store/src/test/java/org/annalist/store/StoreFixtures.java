package org.annalist.store;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.FlagName;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.Timex;

/**
 * Analyzed documents built by hand: boilerplate on the first line, redactions where "**" is; and
 * sentences with their reference time, written through the time stage's key.
 */
final class StoreFixtures {
  static final String PIPELINE = "clean@1";
  private static final Provenance BY_TEST = new Provenance("clean", "1", "run-1");

  private StoreFixtures() {}

  static AnnotatedDocument analyzed(String path, String text) {
    Document document = new Document(
        DocumentId.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
        path,
        "text/plain",
        text,
        new DocumentMetadata(
            "Title of " + path, null, java.time.LocalDate.of(2024, 2, 8), "UTF-8"));
    int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    AnnotationLayer boilerplate = AnnotationLayer.builder(Layers.BOILERPLATE, document, BY_TEST)
        .add(0, firstLineEnd, "web-chrome")
        .build();
    AnnotationLayer.Builder redactions =
        AnnotationLayer.builder(Layers.REDACTION, document, BY_TEST);
    for (int at = text.indexOf("**"); at >= 0; at = text.indexOf("**", at + 2)) {
      redactions.add(at, at + 2, "asterisks");
    }
    AnnotationLayer redaction = redactions.build();
    Map<FlagName, Integer> flags = redaction.isEmpty()
        ? Map.of(FlagName.BOILERPLATE_REMOVED, 1)
        : Map.of(FlagName.BOILERPLATE_REMOVED, 1, FlagName.REDACTED, redaction.size());
    return AnnotatedDocument.of(document)
        .with(List.of(boilerplate, redaction), DocumentFlags.of(flags));
  }

  /**
   * The same document with each line after the first as a sentence whose reference time is this,
   * stored as the time stage stores it ({@link TimeLayers#SENTENCE_REFERENCE}).
   */
  static AnnotatedDocument withReferences(AnnotatedDocument analyzed, Timex reference) {
    String text = analyzed.text();
    AnnotationLayer.TypedBuilder<Optional<Timex>> sentences = AnnotationLayer.builder(
        TimeLayers.SENTENCE_REFERENCE, analyzed.document(), new Provenance("time", "1", "run-1"));
    for (int start = text.indexOf('\n') + 1;
        start < text.length();
        start = text.indexOf('\n', start) + 1) {
      sentences.add(start, text.indexOf('\n', start), Optional.of(reference));
    }
    return analyzed.with(List.of(sentences.build()), DocumentFlags.NONE);
  }
}
