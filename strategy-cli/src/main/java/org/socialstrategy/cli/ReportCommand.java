package org.socialstrategy.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.report.HtmlReport;
import org.socialstrategy.report.MarkdownReport;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.scoring.scorecard.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sbs report}: an HTML page for executives, or Markdown for wikis and pull requests. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a report of a strategy's scorecard: one self-contained HTML page (charts, no"
          + " network) or Markdown with Mermaid diagrams, chosen by the output file's extension."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs report retail.yaml -o retail.html --as-of 2027-06-30",
      "  sbs report retail.yaml -o STRATEGY.md",
      "  sbs report --sample                     the bundled sample, to report.html"
    })
final class ReportCommand implements Callable<Integer> {

  @Mixin SingleInput input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      defaultValue = "report.html",
      description = "The report to write: .html or .md (default: ${DEFAULT-VALUE}).")
  Path output;

  @Mixin AsOfOption asOf;

  @Mixin QuietOption quiet;

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean html = name.endsWith(".html") || name.endsWith(".htm");
    if (!html && !name.endsWith(".md") && !name.endsWith(".markdown")) {
      throw new ParameterException(
          spec.commandLine(), "the report's name must end in .html or .md: '" + output + "'");
    }
    Optional<StrategyDocument> document = input.read(spec, TextStyle.PLAIN, quiet.quiet);
    if (document.isEmpty()) {
      return Sbs.INVALID;
    }
    Scorecard card = Commands.scorecard(document.get().strategy(), asOf, rules, spec);
    OutputOption.write(output, html ? HtmlReport.render(card) : MarkdownReport.render(card));
    if (!quiet.quiet) {
      spec.commandLine()
          .getOut()
          .println(TextStyle.PLAIN.visible("wrote " + output + " (" + card + ")"));
    }
    return Sbs.OK;
  }
}
