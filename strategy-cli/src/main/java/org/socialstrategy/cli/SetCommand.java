package org.socialstrategy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialstrategy.io.PathEdit;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyText;
import org.socialstrategy.model.diff.Change;
import org.socialstrategy.model.diff.StrategyDiff;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.report.UnreadableFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sbs set}: change values of a strategy file by their paths, keeping the rest of it. */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = {
      "Change values of a strategy file by their paths, as findings print them. Only the text of"
          + " what changes is rewritten: comments, key order, quoting, blank lines and period"
          + " shorthands stay as they are.",
      "Text needs no quotes; an element or a list is written in brackets: {amount: \"6000.00\","
          + " currency: EUR}, [grow-revenue, win-accounts]. Setting a whole element of a list"
          + " with ids adds it when there is none with that id.",
      "All edits are applied, or none: a bad path or value is reported with the line it leads"
          + " to and the file is left untouched. The file is replaced in one step."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs set retail.yaml 'tactics[fb-shop].cost.amount=6000.00'",
      "  sbs set retail.yaml 'tactics[fb-shop].name=Facebook store' 'tactics[fb-shop].owner=cmo'",
      "  sbs set retail.yaml 'suppressions[0].until=2027-06-30'",
      "  sbs set retail.yaml --remove 'tactics[fb-fan-contest]'",
      "  sbs set retail.yaml 'vision.horizon.end=2030-12-31' -o - | sbs validate -",
      "",
      "Exit codes: 0 written, 2 when the file cannot be read or an edit is refused."
    })
final class SetCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The strategy file (.yaml, .yml, .json), or - for standard input.")
  String file;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "PATH=VALUE",
      description = "A value to set, such as tactics[fb-shop].cost.amount=6000.00.")
  List<String> assignments = new ArrayList<>();

  @Option(
      names = "--remove",
      paramLabel = "PATH",
      description = "Remove the element or field, such as tactics[fb-fan-contest]; repeatable.")
  List<String> removals = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the edited strategy to FILE instead of changing FILE in place; - for standard"
              + " output.")
  String output;

  @Mixin StdinFormatOption stdinFormat;

  @Mixin QuietOption quiet;

  @Mixin ColorOption color;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<PathEdit> edits = new ArrayList<>();
    for (String assignment : assignments) {
      try {
        edits.add(PathEdit.parse(assignment));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
    removals.forEach(path -> edits.add(PathEdit.remove(path)));
    if (edits.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "no edit given: add PATH=VALUE, such as tactics[fb-shop].cost.amount=6000.00, or"
              + " --remove PATH");
    }
    if (file.equals("-") && output == null) {
      throw new ParameterException(
          spec.commandLine(), "standard input cannot be changed in place: add -o FILE or -o -");
    }
    TextStyle style = color.style();
    Inputs.Input input = Inputs.editable(file, stdinFormat.format);
    if (!input.readable()) {
      return refused(input.unreadable(), style);
    }
    StrategyText edited;
    try {
      edited = input.text().apply(edits);
    } catch (StrategyFileException e) {
      return refused(UnreadableFile.of(input.name(), e), style);
    }
    String target = output == null ? file : output;
    if (target.equals("-")) {
      spec.commandLine().getOut().print(edited.text());
      spec.commandLine().getOut().flush();
    } else {
      OutputOption.write(Path.of(target), edited.text());
    }
    if (!quiet.quiet) {
      StrategyDiff diff = StrategyDiff.between(input.text().strategy(), edited.strategy());
      var err = spec.commandLine().getErr();
      String where = target.equals("-") ? input.name() + ", written to standard output" : target;
      err.println(
          style.dim(
              "sbs: "
                  + (diff.isEmpty() ? "nothing changed in " + where : "changed " + where + ":")));
      for (Change change : diff.changes()) {
        err.println(style.dim("  " + change));
      }
      err.flush();
    }
    return Sbs.OK;
  }

  private int refused(UnreadableFile problems, TextStyle style) {
    spec.commandLine().getErr().print(FindingsText.problems(problems, style));
    spec.commandLine().getErr().flush();
    return Sbs.INVALID;
  }
}
