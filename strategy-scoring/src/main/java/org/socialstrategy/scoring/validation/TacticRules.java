package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.ValueExchange;

/**
 * Rules about tactics (SBS1xx): each must serve a goal, be measured by a business outcome, have a
 * cost and an owner, exchange value both ways, and sit on the roadmap.
 */
public final class TacticRules {

  /** SBS101: tactic supports no business goal. */
  public static final TacticRule UNALIGNED_TACTIC =
      TacticRule.of(
          "SBS101",
          "unaligned-tactic",
          "Tactic supports no business goal",
          Severity.ERROR,
          RuleFamily.TACTICS,
          "Social is a tool, not a strategy: every tactic must show which business goal it"
              + " serves, or it is activity for its own sake.",
          (strategy, i, tactic, context) -> {
            if (tactic.supports().isEmpty()) {
              context.report(
                  Subject.of(tactic.id()),
                  Elements.tactic(i, tactic.id()),
                  "tactic "
                      + Elements.quoted(tactic.id())
                      + " supports no business goal"
                      + tactic
                          .cost()
                          .filter(cost -> !cost.isZero())
                          .map(cost -> "; its " + cost.display() + " has no business case")
                          .orElse(""),
                  "link it to a goal it moves, or stop funding it");
            }
          });

  /** SBS102: tactic measured by no business outcome. */
  public static final TacticRule NO_OUTCOME_METRIC =
      TacticRule.of(
          "SBS102",
          "no-outcome-metric",
          "Tactic measured by no business outcome",
          Severity.WARNING,
          RuleFamily.TACTICS,
          "A tactic shows its worth in business results (customers, revenue, orders, cost to"
              + " serve), not in fans, likes or retweets; without an outcome metric its link to"
              + " the goal is a claim nobody can check.",
          (strategy, i, tactic, context) -> {
            TacticFacts facts = TacticFacts.of(strategy, context);
            if (tactic.supports().isEmpty() || facts.tracksOutcome(i)) {
              return;
            }
            List<Metric> metrics = facts.metricsOf(tactic);
            context.report(
                Subject.of(tactic.id()),
                Elements.tactic(i, tactic.id()),
                "tactic "
                    + Elements.quoted(tactic.id())
                    + (metrics.isEmpty()
                        ? " is measured by nothing"
                        : " is measured only by "
                            + Elements.words(
                                metrics.stream().map(TacticRules::nameAndKind).toList())),
                "track a business outcome it moves: net new customers, revenue, orders,"
                    + " cost to serve");
          });

  /** SBS103: tactic has no cost. */
  public static final TacticRule TACTIC_WITHOUT_COST =
      TacticRule.of(
          "SBS103",
          "tactic-without-cost",
          "Tactic has no cost",
          Severity.WARNING,
          RuleFamily.TACTICS,
          "The return of a program can always be shown, but only if its cost is known; a tactic"
              + " without a cost cannot be compared with the alternatives.",
          (strategy, i, tactic, context) -> {
            if (tactic.cost().isEmpty()) {
              context.report(
                  Subject.of(tactic.id()),
                  Elements.tactic(i, tactic.id()),
                  "tactic "
                      + Elements.quoted(tactic.id())
                      + " has no cost, so its return on investment cannot be shown",
                  "record what it costs over its time window, staff time included");
            }
          });

  /** SBS104: tactic has no owner. */
  public static final TacticRule TACTIC_WITHOUT_OWNER =
      TacticRule.of(
          "SBS104",
          "tactic-without-owner",
          "Tactic has no owner",
          Severity.WARNING,
          RuleFamily.TACTICS,
          "Someone has to run a program and answer for its results; an unowned tactic drifts.",
          (strategy, i, tactic, context) -> {
            if (tactic.owner().isEmpty()) {
              context.report(
                  Subject.of(tactic.id()),
                  Elements.tactic(i, tactic.id()),
                  "tactic " + Elements.quoted(tactic.id()) + " has no owner",
                  "name the stakeholder who runs it and answers for its results");
            }
          });

  /** SBS105: value exchange is one-sided. */
  public static final TacticRule ONE_SIDED_VALUE =
      TacticRule.of(
          "SBS105",
          "one-sided-value-exchange",
          "Value exchange is one-sided",
          Severity.WARNING,
          RuleFamily.TACTICS,
          "The organization and the customer both own the relationship, and it is always a"
              + " compromise: a tactic must create value for the customer and capture value for"
              + " the organization. If either side gets nothing, the relationship will not last"
              + " or will not pay.",
          (strategy, i, tactic, context) -> {
            ValueExchange value = tactic.value();
            if (!value.isOneSided()) {
              return;
            }
            String id = Elements.quoted(tactic.id());
            String message;
            if (value.customerReceivesNothing() && value.organizationCapturesNothing()) {
              message = "tactic " + id + " states no value for the customer or the organization";
            } else if (value.customerReceivesNothing()) {
              message =
                  "tactic "
                      + id
                      + " gives the customer nothing in return for the "
                      + labels(value.organization().kinds())
                      + " the organization captures";
            } else {
              message =
                  "tactic "
                      + id
                      + " captures nothing for the organization: the customer gets "
                      + labels(value.customer().kinds())
                      + ", the business gets no return";
            }
            context.report(
                Subject.of(tactic.id()),
                Elements.tactic(i, tactic.id()).field("value"),
                message,
                "state what the customer receives (savings, convenience, information, voice)"
                    + " and what the organization captures (revenue, savings, insight,"
                    + " loyalty)");
          });

  /** SBS106: tactic belongs to no roadmap initiative. */
  public static final TacticRule TACTIC_OUTSIDE_ROADMAP =
      TacticRule.of(
          "SBS106",
          "tactic-outside-roadmap",
          "Tactic belongs to no roadmap initiative",
          Severity.WARNING,
          RuleFamily.TACTICS,
          "The roadmap is where tactics get dates, funding and staff; a tactic outside every"
              + " initiative is unplanned work. Checked only when the strategy has a roadmap.",
          (strategy, i, tactic, context) -> {
            if (TacticFacts.of(strategy, context).horizon() != null
                && strategy.initiativesGrouping(i).isEmpty()) {
              context.report(
                  Subject.of(tactic.id()),
                  Elements.tactic(i, tactic.id()),
                  "tactic " + Elements.quoted(tactic.id()) + " belongs to no roadmap initiative",
                  "group it into the initiative it advances, so it gets dates, funding and"
                      + " staff");
            }
          });

  /** SBS107: tactic runs outside the roadmap horizon. */
  public static final TacticRule TACTIC_OUTSIDE_HORIZON =
      TacticRule.of(
          "SBS107",
          "tactic-outside-horizon",
          "Tactic runs outside the roadmap horizon",
          Severity.WARNING,
          RuleFamily.TACTICS,
          "Work planned outside the roadmap's horizon has no funding or staff behind it.",
          (strategy, i, tactic, context) -> {
            DateRange horizon = TacticFacts.of(strategy, context).horizon();
            DateRange window = horizon == null ? null : tactic.window().orElse(null);
            if (window != null && !horizon.encloses(window)) {
              context.report(
                  Subject.of(tactic.id()),
                  Elements.tactic(i, tactic.id()).field("window"),
                  "tactic "
                      + Elements.quoted(tactic.id())
                      + " runs "
                      + window
                      + ", outside the roadmap horizon "
                      + horizon,
                  "move it inside the horizon, or extend the roadmap");
            }
          });

  /** SBS108: tactic has no time window. */
  public static final TacticRule TACTIC_WITHOUT_WINDOW =
      TacticRule.of(
          "SBS108",
          "tactic-without-window",
          "Tactic has no time window",
          Severity.INFO,
          RuleFamily.TACTICS,
          "A dated roadmap needs dated work; without a window a tactic's cost cannot be put in"
              + " a year.",
          (strategy, i, tactic, context) -> {
            if (tactic.window().isEmpty()) {
              context.report(
                  Subject.of(tactic.id()),
                  Elements.tactic(i, tactic.id()),
                  "tactic " + Elements.quoted(tactic.id()) + " has no time window",
                  "give it the dates it runs");
            }
          });

  /** SBS109: tactic's outcomes are not its goals' measures. */
  public static final TacticRule MEASURES_OUTSIDE_GOALS =
      TacticRule.of(
          "SBS109",
          "measures-outside-goals",
          "Tactic's outcomes are not its goals' measures",
          Severity.INFO,
          RuleFamily.TACTICS,
          "A tactic moves its goal when it moves a metric the goal's objectives are measured by;"
              + " an outcome nobody set a target for does not show in the goal's progress.",
          (strategy, i, tactic, context) -> {
            TacticFacts facts = TacticFacts.of(strategy, context);
            if (tactic.supports().isEmpty() || !facts.tracksOutcome(i)) {
              return;
            }
            boolean goalsMeasured = false;
            List<GoalSupport> supports = tactic.supports();
            List<MetricId> tracks = tactic.tracks();
            for (int s = 0; s < supports.size(); s++) {
              TacticFacts.GoalObjectives objectives = facts.goalObjectives(supports.get(s).goal());
              goalsMeasured |= objectives.measured();
              for (int t = 0; t < tracks.size(); t++) {
                if (objectives.outcomes().contains(tracks.get(t))) {
                  return;
                }
              }
            }
            if (goalsMeasured) {
              context.report(
                  Subject.of(tactic.id()),
                  Elements.tactic(i, tactic.id()).field("tracks"),
                  "tactic "
                      + Elements.quoted(tactic.id())
                      + " is measured by "
                      + Elements.words(facts.outcomeNames(tactic))
                      + ", which no objective of its goals uses",
                  "measure it by a metric its goals' objectives use, or give a goal an"
                      + " objective for this one");
            }
          });

  /** SBS110: tactic's outcomes have no value per unit. */
  public static final TacticRule OUTCOME_WITHOUT_VALUE =
      TacticRule.of(
          "SBS110",
          "outcome-without-value",
          "Tactic's outcomes have no value per unit",
          Severity.INFO,
          RuleFamily.TACTICS,
          "Put it next to the cash register: a return on investment needs the outcome in money,"
              + " which takes a value per unit (revenue per net new customer, cost saved per"
              + " call).",
          (strategy, i, tactic, context) -> {
            TacticFacts facts = TacticFacts.of(strategy, context);
            if (tactic.cost().isEmpty()
                || !facts.tracksOutcome(i)
                || facts.tracksValuedOutcome(i)) {
              return;
            }
            context.report(
                Subject.of(tactic.id()),
                Elements.tactic(i, tactic.id()).field("tracks"),
                "tactic "
                    + Elements.quoted(tactic.id())
                    + " is measured by outcomes with no value per unit, so its return cannot"
                    + " be put in money",
                "give " + Elements.words(facts.outcomeNames(tactic)) + " a value per unit");
          });

  private TacticRules() {}

  /**
   * Returns the tactic rules in id order.
   *
   * @return the rules
   */
  public static List<TacticRule> all() {
    return List.of(
        UNALIGNED_TACTIC,
        NO_OUTCOME_METRIC,
        TACTIC_WITHOUT_COST,
        TACTIC_WITHOUT_OWNER,
        ONE_SIDED_VALUE,
        TACTIC_OUTSIDE_ROADMAP,
        TACTIC_OUTSIDE_HORIZON,
        TACTIC_WITHOUT_WINDOW,
        MEASURES_OUTSIDE_GOALS,
        OUTCOME_WITHOUT_VALUE);
  }

  private static String labels(Set<? extends CatalogValue> kinds) {
    List<String> labels = new ArrayList<>(kinds.size());
    for (CatalogValue kind : kinds) {
      labels.add(kind.label().toLowerCase(Locale.ROOT));
    }
    return Elements.words(labels);
  }

  private static String nameAndKind(Metric metric) {
    return metric.name() + " (" + kindWord(metric.kind()) + ")";
  }

  private static String kindWord(MetricKind kind) {
    return kind == MetricKind.VANITY ? "vanity" : "engagement";
  }
}
