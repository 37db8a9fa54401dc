package org.socialstrategy.cli;

import java.util.concurrent.Callable;
import org.socialstrategy.io.StrategySchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sbs schema}: the JSON Schema of strategy files, for editors and CI. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of strategy file format 1, for editor completion and"
          + " checks in other tools."
    },
    footerHeading = "%nExample:%n",
    footer = {"  sbs schema > strategy-v1.schema.json"})
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(StrategySchemas.v1());
    spec.commandLine().getOut().flush();
    return Sbs.OK;
  }
}
