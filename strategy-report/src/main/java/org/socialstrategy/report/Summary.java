package org.socialstrategy.report;

import java.util.List;
import java.util.Optional;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.ProgressStatus;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Severity;

/**
 * The executive summary every report opens with, money and results first: the two headline figures,
 * the best and worst returns with their tactics, the spend that serves no goal, the objectives at
 * risk or off track; then the plan. Texts here are plain; each renderer escapes them for its output
 * and marks losses in its own way, always with the sign.
 */
final class Summary {

  /** The most objectives at risk or off track the summary names. */
  static final int MAX_AT_RISK = 5;

  /**
   * One return as the summary shows it.
   *
   * @param tactic the tactic's name
   * @param percent the return, signed when negative: {@code -29.2%}
   * @param loss whether the return is negative
   * @param detail what it was set against: {@code "on 2,500.00 USD spent to date"}
   */
  record Return(String tactic, String percent, boolean loss, String detail) {}

  private final Scorecard card;

  private Summary(Scorecard card) {
    this.card = card;
  }

  static Summary of(Scorecard card) {
    return new Summary(card);
  }

  /** The best return, when any is computed. */
  Optional<Return> best() {
    return computed().stream().findFirst().map(Summary::line);
  }

  /** The worst return, when two or more are computed. */
  Optional<Return> worst() {
    List<TacticRoi> computed = computed();
    return computed.size() < 2
        ? Optional.empty()
        : Optional.of(line(computed.get(computed.size() - 1)));
  }

  private List<TacticRoi> computed() {
    return card.returns().stream().filter(TacticRoi::computable).toList();
  }

  static Return line(TacticRoi roi) {
    String detail =
        switch (roi.basis()) {
          case TO_DATE ->
              "on "
                  + roi.costToDate().orElseThrow().display()
                  + " spent to date of "
                  + roi.cost().orElseThrow().display()
                  + roi.projectedRoi()
                      .filter(p -> p.compareTo(roi.roi().orElseThrow()) != 0)
                      .map(p -> "; projected " + Wording.percent(p) + " over its window")
                      .orElse("");
          case FULL_WINDOW -> "on " + roi.cost().orElseThrow().display() + " over its window";
          default -> "on " + roi.cost().orElseThrow().display() + " (no time window)";
        };
    return new Return(roi.name(), Wording.percent(roi.roi().orElseThrow()), roi.isLoss(), detail);
  }

  /** What the tactics that serve no goal through a business outcome cost, when above zero. */
  Optional<String> unalignedSpend() {
    AlignmentScore alignment = card.alignment();
    Optional<Money> unaligned = alignment.unalignedSpend().filter(m -> m.amount().signum() > 0);
    return unaligned.map(
        spend ->
            spend.display()
                + " ("
                + Wording.percent(1 - alignment.shareByBudget().orElse(0))
                + " of tactic spend) goes to tactics that serve no goal through a business"
                + " outcome");
  }

  /** The objectives at risk or off track, at most {@value #MAX_AT_RISK}. */
  List<ObjectiveProgress> atRisk() {
    return card.progress().stream()
        .filter(p -> p.status() == ProgressStatus.AT_RISK || p.status() == ProgressStatus.OFF_TRACK)
        .limit(MAX_AT_RISK)
        .toList();
  }

  /** How many objectives are at risk or off track. */
  long atRiskCount() {
    return card.progress().stream()
        .filter(p -> p.status() == ProgressStatus.AT_RISK || p.status() == ProgressStatus.OFF_TRACK)
        .count();
  }

  /**
   * An objective by its title and its goal's: {@code "Net new customers acquired through Facebook
   * (Grow online revenue)"}.
   */
  static String objectiveTitle(Strategy strategy, ObjectiveProgress progress) {
    BusinessGoal goal = strategy.goal(progress.goal()).orElseThrow();
    Objective objective = goal.objectives().get(progress.objective());
    String title =
        objective
            .statement()
            .orElseGet(() -> strategy.metric(objective.metric()).orElseThrow().name());
    return title + " (" + goal.title() + ")";
  }

  /** Where an objective stands: {@code "935 of 3,000 by 2027-12-31, off track"}. */
  static String objectiveState(ObjectiveProgress progress) {
    return objectiveFigures(progress) + ", " + progress.status().words();
  }

  /**
   * An objective's figures: {@code "935 of 3,000 by 2027-12-31"}, or {@code "target 45 by
   * 2029-06-30"} while nothing is observed.
   */
  static String objectiveFigures(ObjectiveProgress progress) {
    return progress.actual().map(a -> Wording.number(a) + " of ").orElse("target ")
        + Wording.number(progress.target())
        + " by "
        + progress.due();
  }

  /** The plan in one sentence, with maturity and what stands in its way. */
  String plan() {
    AlignmentScore alignment = card.alignment();
    StringBuilder text =
        new StringBuilder("The plan scores ")
            .append(card.plan().display())
            .append(" at the ")
            .append(card.maturity().stage().title())
            .append(" stage (\"")
            .append(card.maturity().stage().motto())
            .append("\"). ");
    if (alignment.tactics() == 0) {
      text.append("It has no tactics yet. ");
    } else {
      text.append(
              Wording.partOf(
                  alignment.alignedTactics(), alignment.tactics(), "tactic", "serves", "serve"))
          .append(" a business goal through a business outcome. ");
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

  /** What to measure first, when results are not measured or only in part. */
  List<String> measureFirst() {
    return card.results().measureFirst();
  }
}
