package org.annalist.eval.events;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import org.annalist.eval.EvaluationCommandLine;
import org.annalist.eval.events.anchoring.AnchoringEvaluation;
import org.annalist.eval.factuality.FactualityEvaluation;
import org.annalist.eval.gold.TbaqSplit;

/**
 * Scores an event mention detector or a cross-document event coreference system on ECB+ or
 * MEANTIME English and prints a table. Run it with {@code scripts/eval-events} from the
 * repository root, e.g. {@code scripts/eval-events --task coref --split test}.
 *
 * <p>Exit status: 0 when everything was scored, 1 when gold could not be read or the system
 * failed somewhere, 2 when the command line is wrong.
 */
public final class EventEvaluation {
  private final EventSystems systems;

  /** An evaluation that can run the given systems. */
  public EventEvaluation(EventSystems systems) {
    this.systems = systems;
  }

  public static void main(String[] args) {
    System.exit(new EventEvaluation(EventSystems.standard()).run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  public int run(String[] args, PrintStream out, PrintStream err) {
    EventCommandLine commandLine =
        new EventCommandLine(systems, arguments -> evaluate(arguments, out, err));
    return EvaluationCommandLine.execute(commandLine, args, out, err);
  }

  private int evaluate(EventArguments arguments, PrintStream out, PrintStream err) {
    if (arguments.task() == EventArguments.Task.FACTUALITY) {
      return FactualityEvaluation.evaluate(
          arguments.corpus() == EventArguments.Corpus.TBAQ
              ? FactualityEvaluation.Corpus.TBAQ
              : FactualityEvaluation.Corpus.MEANTIME,
          TbaqSplit.valueOf(arguments.split().name()),
          arguments.evalData(),
          out,
          err);
    }
    if (arguments.task() == EventArguments.Task.ANCHORING) {
      out.println("eval data: " + arguments.evalData().toAbsolutePath().normalize());
      return AnchoringEvaluation.evaluate(
          arguments.corpus(),
          arguments.split().name().toLowerCase(Locale.ROOT),
          arguments.evalData(),
          out,
          err);
    }
    EventCorpus corpus;
    try {
      corpus = read(arguments);
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    out.println("eval data: " + arguments.evalData().toAbsolutePath().normalize());
    return arguments.task() == EventArguments.Task.COREF
        ? coref(arguments, corpus, out, err)
        : mentions(arguments, corpus, out, err);
  }

  private int coref(
      EventArguments arguments, EventCorpus corpus, PrintStream out, PrintStream err) {
    EventCorefSystem system = Objects.requireNonNull(
            systems.corefSystems().get(arguments.systemName()),
            "EventCommandLine accepts only a known system")
        .get();
    CorefRun run = CorefRun.of(corpus, arguments.grouping(), system, err);
    out.print(EventTables.coref(run, arguments.mentions().name().toLowerCase(Locale.ROOT)));
    return run.failures().isEmpty() ? 0 : 1;
  }

  private int mentions(
      EventArguments arguments, EventCorpus corpus, PrintStream out, PrintStream err) {
    EventMentionSystem system = Objects.requireNonNull(
            systems.mentionSystems().get(arguments.systemName()),
            "EventCommandLine accepts only a known system")
        .get();
    MentionRun run = MentionRun.of(corpus, system, err);
    out.print(EventTables.mentions(run));
    return run.failures().isEmpty() ? 0 : 1;
  }

  private static EventCorpus read(EventArguments arguments) throws IOException {
    return switch (arguments.corpus()) {
      case ECBPLUS ->
        EcbPlusReader.read(arguments.evalData(), arguments.split(), arguments.mentions());
      case MEANTIME -> MeantimeEventReader.read(arguments.evalData(), arguments.mentions());
      default ->
        throw new IllegalStateException(
            "EventCommandLine lets only anchoring and factuality read " + arguments.corpus());
    };
  }
}
