package org.annalist.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Provenance;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;

/**
 * What two runs must agree on beyond the export: every stored document with all its layers and
 * flags, and every failure. Only the run id is set aside, in each annotation's provenance and in
 * each failure: two runs have two ids by design ({@code RunContext.start()} names a run by its
 * start time and a random suffix).
 */
final class StoredAnalyses {
  private StoredAnalyses() {}

  /** Each stored document by path: the document, its flags and its layers, annotations without run ids. */
  static Map<String, List<Object>> documents(AnnalistStore store) {
    Map<String, List<Object>> documents = new LinkedHashMap<>();
    for (DocumentSummary summary : store.documents()) {
      documents.put(summary.path(), comparable(store.annotated(summary.id()).orElseThrow()));
    }
    return documents;
  }

  /** The document, its flags and its layers with every annotation's run id blanked. */
  static List<Object> comparable(AnnotatedDocument analysis) {
    List<AnnotationLayer> layers = analysis.layers().values().stream()
        .map(layer -> new AnnotationLayer(
            layer.name(),
            layer.annotations().stream().map(StoredAnalyses::withoutRunId).toList()))
        .toList();
    return List.of(analysis.document(), analysis.flags(), layers);
  }

  /** Each failure as path, reason and message. */
  static List<List<String>> failures(AnnalistStore store) {
    return store.failures().stream()
        .map(f -> List.of(f.path(), f.reason(), f.message()))
        .toList();
  }

  private static Annotation withoutRunId(Annotation annotation) {
    Provenance provenance = annotation.provenance();
    return new Annotation(
        annotation.span(),
        annotation.value(),
        new Provenance(provenance.stage(), provenance.version(), "-"));
  }
}
