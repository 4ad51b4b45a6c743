package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
  @TempDir
  Path directory;

  private HostileTimeline fixture;
  private byte[] zip;

  @BeforeEach
  void export() {
    fixture = new HostileTimeline(directory);
    zip = exported(fixture);
  }

  @Test
  void writesEveryTableWithItsHeaderAndAsManyRowsAsTheStoreHasItems() throws IOException {
    Map<String, List<Map<String, String>>> tables = CsvExportReader.read(zip);

    assertThat(tables.keySet())
        .containsExactly(
            "documents.csv",
            "entities.csv",
            "aliases.csv",
            "events.csv",
            "event_entities.csv",
            "attestations.csv",
            "conflicts.csv",
            "claims.csv",
            "statements.csv");
    assertThat(tables.get("documents.csv"))
        .extracting(row -> row.get("path"))
        .containsExactly("/corpus/a.txt", "/corpus/b.txt");
    assertThat(tables.get("documents.csv").get(0))
        .containsEntry("title", "Telegrams & \"Troops\"")
        .containsEntry("published", "1950-02-14")
        .containsEntry("reliability", "0.35")
        .containsEntry("flags", "machine-translation");
    assertThat(tables.get("documents.csv").get(1))
        .containsEntry("published", "")
        .containsEntry("reliability", "0.5");
    assertThat(tables.get("entities.csv")).hasSize(fixture.store.entities().size());
    assertThat(tables.get("aliases.csv"))
        .contains(Map.of("entity_id", "person:stalin", "alias", "=Dalin"));
    assertThat(tables.get("events.csv"))
        .extracting(row -> row.get("event_id"))
        .containsExactly(
            "ev-000000000002",
            "ev-000000000001",
            "ev-000000000003",
            "ev-000000000004",
            "ev-000000000005");
    assertThat(tables.get("events.csv").get(1))
        .containsEntry("earliest", "1941-07-01")
        .containsEntry("latest", "1941-07-31")
        .containsEntry("attestations", "2")
        .containsEntry("sources", "2")
        .containsEntry("summary", "Stalin ask Mao for troop <b>&</b>");
    assertThat(tables.get("events.csv").get(4))
        .containsEntry("time_value", "")
        .containsEntry("earliest", "");
    assertThat(tables.get("event_entities.csv"))
        .contains(
            Map.of("event_id", "ev-000000000001", "entity_id", "location:yan-an", "role", "place"),
            Map.of(
                "event_id", "ev-000000000005", "entity_id", "person:envoy", "role", "participant"));
    assertThat(tables.get("conflicts.csv"))
        .singleElement()
        .satisfies(row -> assertThat(row)
            .containsEntry("event_id", "ev-000000000001")
            .containsEntry("kind", "outcome")
            .containsEntry("claims", "2"));
    assertThat(tables.get("claims.csv"))
        .extracting(row -> row.get("value"))
        .containsExactly("refused", "=accepted");
  }

  @Test
  void everyQuoteReadBackIsItsDocumentsTextAtItsOffsetsWithCrLfQuotesAndCommasIntact()
      throws IOException {
    List<ExportedQuote> quotes = CsvExportReader.quotes(CsvExportReader.read(zip));

    ExportedQuote.assertEachIsTheTextAtItsOffsets(ExportedQuote.texts(fixture.store), quotes);
    assertThat(quotes)
        .extracting(ExportedQuote::quote)
        .anyMatch(q -> q.endsWith("he said.\r\n"))
        .anyMatch(q -> q.contains("\"official\" history, with commas"));
  }

  @Test
  void noCellASpreadsheetReadsBeginsWithAFormulaTrigger() throws IOException {
    Map<String, List<Map<String, String>>> raw = CsvExportReader.raw(zip);

    raw.forEach((table, rows) -> rows.forEach(row -> row.values()
        .forEach(cell -> assertThat(cell)
            .as("a cell of %s", table)
            .doesNotStartWith("=")
            .doesNotStartWith("+")
            .doesNotStartWith("-")
            .doesNotStartWith("@")
            .doesNotStartWith("\t")
            .doesNotStartWith("\r"))));
    assertThat(raw.get("attestations.csv"))
        .extracting(row -> row.get("quote"))
        .contains(
            "'=HYPERLINK(\"http://evil.example\",\"Stalin\") asked Mao for troops in July 1941.",
            "'@Stalin \uD83D\uDE00 the Germans attacked Stalin and Mao on 22 June 1941\u0001 near ]]> Moscow.",
            "''Quoted' and +plus: in 1942 the war went on,");
    assertThat(raw.get("claims.csv"))
        .extracting(row -> row.get("quote"))
        .anyMatch(q -> q.startsWith("'-1 reply came"));
    assertThat(raw.get("entities.csv"))
        .extracting(row -> row.get("name"))
        .contains("'=HYPERLINK(\"http://evil.example\",\"Stalin\")");
  }

  @Test
  void theSameStoreGivesTheSameBytes() {
    assertThat(exported(fixture)).isEqualTo(zip);
  }

  private static byte[] exported(HostileTimeline fixture) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFormat.CSV.write(fixture.store, out);
    return out.toByteArray();
  }
}
