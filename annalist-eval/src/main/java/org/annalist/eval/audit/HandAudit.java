package org.annalist.eval.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.annalist.eval.EvaluationCommandLine;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The hand audits of precision that no gold covers (issue 19's goals): draws a random sample of
 * the events a timeline shows by default, or of the tellings dated from the story, from an
 * {@code annalist-export/1} JSON file, and writes a sheet a judge who has not seen the rules can
 * read: each item's title and date with what the date rests on, and each telling's sentence in
 * its context. {@code score} reads the judge's verdicts and prints the shares with their 95%
 * Wilson intervals. Run: {@code scripts/audit sample|score}.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    subcommands = {HandAudit.Sample.class, HandAudit.Score.class},
    description = "Samples an export for a hand audit, and scores the judge's verdicts.")
public final class HandAudit implements Callable<Integer> {
  /** Characters of the document shown before a telling's sentence: enough to see the story's dates. */
  static final int CONTEXT_BEFORE = 700;

  static final int CONTEXT_AFTER = 200;
  /** Tellings shown per event; the sheet says how many more there are. */
  static final int TELLINGS_SHOWN = 3;

  private HandAudit() {}

  public static void main(String[] args) {
    System.exit(EvaluationCommandLine.execute(new HandAudit(), args, System.out, System.err));
  }

  @Override
  public Integer call() {
    return 2;
  }

  /** What is sampled. */
  enum Kind {
    /** Events the timeline shows by default: dated, not told only by fiction. */
    EVENTS,
    /** Tellings of those events whose date comes from the story, not their own sentence. */
    STORY_DATED
  }

  @Command(
      name = "sample",
      mixinStandardHelpOptions = true,
      description = "Writes a sheet for a judge.")
  static final class Sample implements Callable<Integer> {
    @Option(names = "--export", required = true, description = "an annalist-export/1 JSON file")
    Path export = Path.of("export.json");

    @Option(names = "--kind", description = "EVENTS or STORY_DATED (default: ${DEFAULT-VALUE})")
    Kind kind = Kind.EVENTS;

    @Option(names = "--size", description = "items drawn (default: ${DEFAULT-VALUE})")
    int size = 60;

    @Option(names = "--seed", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed = 19;

    @Override
    public Integer call() throws IOException {
      JsonNode root = new ObjectMapper().readTree(export.toFile());
      Map<String, JsonNode> documents = new HashMap<>();
      root.path("documents").forEach(d -> documents.put(d.path("id").asText(), d));
      List<Item> population = population(root, kind);
      List<Item> drawn = new ArrayList<>(population);
      Collections.shuffle(drawn, new Random(seed));
      drawn = drawn.subList(0, Math.min(size, drawn.size()));
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.printf(
          Locale.ROOT,
          "# Hand audit sheet: %s, %d of %d drawn with seed %d from %s%n%n",
          kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          drawn.size(),
          population.size(),
          seed,
          export.getFileName());
      for (int i = 0; i < drawn.size(); i++) {
        writeItem(out, i + 1, drawn.get(i), documents);
      }
      return 0;
    }
  }

  /** One thing to judge: an event, and for a story-dated telling the telling itself. */
  record Item(JsonNode event, List<JsonNode> tellings) {}

  static List<Item> population(JsonNode root, Kind kind) {
    List<Item> items = new ArrayList<>();
    for (JsonNode event : root.path("events")) {
      if (event.path("time").isNull() || event.path("fiction").asBoolean(false)) {
        continue;
      }
      if (kind == Kind.EVENTS) {
        List<JsonNode> tellings = new ArrayList<>();
        event.path("attestations").forEach(tellings::add);
        items.add(new Item(event, tellings));
        continue;
      }
      for (JsonNode telling : event.path("attestations")) {
        if (telling.path("time_basis").asText().equals("story")) {
          items.add(new Item(event, List.of(telling)));
        }
      }
    }
    return items;
  }

  private static void writeItem(
      PrintStream out, int number, Item item, Map<String, JsonNode> documents) {
    JsonNode event = item.event();
    JsonNode time = event.path("time");
    out.printf(
        Locale.ROOT,
        "## %d. %s (%s)%n%n",
        number,
        event.path("title").asText(),
        event.path("id").asText());
    out.printf(Locale.ROOT, "- type: %s%n", event.path("type").asText());
    if (item.tellings().size() == 1
        && item.tellings().get(0).path("time_basis").asText().equals("story")) {
      JsonNode telling = item.tellings().get(0);
      out.printf(
          Locale.ROOT,
          "- date given to this telling: %s (from the story%s)%n",
          telling.path("time_value").asText(),
          telling.path("time_value").asText().equals(time.path("value").asText())
              ? ", told by \"" + time.path("told_by").asText() + "\", days "
                  + time.path("earliest").asText() + " to "
                  + time.path("latest").asText()
              : "");
    } else {
      out.printf(
          Locale.ROOT,
          "- date shown: %s, days %s to %s; rests on: %s%s%n",
          time.path("value").asText(),
          time.path("earliest").asText(),
          time.path("latest").asText(),
          time.path("basis").asText(),
          time.path("told_by").asText().isEmpty()
              ? ""
              : " (\"" + time.path("told_by").asText() + "\")");
    }
    List<JsonNode> shown =
        item.tellings().subList(0, Math.min(TELLINGS_SHOWN, item.tellings().size()));
    for (JsonNode telling : shown) {
      JsonNode document = documents.get(telling.path("document").asText());
      String text = document == null ? "" : document.path("text").asText();
      int start = telling.path("start").asInt();
      int end = telling.path("end").asInt();
      out.printf(
          Locale.ROOT,
          "%n  Source: %s (published %s)%n%n  > …%s**[%s]**%s…%n",
          document == null ? "?" : document.path("title").asText(),
          document == null ? "?" : document.path("published").asText("unknown"),
          oneLine(text.substring(Math.max(0, start - CONTEXT_BEFORE), start)),
          oneLine(text.substring(start, end)),
          oneLine(text.substring(end, Math.min(text.length(), end + CONTEXT_AFTER))));
    }
    if (item.tellings().size() > shown.size()) {
      out.printf(
          Locale.ROOT, "%n  (and %d more tellings)%n", item.tellings().size() - shown.size());
    }
    out.println();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description =
          "Scores a judge's verdicts: lines 'item<TAB>real yes|no<TAB>date yes|no', '#' comments.")
  static final class Score implements Callable<Integer> {
    @Option(names = "--judgments", required = true, description = "the judge's verdicts (TSV)")
    Path judgments = Path.of("judgments.tsv");

    @Override
    public Integer call() throws IOException {
      int items = 0;
      int real = 0;
      int both = 0;
      int dated = 0;
      for (String line : Files.readAllLines(judgments, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 3) {
          throw new IllegalArgumentException("not 'item<TAB>real<TAB>date': " + line);
        }
        items++;
        boolean isReal = yes(fields[1]);
        boolean isDated = yes(fields[2]);
        real += isReal ? 1 : 0;
        dated += isDated ? 1 : 0;
        both += isReal && isDated ? 1 : 0;
      }
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println(share("real, specific events", real, items));
      out.println(share("correct dates", dated, items));
      out.println(share("real, specific and correctly dated", both, items));
      return 0;
    }

    private static boolean yes(String field) {
      return switch (field.strip().toLowerCase(Locale.ROOT)) {
        case "yes", "y" -> true;
        case "no", "n" -> false;
        default -> throw new IllegalArgumentException("a verdict is yes or no, not: " + field);
      };
    }
  }

  /** "label: k of n (p%; 95% Wilson interval lo-hi%)". */
  static String share(String label, int successes, int trials) {
    if (trials == 0) {
      return label + ": no items";
    }
    ConfidenceInterval interval = IntervalUtils.getWilsonScoreInterval(trials, successes, 0.95);
    return String.format(
        Locale.ROOT,
        "%s: %d of %d (%.0f%%; 95%% Wilson interval %.0f-%.0f%%)",
        label,
        successes,
        trials,
        100.0 * successes / trials,
        100 * interval.getLowerBound(),
        100 * interval.getUpperBound());
  }
}
