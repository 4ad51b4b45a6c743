package org.annalist.eval.events.anchoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.time.DayInterval;
import org.annalist.time.TimexIntervals;

/**
 * Checks a whole {@code annalist-export/1} JSON file for attestations dated outside every year
 * their own sentence states (issue 19's goal: no attestation is dated outside a year its own
 * sentence states for that event). It reads only the export, not the parse, so it is a check on
 * the rules and not a rerun of them: a four-digit number counts as a stated year unless the words
 * around it make it part of a name ("the 1945 Treaty", "the Treaty of 1945") or a count ("2000
 * tons": a plural noun follows); a sentence may still state a year of another event, so each
 * finding is listed for a reader to judge. Run: {@code
 * scripts/check-stated-years --export FILE}; exit status 0 when nothing is found, 1 when something
 * is, 2 on misuse.
 */
public final class StatedYearCheck {
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,$€£])(1\\d{3}|20\\d{2})(?![\\d]|[.,]\\d|s\\b|'s\\b)");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "his", "her", "its", "their");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\W*$");
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");
  /** Words ending in "s" after a number that are no plural noun: "in 1943 was ...". */
  private static final Set<String> NOT_PLURALS = Set.of("was", "has", "is", "as", "this", "thus");

  private StatedYearCheck() {}

  /** One attestation dated outside every year its sentence states. */
  record Finding(
      String document,
      String basis,
      String value,
      String toldBy,
      List<Integer> years,
      String quote) {}

  /** What the check found over an export. */
  record Result(int attestations, int stating, int statingDated, List<Finding> findings) {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2 || !args[0].equals("--export")) {
      err.println("usage: check-stated-years --export FILE");
      return 2;
    }
    Result result;
    try {
      result = check(new ObjectMapper().readTree(Files.readString(Path.of(args[1]))));
    } catch (IOException e) {
      err.println("error: cannot read the export " + args[1] + ": " + e.getMessage());
      return 1;
    }
    out.print(report(result));
    return result.findings().isEmpty() ? 0 : 1;
  }

  /** Checks every attestation of every event of an export. */
  static Result check(JsonNode export) {
    int attestations = 0;
    int stating = 0;
    int statingDated = 0;
    List<Finding> findings = new ArrayList<>();
    for (JsonNode event : export.path("events")) {
      for (JsonNode attestation : event.path("attestations")) {
        attestations++;
        String quote = attestation.path("quote").asText("");
        Map<Integer, DayInterval> years = statedYears(quote);
        if (years.isEmpty()) {
          continue;
        }
        stating++;
        Optional<DayInterval> dated = days(attestation.path("time_value").asText(""));
        if (dated.isEmpty()) {
          continue;
        }
        statingDated++;
        if (years.values().stream().noneMatch(year -> year.overlaps(dated.get()))) {
          findings.add(new Finding(
              attestation.path("document").asText(""),
              attestation
                  .path("time_basis")
                  .asText(attestation.path("time_source").asText("")),
              attestation.path("time_value").asText(""),
              attestation.path("time_text").asText(""),
              List.copyOf(years.keySet()),
              quote));
        }
      }
    }
    return new Result(attestations, stating, statingDated, findings);
  }

  /** The years a sentence states, outside names, with their days. */
  static Map<Integer, DayInterval> statedYears(String sentence) {
    Map<Integer, DayInterval> years = new LinkedHashMap<>();
    Matcher year = YEAR.matcher(sentence);
    while (year.find()) {
      if (!inAName(sentence, year.start(), year.end()) && !aCount(sentence, year.end())) {
        int value = Integer.parseInt(year.group(1));
        TimexIntervals.of(year.group(1), null).ifPresent(days -> years.put(value, days));
      }
    }
    return years;
  }

  /**
   * Whether the year at {@code [start, end)} is part of a name: after a determiner and before a
   * capitalized word ("the 1945 Treaty"), or after "of" that follows a capitalized word ("the
   * Treaty of 1945").
   */
  private static boolean inAName(String sentence, int start, int end) {
    Matcher before = WORD_BEFORE.matcher(sentence.substring(0, start));
    Matcher after = WORD_AFTER.matcher(sentence.substring(end));
    String previous = before.find() ? before.group(1) : "";
    boolean capitalAfter = after.find() && Character.isUpperCase(after.group(1).charAt(0));
    if (DETERMINERS.contains(previous.toLowerCase(Locale.ROOT)) && capitalAfter) {
      return true;
    }
    if (previous.equals("of")) {
      Matcher beforeOf = WORD_BEFORE.matcher(sentence.substring(0, before.start(1)));
      return beforeOf.find() && Character.isUpperCase(beforeOf.group(1).charAt(0));
    }
    return false;
  }

  /** Whether a plural noun follows the number: it counts things ("2000 tons"). */
  private static boolean aCount(String sentence, int end) {
    Matcher after = WORD_AFTER.matcher(sentence.substring(end));
    if (!after.find()) {
      return false;
    }
    String word = after.group(1);
    return Character.isLowerCase(word.charAt(0))
        && word.endsWith("s")
        && !NOT_PLURALS.contains(word);
  }

  /** The days of an attestation's time value: one TIMEX3 value or two joined by "/". */
  static Optional<DayInterval> days(String value) {
    if (value.isBlank()) {
      return Optional.empty();
    }
    Optional<DayInterval> union = Optional.empty();
    for (String end : value.split("/")) {
      Optional<DayInterval> days = TimexIntervals.of(end.strip(), null);
      if (days.isEmpty()) {
        return Optional.empty();
      }
      union = Optional.of(union
          .map(known -> DayInterval.of(
              known.earliest().isBefore(days.get().earliest())
                  ? known.earliest()
                  : days.get().earliest(),
              known.latest().isAfter(days.get().latest())
                  ? known.latest()
                  : days.get().latest()))
          .orElse(days.get()));
    }
    return union;
  }

  static String report(Result result) {
    StringBuilder report = new StringBuilder();
    report.append(String.format(
        Locale.ROOT,
        "attestations: %d; whose sentence states a year (outside names): %d; of those dated: %d;"
            + " dated outside every year their sentence states: %d%n",
        result.attestations(),
        result.stating(),
        result.statingDated(),
        result.findings().size()));
    for (Finding finding : result.findings()) {
      report.append(String.format(
          Locale.ROOT,
          "- %s %s (told by \"%s\"), sentence states %s: %s [%s]%n",
          finding.basis(),
          finding.value(),
          finding.toldBy(),
          finding.years(),
          finding.quote().replace('\n', ' '),
          finding.document().substring(0, Math.min(12, finding.document().length()))));
    }
    return report.toString();
  }
}
