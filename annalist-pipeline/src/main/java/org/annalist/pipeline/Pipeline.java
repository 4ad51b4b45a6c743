package org.annalist.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.LayerName;

/**
 * Stages in order, checked when built: every layer a stage requires is produced by an earlier
 * stage, and no two stages produce the same layer. Immutable and thread-safe if its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * Builds a pipeline of these stages in this order.
   *
   * @throws PipelineDefinitionException naming the stage and the missing or doubly produced layer
   */
  public static Pipeline of(List<? extends Stage> candidates) {
    List<Stage> stages = List.copyOf(candidates);
    Map<LayerName, String> producers = new HashMap<>();
    Set<String> names = new TreeSet<>();
    for (Stage stage : stages) {
      if (!names.add(stage.name())) {
        throw new PipelineDefinitionException("two stages are named '" + stage.name() + "'");
      }
      for (LayerName required : stage.requires()) {
        if (!producers.containsKey(required)) {
          throw new PipelineDefinitionException(String.format(
              "stage '%s' requires layer '%s', which no earlier stage produces (earlier stages: %s)",
              stage.name(), required, describe(stages.subList(0, stages.indexOf(stage)))));
        }
      }
      for (LayerName produced : stage.produces()) {
        String previous = producers.putIfAbsent(produced, stage.name());
        if (previous != null) {
          throw new PipelineDefinitionException(String.format(
              "layer '%s' is produced by both stage '%s' and stage '%s'",
              produced, previous, stage.name()));
        }
      }
    }
    return new Pipeline(stages);
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * Names and versions of the stages, e.g. {@code clean@1}; a stored document analyzed by a
   * different fingerprint is analyzed again.
   */
  public String fingerprint() {
    return stages.stream().map(s -> s.name() + "@" + s.version()).collect(Collectors.joining(","));
  }

  /** Runs every stage on the document, in order. */
  public AnnotatedDocument run(Document document, RunContext context) {
    AnnotatedDocument current = AnnotatedDocument.of(document);
    for (Stage stage : stages) {
      current = apply(stage, current, context);
    }
    return current;
  }

  /** Applies one stage and checks that it returned exactly the layers it declared. */
  static AnnotatedDocument apply(Stage stage, AnnotatedDocument input, RunContext context) {
    StageOutput output = stage.apply(input, context);
    Set<LayerName> returned = new TreeSet<>();
    for (AnnotationLayer layer : output.layers()) {
      returned.add(layer.name());
    }
    if (!returned.equals(new TreeSet<>(stage.produces()))
        || returned.size() != output.layers().size()) {
      throw new StageContractException(String.format(
          "stage '%s' declared layers %s but returned %s",
          stage.name(), new TreeSet<>(stage.produces()), namesOf(output.layers())));
    }
    return input.with(output.layers(), output.flags());
  }

  private static List<String> namesOf(List<AnnotationLayer> layers) {
    List<String> names = new ArrayList<>();
    layers.forEach(layer -> names.add(layer.name().value()));
    return names;
  }

  private static String describe(List<Stage> stages) {
    return stages.isEmpty()
        ? "none"
        : stages.stream().map(Stage::name).collect(Collectors.joining(", "));
  }
}
