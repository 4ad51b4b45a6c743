package org.annalist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code annalist} command; its subcommands do the work. */
@Command(
    name = "annalist",
    mixinStandardHelpOptions = true,
    versionProvider = AnnalistCommand.Version.class,
    description = "Builds an evidence-backed timeline from a folder of documents about the past.",
    subcommands = {
      RunCommand.class,
      AnalyzeCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      TimexCommand.class,
      EntitiesCommand.class,
      UnmergeCommand.class,
      BenchCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure", "2:misuse (bad arguments, missing folder or store)"})
final class AnnalistCommand {

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AnnalistCommand.class.getPackage().getImplementationVersion();
      return new String[] {"annalist " + (version == null ? "(development build)" : version)};
    }
  }
}
