package org.annalist.export;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * A GraphML export read back by JGraphT's GraphML importer, which validates the file against the
 * GraphML schema, takes each {@code <data>} by its declared key and type, and each edge's
 * {@code weight} as the edge's weight. Nodes are the file's node ids.
 */
public record ImportedGraph(
    Graph<String, DefaultWeightedEdge> graph,
    Map<String, Map<String, Attribute>> nodeAttributes,
    Map<DefaultWeightedEdge, Map<String, Attribute>> edgeAttributes) {

  public static ImportedGraph read(byte[] graphml) {
    Graph<String, DefaultWeightedEdge> graph = new WeightedPseudograph<>(DefaultWeightedEdge.class);
    Map<String, Map<String, Attribute>> nodeAttributes = new HashMap<>();
    Map<DefaultWeightedEdge, Map<String, Attribute>> edgeAttributes = new HashMap<>();
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((node, attribute) -> nodeAttributes
        .computeIfAbsent(node.getFirst(), n -> new HashMap<>())
        .put(node.getSecond(), attribute));
    importer.addEdgeAttributeConsumer((edge, attribute) -> edgeAttributes
        .computeIfAbsent(edge.getFirst(), e -> new HashMap<>())
        .put(edge.getSecond(), attribute));
    importer.importGraph(
        graph, new InputStreamReader(new ByteArrayInputStream(graphml), StandardCharsets.UTF_8));
    return new ImportedGraph(graph, nodeAttributes, edgeAttributes);
  }

  /** The nodes whose {@code kind} is this ({@code entity} or {@code event}). */
  public List<String> nodes(String kind) {
    return graph.vertexSet().stream()
        .filter(node -> kind.equals(value(node, "kind")))
        .sorted()
        .toList();
  }

  /** The node whose {@code annalist_id} is this. */
  public String node(String annalistId) {
    return graph.vertexSet().stream()
        .filter(node -> annalistId.equals(value(node, "annalist_id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node has annalist_id " + annalistId));
  }

  public String value(String node, String key) {
    Attribute attribute = nodeAttributes.getOrDefault(node, Map.of()).get(key);
    return attribute == null ? null : attribute.getValue();
  }

  /** The edges between two nodes, either way round. */
  public List<DefaultWeightedEdge> edges(String one, String other) {
    return List.copyOf(graph.getAllEdges(one, other));
  }

  public String role(DefaultWeightedEdge edge) {
    return edgeAttributes.get(edge).get("role").getValue();
  }
}
