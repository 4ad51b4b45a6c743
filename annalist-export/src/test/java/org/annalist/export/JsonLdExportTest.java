package org.annalist.export;

import static org.annalist.export.JsonLdTriples.ANNALIST;
import static org.annalist.export.JsonLdTriples.OA;
import static org.annalist.export.JsonLdTriples.PROV;
import static org.annalist.export.JsonLdTriples.RDF_TYPE;
import static org.annalist.export.JsonLdTriples.SEM;
import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLdExportTest {
  private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";

  @TempDir
  Path directory;

  private HostileTimeline fixture;
  private JsonLdTriples rdf;

  @BeforeEach
  void export() throws JsonLdError {
    fixture = new HostileTimeline(directory);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFormat.JSONLD.write(fixture.store, out);
    rdf = JsonLdTriples.read(out.toByteArray());
  }

  @Test
  void aJsonLdProcessorReadsEachEventAsASemEventWithItsActorsPlacesAndTimeStamps() {
    String asked = "urn:annalist:event:ev-000000000001";
    assertThat(rdf.subjects(RDF_TYPE, SEM + "Event")).hasSize(5).contains(asked);
    assertThat(rdf.objects(asked, SEM + "hasActor"))
        .containsExactlyInAnyOrder(
            "urn:annalist:entity:person%3Astalin",
            "urn:annalist:entity:person%3Amao", "urn:annalist:entity:misc%3Ahyperlink");
    assertThat(rdf.objects(asked, SEM + "hasPlace"))
        .containsExactly("urn:annalist:entity:location%3Ayan-an");
    assertThat(rdf.about(asked, SEM + "hasEarliestBeginTimeStamp"))
        .singleElement()
        .isEqualTo(new JsonLdTriples.Triple(
            asked, SEM + "hasEarliestBeginTimeStamp", "1941-07-01", XSD_DATE));
    assertThat(rdf.about(asked, SEM + "hasLatestEndTimeStamp"))
        .extracting(JsonLdTriples.Triple::object)
        .containsExactly("1941-07-31");
    assertThat(rdf.objects(asked, SEM + "hasTimeStamp"))
        .as("a month is no single time stamp")
        .isEmpty();
    assertThat(rdf.objects("urn:annalist:event:ev-000000000002", SEM + "hasTimeStamp"))
        .containsExactly("1941-06-22");
    assertThat(rdf.objects("urn:annalist:event:ev-000000000005", SEM + "hasEarliestBeginTimeStamp"))
        .isEmpty();
    assertThat(rdf.object(asked, ANNALIST + "status")).isEqualTo("conflicting");
  }

  @Test
  void entitiesAreActorsOrPlacesWithTheirNamesAndDocumentsAreProvEntities() {
    assertThat(rdf.objects("urn:annalist:entity:person%3Astalin", RDF_TYPE))
        .containsExactly(SEM + "Actor");
    assertThat(rdf.objects("urn:annalist:entity:location%3Ayan-an", RDF_TYPE))
        .containsExactly(SEM + "Place");
    assertThat(rdf.objects(
            "urn:annalist:entity:person%3Astalin", "http://www.w3.org/2004/02/skos/core#altLabel"))
        .containsExactlyInAnyOrder("Stalin", "=Dalin");
    String document = LinkedDataIds.document(fixture.a.id().value());
    assertThat(rdf.objects(document, RDF_TYPE)).containsExactly(PROV + "Entity");
    assertThat(rdf.objects(document, "http://purl.org/dc/terms/title"))
        .containsExactly("Telegrams & \"Troops\"");
    assertThat(rdf.about(document, ANNALIST + "reliability"))
        .singleElement()
        .satisfies(t -> assertThat(Double.parseDouble(t.object())).isEqualTo(0.35));
  }

  @Test
  void eachEventIsDerivedFromItsTellingsAndEachQuoteIsItsDocumentsTextInUtf16AndInCodePoints() {
    Map<String, String> texts = ExportedQuote.texts(fixture.store);
    List<JsonLdTriples.Segment> segments = rdf.segments();

    assertThat(segments).hasSize(9);
    ExportedQuote.assertEachIsTheTextAtItsOffsets(
        texts, segments.stream().map(JsonLdTriples.Segment::quote).toList());
    assertThat(segments)
        .allSatisfy(segment ->
            assertThat(segment.codePointText(texts)).isEqualTo(segment.quote().quote()));
    assertThat(segments).anySatisfy(segment -> {
      assertThat(segment.quote().quote()).startsWith("Mao agreed");
      assertThat(segment.codePointEnd())
          .as("past a character outside the BMP")
          .isLessThan(segment.quote().end());
    });

    String asked = "urn:annalist:event:ev-000000000001";
    List<String> tellings = rdf.objects(asked, PROV + "wasDerivedFrom");
    assertThat(tellings).hasSize(2).allSatisfy(telling -> {
      assertThat(rdf.objects(telling, RDF_TYPE)).contains(OA + "SpecificResource");
      assertThat(rdf.objects(telling, PROV + "wasQuotedFrom"))
          .containsExactlyElementsOf(rdf.objects(telling, OA + "hasSource"));
      assertThat(rdf.objects(rdf.object(telling, OA + "hasSelector"), RDF_TYPE))
          .containsExactly(OA + "TextPositionSelector");
    });
  }

  @Test
  void aConflictIsAboutItsEventWithEachClaimQuotedAndValued() {
    String conflict = "urn:annalist:conflict:cf-000000000001";
    assertThat(rdf.object(conflict, ANNALIST + "about"))
        .isEqualTo("urn:annalist:event:ev-000000000001");
    assertThat(rdf.object(conflict, ANNALIST + "kind")).isEqualTo("outcome");
    assertThat(rdf.objects(conflict, ANNALIST + "claim"))
        .extracting(claim -> rdf.object(claim, ANNALIST + "claimedValue"))
        .containsExactlyInAnyOrder("refused", "=accepted");
  }
}
