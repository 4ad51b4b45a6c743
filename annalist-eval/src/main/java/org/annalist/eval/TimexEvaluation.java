package org.annalist.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.annalist.eval.gold.EventStoryLineReader;
import org.annalist.eval.gold.GoldCorpus;
import org.annalist.eval.gold.MeantimeReader;
import org.annalist.eval.gold.WikiWarsReader;

/**
 * Scores a temporal tagger on WikiWars 01–16, MEANTIME English and the Event StoryLine Corpus
 * (ESC topics 1-19 for development, 20-41 the untouched news test) and prints one row per
 * corpus: strict and relaxed extraction P/R/F1, value F1 and strict+value F1 (TempEval-3
 * definitions), type accuracy where the gold is typed, and, as a diagnostic, value F1 with clock
 * times compared by their day. Run it with {@code scripts/eval-timex} from the repository root, e.g. {@code scripts/eval-timex --corpus wikiwars --verbose}.
 *
 * <p>Exit status: 0 when every corpus was scored, 1 when gold could not be read or the system
 * failed on a document, 2 when the command line is wrong.
 */
public final class TimexEvaluation {
  private final Supplier<TimexSystem> systems;

  /** An evaluation of the systems the supplier makes (one per run). */
  public TimexEvaluation(Supplier<TimexSystem> systems) {
    this.systems = systems;
  }

  public static void main(String[] args) {
    System.exit(new TimexEvaluation(AnnalistTimexSystem::new).run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  public int run(String[] args, PrintStream out, PrintStream err) {
    return EvaluationCommandLine.execute(
        new TimexCommandLine(arguments -> evaluate(arguments, out, err)), args, out, err);
  }

  private int evaluate(EvaluationArguments arguments, PrintStream out, PrintStream err) {
    TimexSystem system = systems.get();
    List<CorpusRun> runs = new ArrayList<>();
    boolean failed = false;
    for (CorpusChoice corpus : arguments.corpus().corpora()) {
      try {
        CorpusRun run =
            CorpusRun.of(read(corpus, arguments), system, arguments.modeFor(corpus), err);
        failed |= !run.failedDocuments().isEmpty();
        runs.add(run);
        if (arguments.verbose()) {
          VerboseReport.print(run, corpus.errorsShown(arguments.topics()), out);
        }
      } catch (IOException e) {
        err.println("error: " + corpus.label() + ": " + e.getMessage());
        failed = true;
      }
    }
    out.println("system: " + system.name() + "   eval data: "
        + arguments.evalData().toAbsolutePath().normalize());
    out.print(ResultTable.format(runs));
    return failed ? 1 : 0;
  }

  private static GoldCorpus read(CorpusChoice corpus, EvaluationArguments arguments)
      throws IOException {
    return switch (corpus) {
      case WIKIWARS -> WikiWarsReader.read(arguments.evalData());
      case MEANTIME -> MeantimeReader.read(arguments.evalData(), arguments.topics());
      case ESC -> EventStoryLineReader.read(arguments.evalData(), arguments.topics());
      case ALL -> throw new IllegalArgumentException("ALL is not a single corpus");
    };
  }
}
