package org.annalist.store;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Span;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.Timex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene documents of one stored document: one per sentence of its readable text, the body
 * being the sentence with masked spans blanked out, filed under the facets {@code source},
 * {@code entity} (the entities it names), {@code status} (of the events it tells) and a year (the
 * earliest the events it tells may have happened, else the narrative's reference time), and
 * storing why each statement it holds is off the timeline.
 */
final class PassageDocuments {
  static final String ID = "id";
  static final String PATH = "path";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String TEXT = "text";
  static final String START = "start";
  static final String YEAR = "year";
  static final String SOURCE = "source";
  static final String ENTITY = "entity";
  static final String STATUS = "status";
  /** Why each statement the sentence holds is off the timeline, one stored value each. */
  static final String STATEMENT = "statement";
  /** The year of an event's earliest day, {@code YYYY-MM-DD}. */
  private static final Pattern YEAR_OF_DAY = Pattern.compile("^(\\d{4})");

  private static final FieldType BODY_TYPE = bodyType();

  private PassageDocuments() {}

  static List<Document> of(
      AnnotatedDocument annotated,
      List<MentionRef> mentions,
      List<AttestationRef> attestations,
      List<StatementRef> statements) {
    String masked = annotated.maskedText();
    List<Document> passages = new ArrayList<>();
    for (Sentence sentence : sentences(annotated)) {
      String body = sentence.span().quote(masked);
      if (!body.isBlank()) {
        Document passage =
            passage(annotated, sentence.span(), body, sentence.reference(), mentions, attestations);
        statements.stream()
            .filter(statement -> statement.span().overlaps(sentence.span()))
            .map(StatementRef::why)
            .distinct()
            .forEach(why -> passage.add(new StoredField(STATEMENT, why)));
        passages.add(passage);
      }
    }
    return passages;
  }

  /**
   * The time stage's sentences with their reference times; else the annotate stage's sentences,
   * without; else the whole text as one.
   */
  private static List<Sentence> sentences(AnnotatedDocument annotated) {
    return annotated
        .layer(TimeLayers.SENTENCE_REFERENCE.name())
        .map(layer -> layer.annotations().stream()
            .map(a ->
                new Sentence(a.span(), a.value(TimeLayers.SENTENCE_REFERENCE).orElse(null)))
            .toList())
        .or(() -> annotated
            .layer(AnnotateLayers.SENTENCE.name())
            .map(layer ->
                layer.spans().stream().map(span -> new Sentence(span, null)).toList()))
        .orElseGet(() -> List.of(new Sentence(Span.of(0, annotated.text().length()), null)));
  }

  /** A sentence and the reference time at its start, or null when unknown. */
  private record Sentence(Span span, @Nullable Timex reference) {}

  private static Document passage(
      AnnotatedDocument annotated,
      Span span,
      String body,
      @Nullable Timex reference,
      List<MentionRef> mentions,
      List<AttestationRef> attestations) {
    org.annalist.model.Document source = annotated.document();
    Document passage = new Document();
    passage.add(new StringField(ID, source.id().value(), Field.Store.YES));
    passage.add(new StoredField(PATH, source.sourcePath()));
    if (source.metadata().title() != null) {
      passage.add(new StoredField(TITLE, source.metadata().title()));
    }
    passage.add(new StoredField(START, span.start()));
    passage.add(new Field(BODY, body, BODY_TYPE));
    passage.add(new StoredField(TEXT, span.quote(annotated.text())));
    passage.add(new SortedSetDocValuesFacetField(SOURCE, source.id().value()));
    mentions.stream()
        .filter(m -> m.span().overlaps(span))
        .map(MentionRef::entity)
        .distinct()
        .forEach(entity -> passage.add(new SortedSetDocValuesFacetField(ENTITY, entity)));
    List<AttestationRef> told =
        attestations.stream().filter(a -> a.span().overlaps(span)).toList();
    told.stream()
        .map(AttestationRef::status)
        .distinct()
        .forEach(status -> passage.add(new SortedSetDocValuesFacetField(STATUS, status)));
    year(told, reference).ifPresent(year -> {
      passage.add(new IntPoint(YEAR, year));
      passage.add(new NumericDocValuesField(YEAR, year));
    });
    return passage;
  }

  /** The earliest year of the events the sentence tells, else the year of its reference time. */
  private static OptionalInt year(List<AttestationRef> told, @Nullable Timex reference) {
    OptionalInt earliest = told.stream()
        .flatMapToInt(attestation -> yearOfDay(attestation.earliest()).stream())
        .min();
    return earliest.isPresent() || reference == null ? earliest : reference.year();
  }

  private static OptionalInt yearOfDay(@Nullable String day) {
    if (day == null) {
      return OptionalInt.empty();
    }
    Matcher year = YEAR_OF_DAY.matcher(day);
    return year.find() ? OptionalInt.of(Integer.parseInt(year.group(1))) : OptionalInt.empty();
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
