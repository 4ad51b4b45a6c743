package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.AttributeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlExportTest {
  @TempDir
  Path directory;

  private HostileTimeline fixture;
  private ImportedGraph graph;

  @BeforeEach
  void export() {
    fixture = new HostileTimeline(directory);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFormat.GRAPHML.write(fixture.store, out);
    graph = ImportedGraph.read(out.toByteArray());
  }

  @Test
  void aGraphLibraryImportsANodePerEntityAndEventWithTypedAttributes() {
    assertThat(graph.nodes("event")).hasSize(5);
    assertThat(graph.nodes("entity"))
        .extracting(node -> graph.value(node, "annalist_id"))
        .containsExactlyInAnyOrder(
            "person:stalin",
            "person:mao",
            "location:yan-an",
            "misc:hyperlink",
            "organization:comintern",
            "person:envoy");
    String stalin = graph.node("person:stalin");
    assertThat(graph.value(stalin, "label")).isEqualTo("Stalin");
    assertThat(graph.value(stalin, "entity_type")).isEqualTo("PERSON");
    assertThat(graph.nodeAttributes().get(stalin).get("mentions").getType())
        .isEqualTo(AttributeType.INT);
    assertThat(graph.value(stalin, "mentions")).isEqualTo("2");
    String asked = graph.node("ev-000000000001");
    assertThat(graph.value(asked, "earliest")).isEqualTo("1941-07-01");
    assertThat(graph.value(asked, "status")).isEqualTo("conflicting");
    assertThat(graph.value(asked, "label")).isEqualTo("Stalin ask Mao for troop <b>&</b>");
    assertThat(graph.value(graph.node("ev-000000000005"), "earliest")).isNull();
    assertThat(graph.value(graph.node("person:envoy"), "entity_type"))
        .as("named by an event only")
        .isNull();
  }

  @Test
  void eventsJoinTheirParticipantsAndPlacesAndEntitiesJoinByTheEventsTheyShare() {
    String asked = graph.node("ev-000000000001");
    assertThat(graph.edges(asked, graph.node("location:yan-an")))
        .extracting(graph::role)
        .containsExactly("place");
    assertThat(graph.edges(asked, graph.node("person:mao")))
        .extracting(graph::role)
        .containsExactly("participant");

    List<DefaultWeightedEdge> shared =
        graph.edges(graph.node("person:stalin"), graph.node("person:mao"));
    assertThat(shared).extracting(graph::role).containsExactly("co-participation");
    assertThat(graph.graph().getEdgeWeight(shared.get(0))).as("ev-1 and ev-2").isEqualTo(2.0);
    assertThat(graph.edges(graph.node("person:stalin"), graph.node("location:yan-an")))
        .as("a place is no co-participant")
        .isEmpty();
    assertThat(graph.graph().edgeSet())
        .filteredOn(edge -> graph.role(edge).equals("co-participation"))
        .hasSize(5);
  }

  @Test
  void markupStaysTextAndCharactersXmlCannotCarryAreReplaced() {
    assertThat(graph.value(graph.node("organization:comintern"), "label"))
        .isEqualTo("<b>Comintern</b> & \uFFFDco");
    assertThat(graph.value(graph.node("misc:hyperlink"), "label"))
        .isEqualTo("=HYPERLINK(\"http://evil.example\",\"Stalin\")");
  }
}
