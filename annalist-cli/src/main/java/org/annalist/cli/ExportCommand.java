package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.annalist.export.ExportFormat;
import org.annalist.store.AnnalistStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code annalist export --format json|csv|timelinejs|graphml|jsonld [--out FILE]}: writes the
 * store in an export format.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the store (see docs/EXPORT.md): json (annalist-export/1), csv (a zip of CSV tables),",
        "timelinejs (Knight Lab TimelineJS3), graphml (entity-event graph for Gephi),",
        "jsonld (Simple Event Model with PROV-O)."})
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "Export format: json, csv, timelinejs, graphml or jsonld.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
  Path out;

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen;
    try {
      chosen = ExportFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException(e.getMessage());
    }
    AnnalistStore opened = store.openExisting();
    if (out == null) {
      chosen.write(opened, System.out);
      System.out.flush();
      return 0;
    }
    Path absolute = out.toAbsolutePath();
    Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
    try {
      try (OutputStream stream = Files.newOutputStream(partial)) {
        chosen.write(opened, stream);
      }
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return 0;
  }
}
