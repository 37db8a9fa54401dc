package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.PlatformCategory;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderRole;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.scoring.SuccessFactor;

/**
 * Rules about tactics (SBS1xx): each must serve a goal, be measured by a business outcome, have a
 * cost and an owner, exchange value both ways, and sit on the roadmap.
 */
public final class TacticRules {

  /** SBS101: tactic supports no business goal. */
  public static final Rule UNALIGNED_TACTIC =
      Rule.builder("SBS101", "unaligned-tactic")
          .title("Tactic supports no business goal")
          .severity(Severity.ERROR)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "Social is a tool, not a strategy: every tactic must show which business goal it"
                  + " serves, or it is activity for its own sake.")
          .perTactic(
              (strategy, tactic, context) -> {
                if (tactic.supports().isEmpty()) {
                  context.report(
                      tactic,
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
  public static final Rule NO_OUTCOME_METRIC =
      Rule.builder("SBS102", "no-outcome-metric")
          .title("Tactic measured by no business outcome")
          .severity(Severity.WARNING)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "A tactic shows its worth in business results (customers, revenue, orders, cost to"
                  + " serve), not in fans, likes or retweets; without an outcome metric its link to"
                  + " the goal is a claim nobody can check.")
          .perTactic(
              (strategy, tactic, context) -> {
                TacticFacts facts = TacticFacts.of(context);
                if (tactic.supports().isEmpty() || facts.tracksOutcome(context.position(tactic))) {
                  return;
                }
                List<Metric> metrics = facts.metricsOf(tactic);
                context.report(
                    tactic,
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
  public static final Rule TACTIC_WITHOUT_COST =
      Rule.builder("SBS103", "tactic-without-cost")
          .title("Tactic has no cost")
          .severity(Severity.WARNING)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.RESOURCES)
          .rationale(
              "The return of a program can always be shown, but only if its cost is known; a tactic"
                  + " without a cost cannot be compared with the alternatives.")
          .perTactic(
              (strategy, tactic, context) -> {
                if (tactic.cost().isEmpty()) {
                  context.report(
                      tactic,
                      "tactic "
                          + Elements.quoted(tactic.id())
                          + " has no cost, so its return on investment cannot be shown",
                      "record what it costs over its time window, staff time included");
                }
              });

  /** SBS104: tactic has no owner. */
  public static final Rule TACTIC_WITHOUT_OWNER =
      Rule.builder("SBS104", "tactic-without-owner")
          .title("Tactic has no owner")
          .severity(Severity.WARNING)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.RESOURCES)
          .rationale(
              "Someone has to run a program and answer for its results; an unowned tactic drifts.")
          .perTactic(
              (strategy, tactic, context) -> {
                if (tactic.owner().isEmpty()) {
                  context.report(
                      tactic,
                      "tactic " + Elements.quoted(tactic.id()) + " has no owner",
                      "name the stakeholder who runs it and answers for its results");
                }
              });

  /** SBS105: value exchange is one-sided. */
  public static final Rule ONE_SIDED_VALUE =
      Rule.builder("SBS105", "one-sided-value-exchange")
          .title("Value exchange is one-sided")
          .severity(Severity.WARNING)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "The organization and the customer both own the relationship, and it is always a"
                  + " compromise: a tactic must create value for the customer and capture value for"
                  + " the organization. If either side gets nothing, the relationship will not last"
                  + " or will not pay.")
          .perTactic(
              (strategy, tactic, context) -> {
                ValueExchange value = tactic.value();
                if (!value.isOneSided()) {
                  return;
                }
                String id = Elements.quoted(tactic.id());
                String message;
                if (value.customerReceivesNothing() && value.organizationCapturesNothing()) {
                  message =
                      "tactic " + id + " states no value for the customer or the organization";
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
                    context.path(tactic).field("value"),
                    message,
                    "state what the customer receives (savings, convenience, information, voice)"
                        + " and what the organization captures (revenue, savings, insight,"
                        + " loyalty)");
              });

  /** SBS106: tactic belongs to no roadmap initiative. */
  public static final Rule TACTIC_OUTSIDE_ROADMAP =
      Rule.builder("SBS106", "tactic-outside-roadmap")
          .title("Tactic belongs to no roadmap initiative")
          .severity(Severity.WARNING)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "The roadmap is where tactics get dates, funding and staff; a tactic outside every"
                  + " initiative is unplanned work. Checked only when the strategy has a roadmap.")
          .perTactic(
              (strategy, tactic, context) -> {
                if (TacticFacts.of(context).horizon() != null
                    && strategy.initiativesGrouping(context.position(tactic)).isEmpty()) {
                  context.report(
                      tactic,
                      "tactic "
                          + Elements.quoted(tactic.id())
                          + " belongs to no roadmap initiative",
                      "group it into the initiative it advances, so it gets dates, funding and"
                          + " staff");
                }
              });

  /** SBS107: tactic runs outside the roadmap horizon. */
  public static final Rule TACTIC_OUTSIDE_HORIZON =
      Rule.builder("SBS107", "tactic-outside-horizon")
          .title("Tactic runs outside the roadmap horizon")
          .severity(Severity.WARNING)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "Work planned outside the roadmap's horizon has no funding or staff behind it.")
          .perTactic(
              (strategy, tactic, context) -> {
                DateRange horizon = TacticFacts.of(context).horizon();
                DateRange window = horizon == null ? null : tactic.window().orElse(null);
                if (window != null && !horizon.encloses(window)) {
                  context.report(
                      Subject.of(tactic.id()),
                      context.path(tactic).field("window"),
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
  public static final Rule TACTIC_WITHOUT_WINDOW =
      Rule.builder("SBS108", "tactic-without-window")
          .title("Tactic has no time window")
          .severity(Severity.INFO)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "A dated roadmap needs dated work; without a window a tactic's cost cannot be put in"
                  + " a year.")
          .perTactic(
              (strategy, tactic, context) -> {
                if (tactic.window().isEmpty()) {
                  context.report(
                      tactic,
                      "tactic " + Elements.quoted(tactic.id()) + " has no time window",
                      "give it the dates it runs");
                }
              });

  /** SBS109: tactic's outcomes are not its goals' measures. */
  public static final Rule MEASURES_OUTSIDE_GOALS =
      Rule.builder("SBS109", "measures-outside-goals")
          .title("Tactic's outcomes are not its goals' measures")
          .severity(Severity.INFO)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "A tactic moves its goal when it moves a metric the goal's objectives are measured by;"
                  + " an outcome nobody set a target for does not show in the goal's progress.")
          .perTactic(
              (strategy, tactic, context) -> {
                TacticFacts facts = TacticFacts.of(context);
                if (tactic.supports().isEmpty() || !facts.tracksOutcome(context.position(tactic))) {
                  return;
                }
                boolean goalsMeasured = false;
                List<GoalSupport> supports = tactic.supports();
                List<MetricId> tracks = tactic.tracks();
                for (int s = 0; s < supports.size(); s++) {
                  TacticFacts.GoalObjectives objectives =
                      facts.goalObjectives(supports.get(s).goal());
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
                      context.path(tactic).field("tracks"),
                      "tactic "
                          + Elements.quoted(tactic.id())
                          + " is measured by "
                          + Elements.words(facts.outcomeNames(tactic))
                          + ", which no objective of its goals uses",
                      "measure it by a metric its goals' objectives use, or give a goal an"
                          + " objective for this one");
                }
              });

  /** SBS110: tactic's countable outcomes have no value per unit. */
  public static final Rule OUTCOME_WITHOUT_VALUE =
      Rule.builder("SBS110", "outcome-without-value")
          .title("Tactic's outcomes have no value per unit")
          .severity(Severity.INFO)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.RESOURCES)
          .rationale(
              "Put it next to the cash register: a return on investment needs the outcome in money,"
                  + " which takes a value per unit (revenue per net new customer, cost saved per"
                  + " call). Only countable outcomes that add up can carry one; averages, scores,"
                  + " ratios and amounts already in money cannot.")
          .perTactic(
              (strategy, tactic, context) -> {
                TacticFacts facts = TacticFacts.of(context);
                if (tactic.cost().isEmpty()
                    || !facts.tracksCountableOutcome(context.position(tactic))
                    || facts.tracksValuedOutcome(context.position(tactic))) {
                  return;
                }
                context.report(
                    Subject.of(tactic.id()),
                    context.path(tactic).field("tracks"),
                    "tactic "
                        + Elements.quoted(tactic.id())
                        + " is measured by countable outcomes with no value per unit, so its"
                        + " return cannot be put in money",
                    "give " + Elements.words(facts.countableNames(tactic)) + " a value per unit");
              });

  /** SBS111: a custom catalog value looks like a misspelt well-known one. */
  public static final Rule MISSPELT_CATALOG_VALUE =
      Rule.builder("SBS111", "misspelt-catalog-value")
          .title("Custom value looks like a misspelt well-known one")
          .severity(Severity.INFO)
          .family(RuleFamily.TACTICS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "Channels, business functions and kinds of value are compared across tactics (spend"
                  + " by channel, alignment by function); a typo such as 'facebok' makes a channel"
                  + " of its own and splits the figures. A value far from every well-known one, or"
                  + " a custom channel given its kind, is taken as meant.")
          .perStrategy(
              (strategy, context) -> {
                CatalogCheck check = new CatalogCheck(context);
                check.value(
                    StrategyPath.ROOT.field("organization").field("customerKind"),
                    "customer kind",
                    strategy.organization().customerKind(),
                    CustomerKind.wellKnown());
                for (int i = 0; i < strategy.goals().size(); i++) {
                  BusinessGoal goal = strategy.goals().get(i);
                  check.value(
                      Elements.goal(i, goal.id()).field("function"),
                      "business function",
                      goal.function(),
                      BusinessFunction.wellKnown());
                }
                for (Tactic tactic : strategy.tactics()) {
                  StrategyPath path = context.path(tactic);
                  if (tactic.channel().kind() == ChannelKind.OTHER) {
                    check.value(
                        path.field("channel"), "channel", tactic.channel(), Channel.wellKnown());
                  }
                  check.value(
                      path.field("function"),
                      "business function",
                      tactic.function(),
                      BusinessFunction.wellKnown());
                  for (CustomerValue kind : tactic.value().customer().kinds()) {
                    check.value(
                        path.field("value").field("customer").field("kinds"),
                        "kind of customer value",
                        kind,
                        CustomerValue.wellKnown());
                  }
                  for (OrganizationValue kind : tactic.value().organization().kinds()) {
                    check.value(
                        path.field("value").field("organization").field("kinds"),
                        "kind of organization value",
                        kind,
                        OrganizationValue.wellKnown());
                  }
                }
                for (int i = 0; i < strategy.stakeholders().size(); i++) {
                  Stakeholder stakeholder = strategy.stakeholders().get(i);
                  StrategyPath path = Elements.stakeholder(i, stakeholder.id());
                  stakeholder
                      .role()
                      .ifPresent(
                          role ->
                              check.value(
                                  path.field("role"),
                                  "stakeholder role",
                                  role,
                                  StakeholderRole.wellKnown()));
                  stakeholder
                      .function()
                      .ifPresent(
                          function ->
                              check.value(
                                  path.field("function"),
                                  "business function",
                                  function,
                                  BusinessFunction.wellKnown()));
                }
                for (int i = 0; i < strategy.platforms().size(); i++) {
                  TechnologyPlatform platform = strategy.platforms().get(i);
                  check.value(
                      Elements.platform(i, platform.id()).field("category"),
                      "platform category",
                      platform.category(),
                      PlatformCategory.wellKnown());
                }
              });

  /** Reports each custom catalog value near a well-known one, where it is written. */
  private static final class CatalogCheck {
    private final RuleContext context;

    CatalogCheck(RuleContext context) {
      this.context = context;
    }

    void value(
        StrategyPath path,
        String what,
        CatalogValue value,
        List<? extends CatalogValue> wellKnown) {
      if (value.isWellKnown()) {
        return;
      }
      List<String> keys = new ArrayList<>(wellKnown.size());
      for (CatalogValue known : wellKnown) {
        keys.add(known.key());
      }
      NearestMatch.among(value.key(), keys)
          .ifPresent(
              near ->
                  context.report(
                      Subject.STRATEGY,
                      path,
                      what
                          + " '"
                          + value.label()
                          + "' is not a well-known "
                          + what
                          + " (did you mean '"
                          + near
                          + "'?)",
                      "write '"
                          + near
                          + "', or keep it if '"
                          + value.label()
                          + "' is meant as a "
                          + what
                          + " of its own"));
    }
  }

  private TacticRules() {}

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
