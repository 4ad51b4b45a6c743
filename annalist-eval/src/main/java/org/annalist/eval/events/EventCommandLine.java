package org.annalist.eval.events;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.annalist.eval.EvaluationArguments;
import org.annalist.eval.EvaluationCommandLine;
import org.annalist.eval.events.EventArguments.Corpus;
import org.annalist.eval.events.EventArguments.Task;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line of {@code scripts/eval-events}: its options, read into {@link EventArguments},
 * checked against the systems there are, and evaluated.
 */
@Command(
    name = "eval-events",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Scores event mention detection or cross-document event coreference on ECB+ or MEANTIME English.")
final class EventCommandLine implements Callable<Integer> {
  @Option(
      names = "--task",
      paramLabel = "coref|mentions|anchoring|factuality",
      description = "coref: cluster the gold mentions across documents (default);"
          + " mentions: find event mentions in the text;"
          + " anchoring: date the events, against gold event-time links (tbaq, meantime, timeline);"
          + " factuality: polarity, certainty, tense, ... of the gold events (meantime, tbaq)")
  Task task = Task.COREF;

  @Option(
      names = "--corpus",
      paramLabel = "ecbplus|meantime|tbaq|timeline",
      description = "ecbplus (default) or meantime (English, 4 topics); for anchoring also tbaq"
          + " (TimeBank and AQUAINT) and timeline (SemEval-2015 Task 4); for factuality meantime"
          + " or tbaq")
  Corpus corpus = Corpus.ECBPLUS;

  @Option(
      names = "--split",
      paramLabel = "all|train|dev|test",
      description =
          "ECB+ topics: all 43 (default), train (1-35 without dev), dev (2 5 12 18 21 23 34 35),"
              + " test (36-45); meantime takes only all; anchoring and factuality: dev (default),"
              + " test or all")
  EcbPlusSplit split = EcbPlusSplit.ALL;

  @Option(
      names = "--system",
      paramLabel = "NAME",
      description =
          "the system to evaluate (default: lemma-baseline for coref, verb-baseline for mentions)")
  @Nullable
  String system;

  @Option(
      names = "--group",
      paramLabel = "topic|subtopic|corpus",
      description =
          "coref: the documents the system is given together, one call each (default: topic)")
  Grouping grouping = Grouping.TOPIC;

  @Option(
      names = "--mentions",
      paramLabel = "events|all",
      description =
          "gold mentions read: events (default), or all = events and entities, the setting of"
              + " Zhukova et al. (LREC 2022) for their same-lemma baseline")
  MentionKinds mentions = MentionKinds.EVENTS;

  @Option(
      names = "--eval-data",
      paramLabel = "PATH",
      description = "the folder holding ecbplus/ and meantime-english/"
          + " (default: ../shared/eval-data beside the repository)")
  Path evalData = EvaluationArguments.defaultEvalData();

  @Spec
  CommandSpec spec;

  private final EventSystems systems;
  private final ToIntFunction<EventArguments> evaluation;

  /** A command line for these systems that hands what it reads to the evaluation, which returns the exit status. */
  EventCommandLine(EventSystems systems, ToIntFunction<EventArguments> evaluation) {
    this.systems = systems;
    this.evaluation = evaluation;
  }

  @Override
  public Integer call() {
    if (task == Task.ANCHORING) {
      return anchoring();
    }
    if (task == Task.FACTUALITY) {
      return factuality();
    }
    if (corpus == Corpus.TBAQ || corpus == Corpus.TIMELINE) {
      throw misuse("--corpus " + lower(corpus) + " is read only by --task "
          + (corpus == Corpus.TBAQ ? "anchoring or factuality" : "anchoring"));
    }
    if (corpus == Corpus.MEANTIME && split != EcbPlusSplit.ALL) {
      throw misuse("--split " + lower(split) + " exists only for ecbplus; meantime takes all");
    }
    EventArguments arguments =
        new EventArguments(task, corpus, split, system, grouping, mentions, evalData);
    Map<String, ?> known = task == Task.COREF ? systems.corefSystems() : systems.mentionSystems();
    if (!known.containsKey(arguments.systemName())) {
      throw misuse("--system for --task " + lower(task) + " must be " + EventSystems.names(known)
          + ", was '" + arguments.systemName() + "'");
    }
    EvaluationCommandLine.requireEvalData(evalData, spec);
    return evaluation.applyAsInt(arguments);
  }

  /**
   * The anchoring task: its own corpora, the dev split unless another is asked for (so that test
   * data is read only on purpose), and no {@code --system}: it prints Annalist beside its baselines.
   */
  private Integer anchoring() {
    if (corpus == Corpus.ECBPLUS) {
      throw misuse("--task anchoring takes --corpus tbaq|meantime|timeline");
    }
    if (split == EcbPlusSplit.TRAIN) {
      throw misuse("--task anchoring takes --split dev|test|all");
    }
    if (system != null) {
      throw misuse("--task anchoring prints Annalist beside its baselines and takes no --system");
    }
    boolean splitGiven = spec.commandLine().getParseResult().hasMatchedOption("--split");
    EvaluationCommandLine.requireEvalData(evalData, spec);
    return evaluation.applyAsInt(new EventArguments(
        task, corpus, splitGiven ? split : EcbPlusSplit.DEV, null, grouping, mentions, evalData));
  }

  /**
   * The factuality task: MEANTIME or TimeBank/AQUAINT, the dev split unless another is asked for,
   * and no {@code --system}: it prints Annalist beside the majority-class baseline.
   */
  private Integer factuality() {
    if (corpus != Corpus.MEANTIME && corpus != Corpus.TBAQ) {
      throw misuse("--task factuality takes --corpus meantime|tbaq");
    }
    if (split == EcbPlusSplit.TRAIN) {
      throw misuse("--task factuality takes --split dev|test|all");
    }
    if (system != null) {
      throw misuse(
          "--task factuality prints Annalist beside the majority baseline and takes no --system");
    }
    boolean splitGiven = spec.commandLine().getParseResult().hasMatchedOption("--split");
    EvaluationCommandLine.requireEvalData(evalData, spec);
    return evaluation.applyAsInt(new EventArguments(
        task, corpus, splitGiven ? split : EcbPlusSplit.DEV, null, grouping, mentions, evalData));
  }

  private ParameterException misuse(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
