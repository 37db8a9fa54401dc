package org.socialstrategy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.OutcomeUnits;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;

/**
 * The chain from each goal down to what was observed: goal, objective, metric, the tactics that
 * serve the goal and move the metric, and their actuals. The reports draw it as one picture, so an
 * executive sees where results come from and where the chain breaks. Texts here are plain; each
 * renderer escapes them. At most {@value #MAX_GOALS} goals and {@value #MAX_TACTICS} tactics per
 * objective; counts say how many more there are.
 *
 * @param goals the goals drawn, in strategy order
 * @param moreGoals how many goals were left out
 */
record Chain(List<Goal> goals, int moreGoals) {

  /** The most goals a chain draws. */
  static final int MAX_GOALS = 25;

  /** The most tactics a chain draws per objective. */
  static final int MAX_TACTICS = 5;

  /**
   * One goal of the chain.
   *
   * @param title the goal's title
   * @param objectives its objectives
   */
  record Goal(String title, List<Link> objectives) {}

  /**
   * One objective with its metric, tactics and actuals.
   *
   * @param title the objective's statement, or its metric's name
   * @param state where it stands: {@code "935 of 3,000 by 2027-12-31, off track"}
   * @param metric the metric with its unit and how it adds up
   * @param strategyWide the actual observed for the whole strategy, if any
   * @param tactics the tactics that serve the goal and track the metric
   * @param moreTactics how many such tactics were left out
   */
  record Link(
      String title,
      String state,
      String metric,
      Optional<String> strategyWide,
      List<Step> tactics,
      int moreTactics) {}

  /**
   * One tactic on the way to an objective.
   *
   * @param name the tactic's name
   * @param roi its return, signed, or why there is none
   * @param loss whether the return is negative
   * @param actuals what was observed for it of the objective's metric
   */
  record Step(String name, String roi, boolean loss, String actuals) {}

  static Chain of(Scorecard card) {
    Strategy strategy = card.strategy();
    List<Goal> goals = new ArrayList<>();
    int position = 0;
    List<BusinessGoal> all = strategy.goals();
    for (BusinessGoal goal : all.subList(0, Math.min(all.size(), MAX_GOALS))) {
      List<Link> links = new ArrayList<>();
      for (int i = 0; i < goal.objectives().size(); i++) {
        ObjectiveProgress progress = card.progress().get(position++);
        links.add(link(card, goal, goal.objectives().get(i), progress));
      }
      goals.add(new Goal(goal.title(), links));
    }
    return new Chain(goals, all.size() - goals.size());
  }

  private static Link link(
      Scorecard card, BusinessGoal goal, Objective objective, ObjectiveProgress progress) {
    Strategy strategy = card.strategy();
    Metric metric = strategy.metric(objective.metric()).orElseThrow();
    List<Tactic> moving =
        strategy.tacticsSupporting(goal.id()).stream()
            .filter(t -> t.tracks().contains(metric.id()))
            .toList();
    List<Step> steps = new ArrayList<>();
    for (Tactic tactic : moving.subList(0, Math.min(moving.size(), MAX_TACTICS))) {
      TacticRoi roi = card.roi(tactic.id()).orElseThrow();
      steps.add(
          new Step(
              tactic.name(),
              roi.computable() ? Wording.percent(roi.roi().orElseThrow()) + " return" : "no return",
              roi.isLoss(),
              actuals(card, tactic, metric, roi)));
    }
    boolean wide =
        strategy.observationsOf(metric.id()).stream()
            .anyMatch(o -> o.tactic().isEmpty() && !o.period().end().isAfter(card.asOf()));
    return new Link(
        objective.statement().orElse(metric.name()),
        Summary.objectiveState(progress),
        metric.name() + " (" + metric.unit() + ", " + adding(metric.aggregation()) + ")",
        wide && progress.actual().isPresent()
            ? Optional.of(
                Wording.number(progress.actual().get())
                    + " "
                    + metric.unit()
                    + " through "
                    + progress.measuredThrough().orElseThrow())
            : Optional.empty(),
        steps,
        moving.size() - steps.size());
  }

  private static String actuals(Scorecard card, Tactic tactic, Metric metric, TacticRoi roi) {
    for (OutcomeUnits units : roi.outcomes()) {
      if (units.metric().equals(metric.id())) {
        return Wording.number(units.units()) + " " + metric.unit();
      }
    }
    long observed = 0;
    for (Observation o : card.strategy().observationsOf(tactic.id())) {
      if (o.metric().equals(metric.id()) && !o.period().end().isAfter(card.asOf())) {
        observed++;
      }
    }
    return observed == 0 ? "nothing observed" : Wording.count(observed, "observation");
  }

  private static String adding(Aggregation aggregation) {
    return switch (aggregation) {
      case SUM -> "summed";
      case AVERAGE -> "averaged";
      case LATEST -> "latest";
    };
  }
}
