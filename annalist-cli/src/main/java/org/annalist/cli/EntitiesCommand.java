package org.annalist.cli;

import static org.annalist.model.TerminalText.escape;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annalist entities [--name TEXT]}: the entities of a store with their aliases and why each
 * name was merged, the evidence a user reads before undoing a merge with {@code annalist unmerge}.
 * Names come from documents, so each is printed with its control characters escaped.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "List the entities with their aliases and the evidence of each merge.")
final class EntitiesCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--name",
      paramLabel = "TEXT",
      description = "Only entities with a name or alias containing this text (case ignored).")
  String name;

  @Override
  public Integer call() {
    AnnalistStore opened = store.openToRead();
    List<StoredEntity> shown = opened.entities().stream().filter(this::matches).toList();
    shown.forEach(entity -> print(entity, out()));
    out()
        .printf(
            Locale.ROOT,
            "%d of %d entities; undo a merge with 'annalist unmerge ALIAS CANONICAL'.%n",
            shown.size(),
            opened.entities().size());
    return 0;
  }

  private boolean matches(StoredEntity entity) {
    if (name == null) {
      return true;
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    return entity.name().toLowerCase(Locale.ROOT).contains(wanted)
        || entity.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(wanted));
  }

  static void print(StoredEntity entity, PrintWriter out) {
    int mentions = entity.mentions().size();
    int documents = entity.documents().size();
    out.printf(
        Locale.ROOT,
        "%s  %s (%s): %d mention%s in %d document%s%n",
        escape(entity.id()),
        escape(entity.name()),
        entity.type(),
        mentions,
        mentions == 1 ? "" : "s",
        documents,
        documents == 1 ? "" : "s");
    out.println("  aliases: " + escape(String.join(", ", entity.aliases())));
    for (StoredEntity.Merge merge : entity.merges()) {
      out.printf(
          Locale.ROOT,
          "  merged '%s' into '%s' by %s (%.2f): %s%n",
          escape(merge.alias()),
          escape(merge.canonical()),
          merge.rule(),
          merge.score(),
          escape(merge.explanation()));
    }
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
