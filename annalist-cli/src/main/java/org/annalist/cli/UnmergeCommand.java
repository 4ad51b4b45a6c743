package org.annalist.cli;

import static org.annalist.model.TerminalText.escape;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annalist.app.MergeDecisions;
import org.annalist.model.KeptApart;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annalist unmerge NAME OTHER}: undoes a merge of the entity resolver by keeping two names
 * in different entities from now on; {@code --undo} lets them be merged again, {@code --list}
 * shows the pairs kept apart. The store's entities and timeline are linked again at once.
 */
@Command(
    name = "unmerge",
    mixinStandardHelpOptions = true,
    description =
        "Keep two names in different entities (undo a merge), then link the corpus again.")
final class UnmergeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "NAME",
      description = "The two names, e.g. an alias and its canonical name.")
  List<String> names = List.of();

  @Option(
      names = "--undo",
      description = "Let the two names be merged again when the evidence says so.")
  boolean undo;

  @Option(names = "--list", description = "List the pairs of names kept apart.")
  boolean list;

  @Override
  public Integer call() {
    AnnalistStore opened = store.openExisting();
    if (list) {
      opened
          .keptApart()
          .forEach(pair -> out()
              .printf("'%s' kept apart from '%s'%n", escape(pair.name()), escape(pair.other())));
      return 0;
    }
    if (names.size() != 2) {
      throw new Failures.UsageException(
          "give the two names to keep apart, e.g. 'annalist unmerge ALIAS CANONICAL'"
              + " as 'annalist entities' lists them (or --list)");
    }
    KeptApart pair;
    try {
      pair = new KeptApart(names.get(0), names.get(1));
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException(String.valueOf(e.getMessage()));
    }
    Optional<MergeDecisions.Relinked> relinked =
        undo ? MergeDecisions.allowTogether(opened, pair) : MergeDecisions.keepApart(opened, pair);
    if (relinked.isEmpty()) {
      out()
          .printf(
              "Nothing changed: '%s' and '%s' were %s.%n",
              escape(pair.name()),
              escape(pair.other()),
              undo ? "not kept apart" : "already kept apart");
      return 0;
    }
    out()
        .printf(
            Locale.ROOT,
            "%s '%s' and '%s'; linked again in %.1f s: %d entities, %d events.%n",
            undo ? "Let together" : "Kept apart",
            escape(pair.name()),
            escape(pair.other()),
            relinked.get().took().toMillis() / 1000.0,
            relinked.get().entities(),
            relinked.get().events());
    opened.entities().stream()
        .filter(e -> carries(e, pair))
        .forEach(e -> EntitiesCommand.print(e, out()));
    return 0;
  }

  private static boolean carries(StoredEntity entity, KeptApart pair) {
    return entity.aliases().stream()
        .anyMatch(a -> a.equalsIgnoreCase(pair.name()) || a.equalsIgnoreCase(pair.other()));
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
