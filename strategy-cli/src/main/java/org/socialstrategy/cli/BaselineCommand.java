package org.socialstrategy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialstrategy.report.BaselineFile;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.scoring.validation.Baseline;
import org.socialstrategy.scoring.validation.StrategyValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sbs baseline}: record today's findings, so that a check fails only on new ones. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Record the findings of strategy files as a baseline: a JSON file that sbs validate"
          + " --baseline reads to fail only on findings that are not in it.",
      "A finding is known by its rule, its subject and its path with elements named by id, so"
          + " moved lines, edits elsewhere and reworded messages keep it matched. Files are named"
          + " as given: make and use a baseline from the same folder, usually the repository's"
          + " root."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs baseline strategies/ -o sbs-baseline.json",
      "  sbs validate strategies/ --baseline sbs-baseline.json",
      "  sbs baseline retail.yaml --disable SBS108 > sbs-baseline.json",
      "",
      "Use the same rule settings (--disable, --severity, --option) as the check that reads it.",
      "Exit codes: 0 written, 2 when a file cannot be read or the command line is wrong."
    })
final class BaselineCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Strategy files (.yaml, .yml, .json), folders to walk, or - for standard input.")
  List<String> files = new ArrayList<>();

  @Mixin StdinFormatOption stdinFormat;

  @Mixin ValidationDate asOf;

  @Mixin OutputOption output;

  @Mixin QuietOption quiet;

  @Mixin ColorOption color;

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    TextStyle style = color.style();
    StrategyValidator validator = Commands.validator(rules, spec);
    Inputs.Resolved resolved;
    try {
      resolved = Inputs.resolve(files, false, stdinFormat.format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Baseline baseline = Baseline.empty();
    boolean unreadable = false;
    for (Inputs.Input input : resolved.inputs()) {
      if (input.readable()) {
        baseline =
            baseline.with(
                input.name(), validator.validate(input.document().strategy(), asOf.date(spec)));
      } else {
        spec.commandLine().getErr().print(FindingsText.problems(input.unreadable(), style));
        unreadable = true;
      }
    }
    if (unreadable) {
      spec.commandLine()
          .getErr()
          .println("sbs: no baseline written: a baseline must cover every file it names");
      spec.commandLine().getErr().flush();
      return Sbs.INVALID;
    }
    output.emit(BaselineFile.write(baseline), spec);
    if (!quiet.quiet) {
      spec.commandLine()
          .getErr()
          .println(
              style.dim(
                  "sbs: baseline of "
                      + baseline.entries().size()
                      + (baseline.entries().size() == 1 ? " finding" : " findings")
                      + " in "
                      + resolved.inputs().size()
                      + (resolved.inputs().size() == 1 ? " file" : " files")));
      spec.commandLine().getErr().flush();
    }
    return Sbs.OK;
  }
}
