package org.socialstrategy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.report.FindingsJson;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.SarifReport;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.report.ValidatedFile;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sbs validate}: findings printed like a compiler, or as JSON or SARIF. */
@Command(
    name = "validate",
    description = {
      "Check strategy files against the rules of social business strategy.",
      "Exit code 0 when clean, 1 when a finding is at or above --fail-on, 2 when a file cannot"
          + " be read or the command line is wrong."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs validate                            the bundled sample",
      "  sbs validate retail.yaml --fail-on warning",
      "  sbs validate *.yaml --format sarif > findings.sarif",
      "  sbs validate retail.yaml --disable SBS108 --option executive-support-share=0.75"
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
      description = "Strategy files (.yaml, .yml, .json).")
  List<Path> files = new ArrayList<>();

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

  @Mixin ColorOption color;

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TextStyle style = color.style();
    StrategyValidator validator = Commands.validator(rules, spec);
    Inputs.Loaded loaded = Inputs.load(files, err, style);
    List<ValidatedFile> results = new ArrayList<>();
    for (Inputs.Named named : loaded.documents()) {
      StrategyDocument document = named.document();
      results.add(
          new ValidatedFile(named.name(), document, validator.validate(document.strategy())));
    }
    switch (format) {
      case JSON -> out.println(FindingsJson.render(results));
      case SARIF -> out.println(SarifReport.render(results, validator.rules(), Sbs.version()));
      default -> out.print(FindingsText.render(results, Math.max(1, files.size()), style));
    }
    out.flush();
    if (loaded.failed()) {
      return Sbs.INVALID;
    }
    boolean failing =
        results.stream()
            .flatMap(r -> r.report().findings().stream())
            .anyMatch(f -> f.severity().isAtLeast(failOn));
    return failing ? Sbs.FINDINGS : Sbs.OK;
  }
}
