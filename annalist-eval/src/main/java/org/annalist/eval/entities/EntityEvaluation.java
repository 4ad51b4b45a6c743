package org.annalist.eval.entities;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.annalist.eval.EvaluationCommandLine;
import org.annalist.eval.gold.EntityGoldDocument;
import org.annalist.eval.gold.MeantimeEntityReader;
import org.jspecify.annotations.Nullable;

/**
 * Scores Annalist's names and entities on MEANTIME English and prints two tables: mention
 * detection (strict and relaxed P/R/F1 against all gold mentions, gold names, and typed names)
 * and cross-document entity merging per topic (pairwise, cross-document pairwise and B-cubed
 * P/R/F1 of the resolver beside an exact-string baseline on the same mentions). Run it with
 * {@code scripts/eval-entities} from the repository root.
 *
 * <p>Exit status: 0 when every topic was scored, 1 when gold could not be read or the system
 * failed, 2 when the command line is wrong.
 */
public final class EntityEvaluation {
  private EntityEvaluation() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return EvaluationCommandLine.execute(
        new EntityCommandLine(arguments -> evaluate(arguments, out, err)), args, out, err);
  }

  private static int evaluate(
      EntityEvaluationArguments arguments, PrintStream out, PrintStream err) {
    List<EntityGoldDocument> documents;
    try {
      documents = MeantimeEntityReader.read(arguments.evalData(), arguments.topics());
    } catch (IOException e) {
      err.println("error: meantime: " + e.getMessage());
      return 1;
    }
    AnnalistEntitySystem system = new AnnalistEntitySystem();
    out.println("MEANTIME English, " + documents.size() + " documents; system: " + system.name());
    out.print(evaluate(documents, system, arguments.verbose() ? out : null).format());
    return 0;
  }

  /** Scores the system on the documents, topic by topic; prints merge errors on {@code verbose} if given. */
  static EntityReport evaluate(
      List<EntityGoldDocument> documents,
      AnnalistEntitySystem system,
      @Nullable PrintStream verbose) {
    Map<String, List<EntityGoldDocument>> byTopic = new TreeMap<>();
    documents.forEach(
        d -> byTopic.computeIfAbsent(d.topic(), t -> new ArrayList<>()).add(d));
    EntityReport report = new EntityReport();
    byTopic.forEach((topic, topicDocuments) -> {
      Map<String, List<SystemMention>> resolved = system.resolve(topicDocuments);
      List<LinkedMention> byResolver = new ArrayList<>();
      List<LinkedMention> byString = new ArrayList<>();
      for (EntityGoldDocument document : topicDocuments) {
        List<SystemMention> mentions = Objects.requireNonNull(
            resolved.get(document.id()), "resolve gives a list for every document it is given");
        report.addMentions(document, mentions);
        byResolver.addAll(MergeScorer.link(document, mentions, SystemMention::entity));
        byString.addAll(MergeScorer.link(document, mentions, MergeScorer::exactString));
      }
      report.addTopic(topic, topicDocuments.size(), byResolver, byString);
      if (verbose != null) {
        MergeErrors.print(topic, byResolver, verbose);
      }
    });
    return report;
  }
}
