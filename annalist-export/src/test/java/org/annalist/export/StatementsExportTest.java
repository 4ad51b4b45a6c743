package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.Certainty;
import org.annalist.events.EventMention.Factuality;
import org.annalist.events.EventMention.Polarity;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventType;
import org.annalist.model.FlagName;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.Source;
import org.annalist.timeline.SourceFlag;
import org.annalist.timeline.StatementReason;
import org.annalist.timeline.TimelineBuilder;
import org.annalist.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements (mentions kept off the timeline, with why) and the mark on events only fiction tells,
 * as the timeline step writes them and as the JSON and CSV exports give them back.
 */
class StatementsExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "Korvin said that ** never reached the harbour in May 1812.";

  @TempDir
  Path directory;

  @Test
  void theJsonExportListsEachStatementWithWhyItsExactQuoteAndTheSchemasShape() throws IOException {
    HostileTimeline fixture = new HostileTimeline(directory);
    String valid = exported(fixture);
    JsonNode statements = JSON.readTree(valid).get("statements");

    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).get("why").asText()).isEqualTo("report");
    assertThat(statements.get(1).get("id").asText()).isEqualTo("st-0000000000000002");
    List<ExportedQuote> quotes = new ArrayList<>();
    statements.forEach(statement -> quotes.add(new ExportedQuote(
        statement.get("document").asText(),
        statement.get("start").asInt(),
        statement.get("end").asInt(),
        statement.get("quote").asText())));
    ExportedQuote.assertEachIsTheTextAtItsOffsets(ExportedQuote.texts(fixture.store), quotes);
    List<String> stored = new ArrayList<>();
    fixture.store.forEachStatement(stored::add);
    assertThat(stored)
        .hasSize(2)
        .allSatisfy(json ->
            assertThat(ExportContract.toJson(ExportContract.statement(json))).isEqualTo(json));
    for (String broken : List.of(
        valid.replaceFirst("\"why\" : \"report\"", "\"why\" : \"rumour\""),
        valid.replaceFirst("\"id\" : \"st-0000000000000002\"", "\"id\" : \"st-2\""),
        valid.replaceFirst("\"statements\" : \\[", "\"statement_list\" : ["),
        valid.replaceFirst("\"fiction\" : false", "\"fiction\" : \"no\""))) {
      assertThat(broken).isNotEqualTo(valid);
      assertThat(ExportSchema.problems(JSON.readTree(broken))).isNotEmpty();
    }
  }

  @Test
  void theCsvExportHasATableOfStatements() throws IOException {
    HostileTimeline fixture = new HostileTimeline(directory);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.write(fixture.store, out);

    List<Map<String, String>> rows = CsvExportReader.read(out.toByteArray()).get("statements.csv");

    assertThat(rows).extracting(row -> row.get("why")).containsExactly("report", "negated");
    assertThat(rows.get(1))
        .containsEntry("quote", "Nobody knows when the envoy came.")
        .containsEntry("polarity", "positive")
        .containsEntry("reported_by", "");
  }

  @Test
  void aStatementIsATellingsFieldsWithWhyWhatItIsAboutAndNoCandidateForAMark() {
    Span sentence = Span.of(0, TEXT.length());
    Span reporter = span("Korvin");
    Span time = span("May 1812");
    EventMention mention = EventMention.builder(span("reached"), sentence)
        .lemma("reach")
        .group("reach")
        .title("** never reached the harbour")
        .type(EventType.MOVEMENT)
        .factuality(new Factuality(
            Polarity.NEGATIVE, Certainty.CERTAIN, null, false, false, false, reporter))
        .participants(
            List.of(new EventMention.Participant(Role.PLACE, span("harbour"), span("harbour"))))
        .redacted(List.of(new EventMention.Redacted(Role.AGENT, span("**"))))
        .time(EventMention.EventTime.stated(
            time,
            "May 1812",
            "1812-05",
            DayInterval.of(
                java.time.LocalDate.of(1812, 5, 1), java.time.LocalDate.of(1812, 5, 31))))
        .build();
    Attestation telling = new Attestation(
        "doc", mention, List.of(new Attestation.EntityRole(Role.PLACE, "location:harbour", true)));
    TimelineContract contract =
        new TimelineContract((document, span) -> span.quote(TEXT), id -> id);

    ExportedStatement statement =
        contract.statement("st-00000000000000aa", telling, StatementReason.of(mention));

    assertThat(statement.why()).isEqualTo("negated");
    assertThat(statement.title()).isEqualTo("** never reached the harbour");
    assertThat(statement.type()).isEqualTo("movement");
    assertThat(statement.participants()).containsExactly("location:harbour");
    ExportedAttestation told = statement.telling();
    assertThat(told.quote()).isEqualTo(TEXT);
    assertThat(told.timeText()).isEqualTo("May 1812");
    assertThat(told.factuality().polarity()).isEqualTo("negative");
    assertThat(told.factuality().reportedBy()).isEqualTo("Korvin");
    assertThat(told.redactedAgent()).isNotNull();
    assertThat(told.redactedAgent().candidate()).isNull();
    assertThat(ExportContract.toJson(statement))
        .startsWith("{\"id\":\"st-00000000000000aa\",\"why\":\"negated\",\"title\":")
        .contains("\"document\":\"doc\",\"start\":0,");
  }

  @Test
  void anEventOnlyFictionTellsIsMarkedInTheExport() {
    EventMention mention = EventMention.builder(span("reached"), Span.of(0, TEXT.length()))
        .lemma("reach")
        .group("reach")
        .build();
    Attestation telling = new Attestation("novel", mention, List.of());
    Source novel = new Source(
        "novel",
        "novel.txt",
        List.of(new SourceFlag(FlagName.FICTION, "a chapter heading and dialogue")),
        "novel");
    TimelineEvent event = new TimelineBuilder(Map.of("novel", novel), Map.of())
        .build(List.of(telling))
        .events()
        .get(0);

    ExportedEvent exported =
        new TimelineContract((document, span) -> span.quote(TEXT), id -> id).event(event);

    assertThat(exported.fiction()).isTrue();
    assertThat(ExportContract.toJson(exported)).contains("\"fiction\":true");
  }

  private static Span span(String words) {
    int start = TEXT.indexOf(words);
    return Span.of(start, start + words.length());
  }

  private static String exported(HostileTimeline fixture) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonExport.write(fixture.store, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(ExportSchema.problems(JSON.readTree(json))).isEmpty();
    return json;
  }
}
