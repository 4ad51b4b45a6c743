package org.annalist.eval.events;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.annalist.eval.EvaluationArguments;
import org.annalist.eval.UsageException;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line of {@link EventEvaluation}.
 *
 * @param task mention detection or coreference
 * @param corpus which gold corpus
 * @param split which ECB+ topics (MEANTIME has no split and takes only {@code all})
 * @param system the system's name, or null for the task's default
 * @param grouping the sets of documents a coreference system is given together
 * @param mentions which gold mentions are read
 * @param evalData the folder holding {@code ecbplus/} and {@code meantime-english/}
 * @param help whether only the usage was asked for
 */
public record EventArguments(Task task, Corpus corpus, EcbPlusSplit split, @Nullable String system,
    Grouping grouping, MentionKinds mentions, Path evalData, boolean help) {

  /** What is evaluated. */
  public enum Task { MENTIONS, COREF }

  /** The gold corpora. */
  public enum Corpus { ECBPLUS, MEANTIME }

  public static final String USAGE = """
      usage: eval-events [--task coref|mentions] [--corpus ecbplus|meantime] [--split all|train|dev|test]
                         [--system NAME] [--group topic|subtopic|corpus] [--mentions events|all]
                         [--eval-data PATH]
        --task       coref: cluster the gold mentions across documents (default);
                     mentions: find event mentions in the text
        --corpus     ecbplus (default) or meantime (English, 4 topics)
        --split      ECB+ topics: all 43 (default), train (1-35 without dev), dev (2 5 12 18 21 23 34 35),
                     test (36-45); meantime takes only all
        --system     the system to evaluate (default: lemma-baseline for coref, verb-baseline for mentions)
        --group      coref: the documents the system is given together, one call each (default: topic)
        --mentions   gold mentions read: events (default), or all = events and entities, the setting of
                     Zhukova et al. (LREC 2022) for their same-lemma baseline
        --eval-data  the folder holding ecbplus/ and meantime-english/ (default: ../shared/eval-data
                     beside the repository)""";

  private static final List<String> OPTIONS =
      List.of("--task", "--corpus", "--split", "--system", "--group", "--mentions", "--eval-data");

  public EventArguments {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(evalData, "evalData");
  }

  /** The system to run: the one named, else the task's default. */
  public String systemName() {
    if (system != null) {
      return system;
    }
    return task == Task.COREF ? EventSystems.DEFAULT_COREF_SYSTEM : EventSystems.DEFAULT_MENTION_SYSTEM;
  }

  public static EventArguments parse(String... args) throws UsageException {
    Map<String, String> values = new HashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        help = true;
      } else if (OPTIONS.contains(args[i])) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new UsageException(args[i] + " needs a value");
        }
        values.put(args[i], args[++i]);
      } else {
        throw new UsageException("unknown argument '" + args[i] + "'");
      }
    }
    EventArguments arguments = new EventArguments(
        choice(values, "--task", Task.COREF), choice(values, "--corpus", Corpus.ECBPLUS),
        choice(values, "--split", EcbPlusSplit.ALL), values.get("--system"),
        choice(values, "--group", Grouping.TOPIC), choice(values, "--mentions", MentionKinds.EVENTS),
        values.containsKey("--eval-data") ? Path.of(values.get("--eval-data")) : defaultEvalData(), help);
    if (arguments.corpus() == Corpus.MEANTIME && arguments.split() != EcbPlusSplit.ALL) {
      throw new UsageException("--split " + values.get("--split") + " exists only for ecbplus; meantime takes all");
    }
    return arguments;
  }

  private static Path defaultEvalData() {
    String configured = System.getProperty(EvaluationArguments.EVAL_DATA_PROPERTY);
    return Path.of(configured == null || configured.isBlank() ? "../shared/eval-data" : configured);
  }

  /** The constant named by the option's value (lower case), or the default when it is absent. */
  private static <E extends Enum<E>> E choice(Map<String, String> values, String option, E absent)
      throws UsageException {
    String value = values.get(option);
    if (value == null) {
      return absent;
    }
    E[] constants = absent.getDeclaringClass().getEnumConstants();
    for (E constant : constants) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    String allowed = Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("|"));
    throw new UsageException(option + " must be " + allowed + ", was '" + value + "'");
  }
}
