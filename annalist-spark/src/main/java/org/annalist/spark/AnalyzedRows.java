package org.annalist.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.app.FileAnalysis;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.FlagName;
import org.annalist.model.LayerName;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A file's analysis as one row of the job's Parquet table, and back: the path; the analyzed
 * document (id, media type, text, metadata, flags, and every layer with each annotation's span,
 * value and provenance), or the failure's reason and message. Everything {@link
 * org.annalist.app.StoreRun} needs to store the file as a run in one JVM would.
 */
final class AnalyzedRows {
  static final StructType ANNOTATION = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("value", DataTypes.StringType, false)
      .add("stage", DataTypes.StringType, false)
      .add("version", DataTypes.StringType, false)
      .add("run", DataTypes.StringType, false);
  static final StructType LAYER = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("annotations", DataTypes.createArrayType(ANNOTATION, false), false);
  static final StructType DOCUMENT = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("media_type", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, true)
      .add("site", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("charset", DataTypes.StringType, true)
      .add(
          "flags",
          DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false),
          false)
      .add("layers", DataTypes.createArrayType(LAYER, false), false);
  /** The table: one row per file, either {@code document} or the two failure columns set. */
  static final StructType SCHEMA = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("document", DOCUMENT, true)
      .add("failure_reason", DataTypes.StringType, true)
      .add("failure_message", DataTypes.StringType, true);

  static final Encoder<Row> ENCODER = Encoders.row(SCHEMA);

  private AnalyzedRows() {}

  static Row row(FileAnalysis analysis) {
    if (analysis instanceof FileAnalysis.Failed failed) {
      return new GenericRowWithSchema(
          new Object[] {failed.path(), null, failed.reason(), failed.message()}, SCHEMA);
    }
    AnnotatedDocument analyzed = ((FileAnalysis.Analyzed) analysis).document();
    Document document = analyzed.document();
    DocumentMetadata metadata = document.metadata();
    List<Row> layers = new ArrayList<>();
    for (AnnotationLayer layer : analyzed.layers().values()) {
      List<Row> annotations = new ArrayList<>();
      for (Annotation annotation : layer.annotations()) {
        Provenance provenance = annotation.provenance();
        annotations.add(new GenericRowWithSchema(
            new Object[] {
              annotation.span().start(),
              annotation.span().end(),
              annotation.value(),
              provenance.stage(),
              provenance.version(),
              provenance.run()
            },
            ANNOTATION));
      }
      layers.add(
          new GenericRowWithSchema(new Object[] {layer.name().value(), seq(annotations)}, LAYER));
    }
    Row row = new GenericRowWithSchema(
        new Object[] {
          document.id().value(),
          document.mediaType(),
          document.text(),
          metadata.title(),
          metadata.site(),
          metadata.publishedIfKnown().map(LocalDate::toString).orElse(null),
          metadata.charset(),
          CollectionConverters.asScala(analyzed.flags().countsByName()),
          seq(layers)
        },
        DOCUMENT);
    return new GenericRowWithSchema(new Object[] {document.sourcePath(), row, null, null}, SCHEMA);
  }

  static FileAnalysis analysis(Row row) {
    String path = row.getAs("path");
    Row document = row.getAs("document");
    if (document == null) {
      return new FileAnalysis.Failed(
          path, row.getAs("failure_reason"), row.getAs("failure_message"));
    }
    @Nullable String published = document.getAs("published");
    Document text = new Document(
        DocumentId.of(document.getAs("id")),
        path,
        document.getAs("media_type"),
        document.getAs("text"),
        new DocumentMetadata(
            document.getAs("title"),
            document.getAs("site"),
            published == null ? null : LocalDate.parse(published),
            document.getAs("charset")));
    List<AnnotationLayer> layers = new ArrayList<>();
    for (Row layer : document.<Row>getList(document.fieldIndex("layers"))) {
      List<Annotation> annotations = new ArrayList<>();
      for (Row annotation : layer.<Row>getList(layer.fieldIndex("annotations"))) {
        annotations.add(new Annotation(
            Span.of(annotation.getAs("start"), annotation.getAs("end")),
            annotation.getAs("value"),
            new Provenance(
                annotation.getAs("stage"), annotation.getAs("version"), annotation.getAs("run"))));
      }
      layers.add(new AnnotationLayer(LayerName.of(layer.getAs("name")), annotations));
    }
    Map<FlagName, Integer> flags = new TreeMap<>();
    document
        .<String, Integer>getJavaMap(document.fieldIndex("flags"))
        .forEach((flag, count) -> flags.put(FlagName.of(flag), count));
    return new FileAnalysis.Analyzed(
        AnnotatedDocument.of(text).with(layers, DocumentFlags.of(flags)));
  }

  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return CollectionConverters.asScala(rows);
  }
}
