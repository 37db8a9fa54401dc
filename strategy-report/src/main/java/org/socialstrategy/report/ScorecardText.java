package org.socialstrategy.report;

import java.util.Locale;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;

/**
 * A scorecard as a page of text for a terminal or a log: the headline, alignment, the success
 * factors with bars, maturity and what the next stage needs, objectives, returns, findings and the
 * survey benchmark. Text from the strategy has its control characters shown, not obeyed, in both
 * styles (see {@link TextStyle#visible}).
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
    styled(out, style.bold(Escaping.terminal(card.toString())));
    AlignmentScore alignment = card.alignment();
    line(out, "");
    styled(out, style.bold("Alignment"));
    line(
        out,
        "  "
            + alignment.alignedTactics()
            + " of "
            + Wording.count(alignment.tactics(), "tactic")
            + " serve a goal through a business outcome; "
            + alignment.supportedGoals()
            + " of "
            + Wording.count(alignment.goals(), "goal")
            + " are served"
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
              "  %d %-48s %3d  %s",
              factor.factor().number(),
              factor.factor().title(),
              factor.score(),
              bar(factor.score())));
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
                + progress.goal()
                + ": "
                + progress.metric()
                + " "
                + progress.actual().map(a -> Wording.plain(a.stripTrailingZeros())).orElse("-")
                + " of "
                + Wording.plain(progress.target())
                + " by "
                + progress.due()
                + ", "
                + progress.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", grade "
                + progress.grade());
      }
    }
    if (!card.returns().isEmpty()) {
      line(out, "");
      styled(out, style.bold("Return on investment"));
      for (TacticRoi roi : card.returns()) {
        line(
            out,
            "  "
                + (roi.rank().isPresent() ? roi.rank().getAsInt() + ". " : "-  ")
                + roi.name()
                + ": "
                + (roi.computable()
                    ? roi.roiPercent() + " on " + roi.cost().orElseThrow().display()
                    : roi.explanation()));
      }
    }
    line(out, "");
    styled(out, style.bold("Findings") + ": " + card.validation().summary());
    for (Finding finding : card.validation().findings()) {
      line(out, "  " + finding);
    }
    line(out, "");
    styled(out, style.bold("Against the survey"));
    card.benchmark()
        .items()
        .forEach(item -> line(out, "  " + item.measure() + ": " + item.statement()));
    return out.toString();
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
