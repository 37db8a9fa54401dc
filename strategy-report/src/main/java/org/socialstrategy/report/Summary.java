package org.socialstrategy.report;

import java.util.function.UnaryOperator;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.Severity;

/**
 * The executive summary both reports open with, in plain business language. Values from the
 * strategy (the organization's name) go through the escaping of the report's context; the rest is
 * the library's own words.
 */
final class Summary {

  private Summary() {}

  /**
   * Writes the summary.
   *
   * @param card the scorecard
   * @param escape escapes a value from the strategy for where the summary goes, such as {@link
   *     Escaping#markdownProse}
   * @return the summary
   */
  static String of(Scorecard card, UnaryOperator<String> escape) {
    AlignmentScore alignment = card.alignment();
    StringBuilder text =
        new StringBuilder()
            .append(escape.apply(card.strategy().organization().name()))
            .append("'s social business strategy scores ")
            .append(card.overall())
            .append(" of 100 as of ")
            .append(card.asOf())
            .append(" and stands at the ")
            .append(card.maturity().stage().title())
            .append(" stage (\"")
            .append(card.maturity().stage().motto())
            .append("\"). ");
    if (alignment.tactics() == 0) {
      text.append("It has no tactics yet. ");
    } else {
      text.append(alignment.alignedTactics())
          .append(" of its ")
          .append(Wording.count(alignment.tactics(), "tactic"))
          .append(" (")
          .append(Wording.percent(alignment.shareByCount()))
          .append(") serve a business goal through a business outcome");
      alignment
          .unalignedSpend()
          .filter(spend -> spend.amount().signum() > 0)
          .ifPresent(
              spend ->
                  text.append("; ").append(spend.display()).append(" goes to tactics that do not"));
      text.append(". ");
    }
    int errors = card.validation().count(Severity.ERROR);
    int warnings = card.validation().count(Severity.WARNING);
    text.append(
        errors + warnings == 0
            ? "No errors or warnings stand in its way."
            : Wording.count(errors, "error")
                + " and "
                + Wording.count(warnings, "warning")
                + " need attention.");
    return text.toString();
  }
}
