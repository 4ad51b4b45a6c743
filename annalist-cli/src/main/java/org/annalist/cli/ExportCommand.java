package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.annalist.export.ExportFormat;
import org.annalist.store.AnnalistStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code annalist export --format json|csv|timelinejs|graphml|jsonld [--out FILE]}: writes the
 * store in an export format. With {@code --out} the export is written to a hidden partial file
 * beside the target and renamed over it when complete, so an interrupted export never leaves half
 * a file; a partial file that an export killed before it could remove it left behind is removed
 * by the next export to the same target ({@link PartialFiles}). The file is made like any other the
 * user writes (the umask decides who may read it).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the store (see docs/EXPORT.md): json (annalist-export/1), csv (a zip of CSV tables),",
      "timelinejs (Knight Lab TimelineJS3), graphml (entity-event graph for Gephi),",
      "jsonld (Simple Event Model with PROV-O)."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "Export format: json, csv, timelinejs, graphml or jsonld.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here (default: standard output).")
  Path out;

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen;
    try {
      chosen = ExportFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException(String.valueOf(e.getMessage()));
    }
    AnnalistStore opened = store.openToRead();
    warnIfNotLinked(opened, spec.commandLine().getErr());
    if (out == null) {
      chosen.write(opened, System.out);
      System.out.flush();
      return 0;
    }
    PartialFiles partials = PartialFiles.beside(out.toAbsolutePath());
    partials.removeAbandoned();
    Path partial = partials.create();
    Thread removeOnInterrupt =
        new Thread(() -> partials.remove(partial), "annalist-export-cleanup");
    Runtime.getRuntime().addShutdownHook(removeOnInterrupt);
    try {
      try (OutputStream stream = Files.newOutputStream(partial, StandardOpenOption.WRITE)) {
        chosen.write(opened, stream);
      }
      Files.move(
          partial,
          partials.target(),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      partials.remove(partial);
      Runtime.getRuntime().removeShutdownHook(removeOnInterrupt);
    }
    return 0;
  }

  /**
   * Warns when the entities and timeline are older than the documents: an analysis was stopped
   * before it linked them, and the export would show documents without their events.
   */
  private static void warnIfNotLinked(AnnalistStore store, PrintWriter err) {
    if (store.isLinkingPending()) {
      err.println(
          "annalist: warning: the store's entities and timeline are older than its documents (an analysis"
              + " stopped before it linked them), so this export may lack events, entities and conflicts; run"
              + " 'annalist analyze' on the same folders to complete it");
      err.flush();
    }
  }
}
