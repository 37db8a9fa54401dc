package org.socialstrategy.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.socialstrategy.io.ScorecardJson;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sbs score}: the scorecard an executive reads. */
@Command(
    name = "score",
    description = {
      "Score a strategy: alignment, the seven success factors, maturity, objectives, returns on"
          + " investment, and the survey benchmark."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs score                               the bundled sample",
      "  sbs score retail.yaml --as-of 2027-06-30",
      "  sbs score retail.yaml --format json > scorecard.json"
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

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The date the scorecard speaks for (default: the end of the latest observed period).")
  String asOf;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--color",
      defaultValue = "auto",
      paramLabel = "WHEN",
      description = "auto, always or never.")
  Terminal.Choice color;

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Terminal terminal = Terminal.of(color);
    Optional<StrategyDocument> document = input.read(spec, terminal);
    if (document.isEmpty()) {
      return Sbs.INVALID;
    }
    Scorecard card = Commands.scorecard(document.get().strategy(), asOf, rules, spec);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(ScorecardJson.render(card));
    } else {
      print(card, out, terminal);
    }
    out.flush();
    return Sbs.OK;
  }

  /** Prints a scorecard as a page of text. */
  static void print(Scorecard card, PrintWriter out, Terminal terminal) {
    out.println(terminal.bold(card.toString()));
    AlignmentScore alignment = card.alignment();
    out.println();
    out.println(terminal.bold("Alignment"));
    out.println(
        "  "
            + alignment.alignedTactics()
            + " of "
            + Commands.count(alignment.tactics(), "tactic")
            + " serve a goal through a business outcome; "
            + alignment.supportedGoals()
            + " of "
            + Commands.count(alignment.goals(), "goal")
            + " are served"
            + alignment
                .unalignedSpend()
                .map(spend -> "; unaligned spend " + spend.display())
                .orElse(""));
    out.println();
    out.println(terminal.bold("Success factors"));
    for (FactorScore factor : card.successFactors()) {
      out.printf(
          "  %d %-48s %3d  %s%n",
          factor.factor().number(), factor.factor().title(), factor.score(), bar(factor.score()));
    }
    out.println();
    out.println(
        terminal.bold("Maturity")
            + ": "
            + card.maturity().stage().title()
            + " (\""
            + card.maturity().stage().motto()
            + "\")");
    if (!card.maturity().nextStageNeeds().isEmpty()) {
      out.println("  to reach " + card.maturity().stage().next().title() + ":");
      for (Criterion needed : card.maturity().nextStageNeeds()) {
        out.println("  - " + needed.description() + " (" + needed.detail() + ")");
      }
    }
    if (!card.progress().isEmpty()) {
      out.println();
      out.println(terminal.bold("Objectives"));
      for (ObjectiveProgress progress : card.progress()) {
        out.println(
            "  "
                + progress.goal()
                + ": "
                + progress.metric()
                + " "
                + progress.actual().map(a -> a.stripTrailingZeros().toPlainString()).orElse("-")
                + " of "
                + progress.target().toPlainString()
                + " by "
                + progress.due()
                + ", "
                + progress.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ", grade "
                + progress.grade());
      }
    }
    if (!card.returns().isEmpty()) {
      out.println();
      out.println(terminal.bold("Return on investment"));
      for (TacticRoi roi : card.returns()) {
        out.println(
            "  "
                + (roi.rank().isPresent() ? roi.rank().getAsInt() + ". " : "-  ")
                + roi.name()
                + ": "
                + (roi.computable()
                    ? roi.roiPercent() + " on " + roi.cost().orElseThrow().display()
                    : roi.explanation()));
      }
    }
    out.println();
    out.println(terminal.bold("Findings") + ": " + card.validation().summary());
    for (Finding finding : card.validation().findings()) {
      out.println("  " + finding);
    }
    out.println();
    out.println(terminal.bold("Against the survey"));
    card.benchmark()
        .items()
        .forEach(item -> out.println("  " + item.measure() + ": " + item.statement()));
  }

  private static String bar(int score) {
    return "#".repeat(score / 5) + ".".repeat(20 - score / 5);
  }
}
