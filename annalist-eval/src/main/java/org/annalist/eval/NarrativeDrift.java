package org.annalist.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.eval.gold.WikiWarsReader;
import org.annalist.model.Span;
import org.annalist.model.layers.TimexMod;
import org.annalist.time.DayInterval;
import org.annalist.time.TimeStage;
import org.annalist.time.TimexIntervals;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * How far a history's story moves on after it tells a date, measured on WikiWars' gold dates: for
 * each gold date that follows an earlier one in a later sentence, the days from the end of the
 * earlier date's window to the start of the new one, grouped by how many sentences lie between
 * and by how precise the earlier date was. The events stage reads a sentence without a date of its
 * own as dated by the last date told; these percentiles say how far that date may run on (see
 * docs/EVENTS.md). Run: {@code scripts/narrative-drift}.
 */
@Command(
    name = "narrative-drift",
    mixinStandardHelpOptions = true,
    description =
        "Prints how far WikiWars' stories move on after they tell a date, by sentences between.")
public final class NarrativeDrift implements Callable<Integer> {
  private static final int[] BUCKET_ENDS = {2, 5, 10, Integer.MAX_VALUE};
  private static final String[] BUCKET_NAMES = {"1-2", "3-5", "6-10", "11+"};
  /** A window of at most this many days counts as told to the month or day. */
  private static final long PRECISE_DAYS = 31;

  @Parameters(
      paramLabel = "EVAL_DATA",
      arity = "0..1",
      description =
          "the folder holding wikiwars/ (default: ../shared/eval-data beside the repository)")
  Path evalData = EvaluationArguments.defaultEvalData();

  private NarrativeDrift() {}

  /** One step of a story: an earlier told date, and the next, some sentences on. */
  record Step(int sentences, long gapDays, boolean precise) {}

  public static void main(String[] args) {
    System.exit(EvaluationCommandLine.execute(new NarrativeDrift(), args, System.out, System.err));
  }

  @Override
  public Integer call() throws IOException {
    List<Step> steps = new ArrayList<>();
    for (GoldDocument document : WikiWarsReader.read(evalData).documents()) {
      steps.addAll(steps(document));
    }
    print(steps, System.out);
    return 0;
  }

  static List<Step> steps(GoldDocument document) {
    List<Span> sentences =
        TimeStage.sentences(document.text(), List.of(Span.of(0, document.text().length())));
    List<Step> steps = new ArrayList<>();
    DayInterval previous = null;
    int previousSentence = -1;
    for (GoldTimex timex : document.timexes()) {
      Optional<DayInterval> interval = interval(timex);
      int sentence = sentenceOf(sentences, timex.span().start());
      if (interval.isEmpty() || sentence < 0) {
        continue;
      }
      if (previous != null && sentence > previousSentence) {
        long gap = ChronoUnit.DAYS.between(previous.latest(), interval.get().earliest());
        long length = ChronoUnit.DAYS.between(previous.earliest(), previous.latest()) + 1;
        steps.add(new Step(sentence - previousSentence, gap, length <= PRECISE_DAYS));
      }
      previous = interval.get();
      previousSentence = sentence;
    }
    return steps;
  }

  private static Optional<DayInterval> interval(GoldTimex timex) {
    if (timex.value() == null) {
      return Optional.empty();
    }
    return TimexIntervals.of(timex.value(), mod(timex.mod()));
  }

  private static @Nullable TimexMod mod(@Nullable String mod) {
    try {
      return mod == null ? null : TimexMod.valueOf(mod);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int sentenceOf(List<Span> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).start() <= offset && offset < sentences.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  static void print(List<Step> steps, PrintStream out) {
    out.println(
        "days from the end of the last told date to the next, by sentences between (WikiWars 01-16)");
    out.println("told to    sentences      n    p50    p75    p90");
    for (boolean precise : new boolean[] {true, false}) {
      for (int b = 0; b < BUCKET_ENDS.length; b++) {
        int low = b == 0 ? 1 : BUCKET_ENDS[b - 1] + 1;
        int high = BUCKET_ENDS[b];
        List<Long> gaps = new ArrayList<>();
        steps.stream()
            .filter(s -> s.precise() == precise && s.sentences() >= low && s.sentences() <= high)
            .forEach(s -> gaps.add(s.gapDays()));
        Collections.sort(gaps);
        if (!gaps.isEmpty()) {
          out.printf(
              Locale.ROOT,
              "%-10s %-9s %6d %6d %6d %6d%n",
              precise ? "day/month" : "coarser",
              BUCKET_NAMES[b],
              gaps.size(),
              percentile(gaps, 0.5),
              percentile(gaps, 0.75),
              percentile(gaps, 0.9));
        }
      }
    }
  }

  static long percentile(List<Long> sorted, double share) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (share * sorted.size())));
  }
}
