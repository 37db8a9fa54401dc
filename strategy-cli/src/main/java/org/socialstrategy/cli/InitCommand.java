package org.socialstrategy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socialstrategy.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sbs init}: a commented starter strategy that validates. */
@Command(
    name = "init",
    description = {
      "Write a commented starter strategy: a goal, its objective, an aligned tactic, the roadmap"
          + " and governance around them. It validates without errors; edit it from there."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  sbs init", "  sbs init acme.yaml && sbs validate acme.yaml"})
final class InitCommand implements Callable<Integer> {

  /** The starter strategy, a resource beside this class. */
  static final String STARTER = "starter.yaml";

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      defaultValue = "strategy.yaml",
      description = "The file to write (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--force", description = "Overwrite the file if it exists.")
  boolean force;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.exists(file) && !force) {
      spec.commandLine()
          .getErr()
          .println("sbs: " + file + " already exists; use --force to overwrite it");
      return Sbs.INVALID;
    }
    AtomicFiles.write(file, Inputs.resource(STARTER));
    spec.commandLine().getOut().println("wrote " + file + "; check it with: sbs validate " + file);
    return Sbs.OK;
  }
}
