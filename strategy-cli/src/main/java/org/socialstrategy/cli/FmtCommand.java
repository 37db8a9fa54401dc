package org.socialstrategy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialstrategy.io.StrategyText;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.TextStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sbs fmt}: rewrite strategy files in the canonical layout, on request. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrite strategy files in the canonical layout: the format's field order, two-space"
          + " indentation, defaults left out. The comment lines at the top of a YAML file are"
          + " kept; other comments are not. Each file is replaced in one step.",
      "Nothing else rewrites a whole file: sbs set changes only what it sets."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs fmt retail.yaml",
      "  sbs fmt --check strategies/*.yaml        exit 1 if a file is not formatted",
      "  sbs fmt - < retail.yaml                  the formatted text on standard output",
      "",
      "Exit codes: 0 done (or formatted already), 1 when --check finds a file to format,"
          + " 2 when a file cannot be read."
    })
final class FmtCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Strategy files (.yaml, .yml, .json), or - to format standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--check",
      description = "Change nothing; list the files that are not formatted and exit 1 if any.")
  boolean check;

  @Mixin StdinFormatOption stdinFormat;

  @Mixin QuietOption quiet;

  @Mixin ColorOption color;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input can be given only once");
    }
    TextStyle style = color.style();
    boolean unreadable = false;
    List<String> unformatted = new ArrayList<>();
    for (String file : files) {
      Inputs.Input input = Inputs.editable(file, stdinFormat.format);
      if (!input.readable()) {
        spec.commandLine().getErr().print(FindingsText.problems(input.unreadable(), style));
        unreadable = true;
        continue;
      }
      StrategyText text = input.text();
      if (check) {
        if (!text.isFormatted()) {
          unformatted.add(input.name());
          spec.commandLine().getOut().println(input.name());
        }
      } else if (file.equals("-")) {
        spec.commandLine().getOut().print(text.formatted().text());
      } else if (!text.isFormatted()) {
        OutputOption.write(Path.of(file), text.formatted().text());
        unformatted.add(input.name());
      }
    }
    spec.commandLine().getOut().flush();
    if (!quiet.quiet && !files.contains("-")) {
      String count = unformatted.size() + (unformatted.size() == 1 ? " file" : " files");
      spec.commandLine()
          .getErr()
          .println(
              style.dim(
                  "sbs: "
                      + (check ? count + " to format" : "formatted " + count)
                      + " of "
                      + files.size()));
    }
    spec.commandLine().getErr().flush();
    if (unreadable) {
      return Sbs.INVALID;
    }
    return check && !unformatted.isEmpty() ? Sbs.FINDINGS : Sbs.OK;
  }
}
