package org.annalist.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.ingest.IngestFailure;
import org.annalist.ingest.IngestLimits;
import org.annalist.ingest.IngestResult;
import org.annalist.ingest.Ingested;
import org.annalist.ingest.PlainTextFiles;
import org.annalist.model.Document;
import org.annalist.model.TerminalText;
import org.annalist.time.AnchoringMode;
import org.annalist.time.AnchoringModes;
import org.annalist.time.TemporalContext;
import org.annalist.time.TemporalExpression;
import org.annalist.time.TemporalTagger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annalist timex FILE...}: the temporal expressions of plain-text files as JSON lines.
 * Loads no models, so it starts fast.
 */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = {
      "Print the temporal expressions of plain-text files, one JSON object per line:",
      "{\"file\",\"start\",\"end\",\"text\",\"type\",\"value\"} (+ \"mod\", \"earliest\", \"latest\" when known).",
      "Offsets are UTF-16 code units into the file's text."
    })
final class TimexCommand implements Callable<Integer> {
  private static final JsonFactory JSON =
      new JsonFactory().setCharacterEscapes(new TerminalJsonEscapes());

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plain-text files.")
  List<Path> files;

  @Option(
      names = "--dct",
      paramLabel = "YYYY-MM-DD",
      description =
          "Document creation time (default: the date the text states near its top, if any).")
  LocalDate creationTime;

  @Option(
      names = "--mode",
      paramLabel = "auto|news|narrative",
      converter = TimeModes.class,
      defaultValue = TimeModes.AUTO,
      description =
          "Anchor relative dates on the creation time (news) or the story's time (narrative); auto chooses"
              + " per file (default: ${DEFAULT-VALUE}).")
  @Nullable
  AnchoringMode mode;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int failures = 0;
    for (Path file : files) {
      IngestResult result = PlainTextFiles.read(file, IngestLimits.DEFAULTS);
      if (result instanceof IngestFailure failure) {
        spec.commandLine().getErr().println("failed: " + TerminalText.escape(failure.describe()));
        failures++;
        continue;
      }
      Document document = ((Ingested) result).document();
      LocalDate dct = creationTime != null ? creationTime : document.metadata().published();
      AnchoringMode chosen = mode != null ? mode : AnchoringModes.choose(document.text(), dct);
      for (TemporalExpression expression :
          TemporalTagger.english().tag(document.text(), new TemporalContext(dct, chosen))) {
        out.println(line(file.toString(), document.text(), expression));
      }
    }
    out.flush();
    return failures == 0 ? 0 : Failures.FAILURE;
  }

  private static String line(String file, String text, TemporalExpression expression)
      throws IOException {
    java.io.StringWriter buffer = new java.io.StringWriter();
    try (JsonGenerator json = JSON.createGenerator(buffer)) {
      json.writeStartObject();
      json.writeStringField("file", file);
      json.writeNumberField("start", expression.span().start());
      json.writeNumberField("end", expression.span().end());
      json.writeStringField("text", expression.span().quote(text));
      json.writeStringField("type", expression.type().name());
      json.writeStringField("value", expression.value());
      if (expression.mod() != null) {
        json.writeStringField("mod", expression.mod().name());
      }
      if (expression.interval() != null) {
        json.writeStringField("earliest", expression.interval().earliest().toString());
        json.writeStringField("latest", expression.interval().latest().toString());
      }
      json.writeEndObject();
    }
    return buffer.toString();
  }
}
