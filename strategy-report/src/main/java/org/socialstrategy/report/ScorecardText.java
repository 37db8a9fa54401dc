package org.socialstrategy.report;

import java.util.Locale;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.Headline;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Waiver;

/**
 * A scorecard as a page of text for a terminal or a log. It leads with the two headline figures,
 * results and plan, then money and results (best and worst returns, unaligned spend, objectives at
 * risk or off track), the plan, how each figure is made; then alignment, the success factors with
 * bars, maturity and what the next stage needs, objectives, returns, findings and the survey
 * benchmark. Losses carry their minus sign and, on a terminal, red.
 */
public final class ScorecardText {

  private ScorecardText() {}

  /**
   * Writes a scorecard as a page of text.
   *
   * @param card the scorecard
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String render(Scorecard card, TextStyle style) {
    StringBuilder out = new StringBuilder();
    Strategy strategy = card.strategy();
    Summary summary = Summary.of(card);
    styled(
        out,
        style.bold(Escaping.terminal(strategy.organization().name()) + " as of " + card.asOf()));
    headline(out, style, card.results(), "what the strategy achieves: objectives and returns");
    headline(out, style, card.plan(), "how complete and aligned the strategy is");
    line(out, "");
    styled(out, style.bold("Money and results"));
    if (!card.results().measured()) {
      line(out, "  Results are not measured yet: nothing has been observed.");
    }
    summary.best().ifPresent(r -> styled(out, "  Best return: " + returnText(r, style)));
    summary.worst().ifPresent(r -> styled(out, "  Worst return: " + returnText(r, style)));
    summary.unalignedSpend().ifPresent(s -> line(out, "  Unaligned spend: " + s));
    for (ObjectiveProgress p : summary.atRisk()) {
      line(out, "  " + Summary.objectiveTitle(strategy, p) + ": " + Summary.objectiveState(p));
    }
    for (String first : summary.measureFirst()) {
      line(out, "  Measure first: " + first);
    }
    line(out, "");
    styled(out, style.bold("Plan"));
    line(out, "  " + summary.plan());
    evidence(out, style, card.results());
    evidence(out, style, card.plan());
    AlignmentScore alignment = card.alignment();
    line(out, "");
    styled(out, style.bold("Alignment"));
    line(
        out,
        "  "
            + Wording.partOf(
                alignment.alignedTactics(), alignment.tactics(), "tactic", "serves", "serve")
            + " a goal through a business outcome; "
            + Wording.partOf(alignment.supportedGoals(), alignment.goals(), "goal", "is", "are")
            + " served"
            + alignment
                .unalignedSpend()
                .map(spend -> "; unaligned spend " + spend.display())
                .orElse(""));
    line(out, "");
    styled(out, style.bold("Success factors"));
    for (FactorScore factor : card.successFactors()) {
      line(
          out,
          String.format(
              Locale.ROOT,
              "  %d %-48s %3s  %s",
              factor.factor().number(),
              factor.factor().title(),
              factor.score().isPresent() ? String.valueOf(factor.score().getAsInt()) : "n/a",
              factor.score().isPresent()
                  ? bar(factor.score().getAsInt())
                  : String.join("; ", factor.notApplicable())));
    }
    line(out, "");
    styled(
        out,
        style.bold("Maturity")
            + ": "
            + card.maturity().stage().title()
            + " (\""
            + card.maturity().stage().motto()
            + "\")");
    if (!card.maturity().nextStageNeeds().isEmpty()) {
      line(out, "  to reach " + card.maturity().stage().next().title() + ":");
      for (Criterion needed : card.maturity().nextStageNeeds()) {
        line(out, "  - " + needed.description() + " (" + needed.detail() + ")");
      }
    }
    if (!card.progress().isEmpty()) {
      line(out, "");
      styled(out, style.bold("Objectives"));
      for (ObjectiveProgress progress : card.progress()) {
        line(
            out,
            "  "
                + Summary.objectiveTitle(strategy, progress)
                + ": "
                + Summary.objectiveState(progress)
                + (progress.actual().isPresent() ? ", grade " + progress.grade() : ""));
      }
    }
    if (!card.returns().isEmpty()) {
      line(out, "");
      styled(out, style.bold("Return on investment"));
      for (TacticRoi roi : card.returns()) {
        String rank = "  " + (roi.rank().isPresent() ? roi.rank().getAsInt() + ". " : "-  ");
        if (roi.computable()) {
          styled(out, rank + returnText(Summary.line(roi), style));
        } else {
          line(out, rank + roi.name() + ": " + roi.explanation());
        }
      }
    }
    line(out, "");
    styled(out, style.bold("Findings") + ": " + card.validation().summary());
    for (Finding finding : card.validation().findings()) {
      line(out, "  " + finding);
    }
    for (Waiver waiver : card.validation().waivers()) {
      line(out, "  waiver " + Wording.waiver(waiver));
    }
    line(out, "");
    styled(out, style.bold("Against the survey"));
    card.benchmark()
        .items()
        .forEach(item -> line(out, "  " + item.measure() + ": " + item.statement()));
    return out.toString();
  }

  private static void headline(StringBuilder out, TextStyle style, Headline figure, String what) {
    String title =
        figure.title().substring(0, 1).toUpperCase(Locale.ROOT) + figure.title().substring(1);
    String shown = figure.display();
    styled(
        out,
        String.format(Locale.ROOT, "%-8s ", title)
            + style.bold(shown)
            + " ".repeat(Math.max(1, 14 - shown.length()))
            + what);
  }

  private static void evidence(StringBuilder out, TextStyle style, Headline figure) {
    line(out, "");
    styled(out, style.bold("How the " + figure.title() + " figure is made"));
    for (String item : figure.evidence()) {
      line(out, "  - " + item);
    }
  }

  /**
   * A return with its sign, and in red on a terminal when it is a loss; its text from the strategy
   * escaped for the terminal.
   */
  private static String returnText(Summary.Return r, TextStyle style) {
    return Escaping.terminal(r.tactic())
        + ": "
        + (r.loss() ? style.red(r.percent() + " (loss)") : r.percent())
        + " "
        + Escaping.terminal(r.detail());
  }

  /** Writes a line of plain text, which may quote the strategy. */
  private static void line(StringBuilder out, String text) {
    out.append(Escaping.terminal(text)).append('\n');
  }

  /** Writes a line that carries the style's marks, its text from the strategy escaped already. */
  private static void styled(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  private static String bar(int score) {
    return "#".repeat(score / 5) + ".".repeat(20 - score / 5);
  }
}
