package org.socialstrategy.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.report.ScorecardJson;
import org.socialstrategy.report.ScorecardText;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.scoring.scorecard.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sbs score}: the scorecard an executive reads. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score a strategy: alignment, the seven success factors, maturity, objectives, returns on"
          + " investment, and the survey benchmark."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs score retail.yaml --as-of 2027-06-30",
      "  sbs score retail.yaml --format json -o scorecard.json",
      "  sbs score - < retail.yaml",
      "  sbs score --sample                      the bundled sample"
    })
final class ScoreCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** A page of text. */
    TEXT,
    /** One JSON document. */
    JSON
  }

  @Mixin SingleInput input;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin OutputOption output;

  @Mixin QuietOption quiet;

  @Mixin ColorOption color;

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    TextStyle style = output.style(color);
    Optional<StrategyDocument> document = input.read(spec, style, quiet.quiet);
    if (document.isEmpty()) {
      return Sbs.INVALID;
    }
    Scorecard card = Commands.scorecard(document.get().strategy(), asOf, rules, spec);
    output.emit(
        format == Format.JSON
            ? ScorecardJson.render(card) + "\n"
            : ScorecardText.render(card, style),
        spec);
    return Sbs.OK;
  }
}
