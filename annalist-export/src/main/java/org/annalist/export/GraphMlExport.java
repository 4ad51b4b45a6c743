package org.annalist.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredEntity;
import org.jspecify.annotations.Nullable;

/**
 * Writes the entity–event graph as GraphML, for Gephi and other graph tools: a node per entity
 * and per event with the typed attributes of {@link GraphMlKey}; an edge from each event to each
 * entity taking part ({@code role} {@code participant}) or where it happened ({@code place}); and
 * an edge between two entities for taking part in the same events ({@code co-participation},
 * {@code weight} the number of such events). Undirected. Node ids are generated ({@code n0},
 * {@code n1}, ...); Annalist's ids are the {@code annalist_id} attribute. Written by the JDK's
 * StAX writer, which escapes markup; characters XML cannot carry become U+FFFD ({@link XmlText}).
 * Events stream from the store; entities and the co-participation counts are held.
 */
public final class GraphMlExport {
  static final String NAME = "graphml";
  static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;
  private final Map<String, String> entityNodes = new HashMap<>();
  private final Map<String, Map<String, Integer>> sharedEvents = new TreeMap<>();
  private int nodes;

  private GraphMlExport(XMLStreamWriter xml) {
    this.xml = xml;
  }

  public static void write(AnnalistStore store, OutputStream out) {
    ExportException.unchecked(NAME, () -> {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      new GraphMlExport(xml).writeGraph(store);
      xml.close();
    });
  }

  private void writeGraph(AnnalistStore store) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("graphml");
    xml.writeDefaultNamespace(NAMESPACE);
    xml.writeCharacters("\n");
    for (GraphMlKey key : GraphMlKey.values()) {
      xml.writeEmptyElement("key");
      xml.writeAttribute("id", key.id);
      xml.writeAttribute("for", key.domain);
      xml.writeAttribute("attr.name", key.id);
      xml.writeAttribute("attr.type", key.type);
      xml.writeCharacters("\n");
    }
    xml.writeStartElement("graph");
    xml.writeAttribute("id", "annalist");
    xml.writeAttribute("edgedefault", "undirected");
    xml.writeCharacters("\n");
    for (StoredEntity entity : store.entities()) {
      writeEntity(entity.id(), entity);
    }
    TimelineItems.forEachEvent(
        store, event -> ExportException.unchecked(NAME, () -> writeEvent(event)));
    for (Map.Entry<String, Map<String, Integer>> first : sharedEvents.entrySet()) {
      for (Map.Entry<String, Integer> second : first.getValue().entrySet()) {
        writeEdge(
            writtenNode(first.getKey()),
            writtenNode(second.getKey()),
            "co-participation",
            second.getValue());
      }
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  /** An entity's node; an entity an event names that the entity tables lack gets a node with its id only. */
  private String writeEntity(String id, @Nullable StoredEntity entity) throws XMLStreamException {
    String node = "n" + nodes++;
    entityNodes.put(id, node);
    xml.writeStartElement("node");
    xml.writeAttribute("id", node);
    writeData(GraphMlKey.LABEL, entity == null ? id : entity.name());
    writeData(GraphMlKey.KIND, "entity");
    writeData(GraphMlKey.ANNALIST_ID, id);
    if (entity != null) {
      writeData(GraphMlKey.ENTITY_TYPE, entity.type().name());
      writeData(GraphMlKey.MENTIONS, Integer.toString(entity.mentions().size()));
      writeData(GraphMlKey.DOCUMENTS, Integer.toString(entity.documents().size()));
    }
    endLine();
    return node;
  }

  private void writeEvent(ExportedEvent event) throws XMLStreamException {
    String node = "n" + nodes++;
    xml.writeStartElement("node");
    xml.writeAttribute("id", node);
    writeData(GraphMlKey.LABEL, event.summary());
    writeData(GraphMlKey.KIND, "event");
    writeData(GraphMlKey.ANNALIST_ID, event.id());
    EventDate date = event.date();
    if (date != null) {
      writeData(GraphMlKey.TIME_VALUE, date.value());
      writeData(GraphMlKey.EARLIEST, date.earliest().toString());
      writeData(GraphMlKey.LATEST, date.latest().toString());
    }
    writeData(GraphMlKey.STATUS, event.status());
    writeData(GraphMlKey.ATTESTATIONS, Integer.toString(event.attestations().size()));
    writeData(GraphMlKey.SOURCES, Integer.toString(event.documents().size()));
    endLine();
    for (String entity : event.participants()) {
      writeEdge(node, nodeOf(entity), "participant", 1);
    }
    for (String entity : event.places()) {
      writeEdge(node, nodeOf(entity), "place", 1);
    }
    List<String> participants =
        event.participants().stream().distinct().sorted().toList();
    for (int i = 0; i < participants.size(); i++) {
      for (int j = i + 1; j < participants.size(); j++) {
        sharedEvents
            .computeIfAbsent(participants.get(i), p -> new TreeMap<>())
            .merge(participants.get(j), 1, Integer::sum);
      }
    }
  }

  private String nodeOf(String entity) throws XMLStreamException {
    String node = entityNodes.get(entity);
    return node != null ? node : writeEntity(entity, null);
  }

  /** The node of a participant, written with the participant's first event. */
  private String writtenNode(String entity) {
    return Objects.requireNonNull(
        entityNodes.get(entity), "every participant's node is written with its events");
  }

  private void writeEdge(String source, String target, String role, int weight)
      throws XMLStreamException {
    xml.writeStartElement("edge");
    xml.writeAttribute("source", source);
    xml.writeAttribute("target", target);
    writeData(GraphMlKey.ROLE, role);
    writeData(GraphMlKey.WEIGHT, Double.toString(weight));
    endLine();
  }

  /** Ends a node or an edge and its line, so the file reads a line an element. */
  private void endLine() throws XMLStreamException {
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private void writeData(GraphMlKey key, String value) throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key.id);
    xml.writeCharacters(XmlText.legal(value));
    xml.writeEndElement();
  }
}
