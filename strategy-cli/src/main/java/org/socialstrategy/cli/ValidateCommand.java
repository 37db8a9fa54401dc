package org.socialstrategy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.report.BaselineFile;
import org.socialstrategy.report.CheckedFile;
import org.socialstrategy.report.FindingsJson;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.SarifReport;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.report.ValidatedFile;
import org.socialstrategy.scoring.validation.Baseline;
import org.socialstrategy.scoring.validation.BaselineMatch;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sbs validate}: findings printed like a compiler, or as JSON or SARIF. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check strategy files against the rules of social business strategy.",
      "Exit code 0 when clean, 1 when a finding is at or above --fail-on, 2 when a file cannot"
          + " be read or the command line is wrong."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs validate retail.yaml --fail-on warning",
      "  sbs validate strategies/                  every strategy file under the folder",
      "  sbs validate - < retail.yaml              standard input",
      "  sbs validate *.yaml --format sarif -o findings.sarif",
      "  sbs validate retail.yaml --disable SBS108 --option executive-support-share=0.75",
      "  sbs validate --sample                     the bundled sample",
      "  sbs validate strategies/ --baseline sbs-baseline.json   fail only on new findings",
      "  sbs validate retail.yaml --as-of 2027-07-01   waivers judged on that day",
      "",
      "In a folder, a .yaml, .yml or .json file counts as a strategy file when it has a top-level"
          + " formatVersion; other files are skipped and counted. Hidden folders are skipped."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** Compiler-style lines. */
    TEXT,
    /** One JSON document. */
    JSON,
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Strategy files (.yaml, .yml, .json), folders to walk, or - for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--sample", description = "Validate the bundled sample strategy (retail.yaml).")
  boolean sample;

  @Mixin StdinFormatOption stdinFormat;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text, json or sarif (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "LEVEL",
      description =
          "Exit with 1 when a finding is at or above this severity: error, warning or"
              + " info (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "A baseline written by sbs baseline: only findings that are not in it are shown and"
              + " counted for --fail-on.")
  Path baseline;

  @Mixin ValidationDate asOf;

  @Mixin OutputOption output;

  @Mixin QuietOption quiet;

  @Mixin ColorOption color;

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    TextStyle style = output.style(color);
    StrategyValidator validator = Commands.validator(rules, spec);
    Inputs.Resolved resolved;
    try {
      resolved = Inputs.resolve(files, sample, stdinFormat.format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (!quiet.quiet) {
      if (sample) {
        note(style, "using the bundled sample strategy " + Inputs.SAMPLE);
      }
      if (!resolved.skipped().isEmpty()) {
        note(
            style,
            "skipped "
                + resolved.skipped().size()
                + (resolved.skipped().size() == 1 ? " file" : " files")
                + " without a top-level formatVersion, such as "
                + resolved.skipped().get(0));
      }
    }
    Baseline accepted = baseline == null ? null : readBaseline();
    LocalDate day = asOf.date(spec);
    List<CheckedFile> results = new ArrayList<>();
    boolean unreadable = false;
    int known = 0;
    int gone = 0;
    for (Inputs.Input input : resolved.inputs()) {
      if (input.readable()) {
        ValidationReport report = validator.validate(input.document().strategy(), day);
        if (accepted != null) {
          BaselineMatch match = accepted.match(input.name(), report);
          known += match.known().size();
          gone += match.gone().size();
          report = match.report();
        }
        results.add(new ValidatedFile(input.name(), input.document(), report));
      } else {
        unreadable = true;
        results.add(input.unreadable());
      }
    }
    String text =
        switch (format) {
          case JSON -> FindingsJson.render(results) + "\n";
          case SARIF ->
              SarifReport.render(results, validator.rules(), Sbs.version(), Path.of("")) + "\n";
          default ->
              quiet.quiet
                  ? FindingsText.failures(results, style, failOn)
                  : FindingsText.render(results, style);
        };
    output.emit(text, spec);
    if (accepted != null && !quiet.quiet) {
      note(
          style,
          "the baseline "
              + baseline
              + " accepts "
              + known
              + (known == 1 ? " finding" : " findings")
              + ", not shown"
              + (gone == 0
                  ? ""
                  : "; "
                      + gone
                      + (gone == 1 ? " of its findings is" : " of its findings are")
                      + " fixed: sbs baseline rewrites it"));
    }
    if (unreadable) {
      return Sbs.INVALID;
    }
    boolean failing =
        results.stream()
            .map(ValidatedFile.class::cast)
            .flatMap(r -> r.report().findings().stream())
            .anyMatch(f -> f.severity().isAtLeast(failOn));
    return failing ? Sbs.FINDINGS : Sbs.OK;
  }

  /** Reads the baseline file, or says why it cannot. */
  private Baseline readBaseline() {
    String json;
    try {
      json = Files.readString(baseline);
    } catch (IOException | UncheckedIOException e) {
      throw new CommandFailure("cannot read the baseline " + baseline + ": " + Inputs.reason(e));
    }
    try {
      return BaselineFile.read(json, baseline.toString());
    } catch (StrategyFileException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  private void note(TextStyle style, String note) {
    spec.commandLine().getErr().println(style.dim("sbs: " + note));
  }
}
