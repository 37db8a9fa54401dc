package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.HubResponsibility;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.RaciAssignment;
import org.socialstrategy.model.RaciItem;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderId;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.Vision;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.GoalRules;
import org.socialstrategy.scoring.validation.OrganizationRules;
import org.socialstrategy.scoring.validation.RoadmapRules;
import org.socialstrategy.scoring.validation.Rule;
import org.socialstrategy.scoring.validation.RuleOptions;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;

/** Scores the seven success factors; {@code docs/scoring.md} lists every criterion and weight. */
final class Factors {

  private final Strategy strategy;
  private final ValidationReport report;
  private final StrategyValidator validator;
  private final AlignmentScore alignment;

  private Factors(
      Strategy strategy,
      ValidationReport report,
      StrategyValidator validator,
      AlignmentScore alignment) {
    this.strategy = strategy;
    this.report = report;
    this.validator = validator;
    this.alignment = alignment;
  }

  static List<FactorScore> score(
      Strategy strategy,
      ValidationReport report,
      StrategyValidator validator,
      AlignmentScore alignment) {
    Factors factors = new Factors(strategy, report, validator, alignment);
    Map<SuccessFactor, List<Finding>> findings = new EnumMap<>(SuccessFactor.class);
    for (SuccessFactor factor : SuccessFactor.values()) {
      findings.put(factor, new ArrayList<>());
    }
    Map<String, SuccessFactor> factorOfRule = new HashMap<>();
    for (Rule rule : validator.rules()) {
      rule.factor().ifPresent(factor -> factorOfRule.put(rule.id(), factor));
    }
    for (Finding finding : report.findings()) {
      SuccessFactor factor = factorOfRule.get(finding.ruleId());
      if (factor != null) {
        findings.get(factor).add(finding);
      }
    }
    return List.of(
        factors
            .goals()
            .toScore(SuccessFactor.BUSINESS_GOALS, findings.get(SuccessFactor.BUSINESS_GOALS)),
        factors
            .vision()
            .toScore(SuccessFactor.LONG_TERM_VISION, findings.get(SuccessFactor.LONG_TERM_VISION)),
        factors
            .executives()
            .toScore(
                SuccessFactor.EXECUTIVE_SUPPORT, findings.get(SuccessFactor.EXECUTIVE_SUPPORT)),
        factors.roadmap().toScore(SuccessFactor.ROADMAP, findings.get(SuccessFactor.ROADMAP)),
        factors
            .governance()
            .toScore(SuccessFactor.GOVERNANCE, findings.get(SuccessFactor.GOVERNANCE)),
        factors.resources().toScore(SuccessFactor.RESOURCES, findings.get(SuccessFactor.RESOURCES)),
        factors
            .technology()
            .toScore(SuccessFactor.TECHNOLOGY, findings.get(SuccessFactor.TECHNOLOGY)));
  }

  private long findingsOf(Rule rule) {
    return report.byRule(rule.id()).findings().size();
  }

  private Criteria goals() {
    List<BusinessGoal> goals = strategy.goals();
    long measured = goals.stream().filter(g -> !g.objectives().isEmpty()).count();
    long objectives = 0;
    long onOutcomes = 0;
    for (BusinessGoal goal : goals) {
      for (Objective objective : goal.objectives()) {
        objectives++;
        if (strategy.metric(objective.metric()).orElseThrow().kind()
            == MetricKind.BUSINESS_OUTCOME) {
          onOutcomes++;
        }
      }
    }
    long twoSided = strategy.tactics().stream().filter(t -> !t.value().isOneSided()).count();
    int tactics = strategy.tactics().size();
    return new Criteria()
        .check(
            1,
            !goals.isEmpty(),
            Plurals.count(goals.size(), "business goal") + " defined",
            "no business goals defined")
        .share(
            2,
            measured,
            goals.size(),
            "goals have a measurable objective",
            "goals lack a measurable objective",
            false,
            "no goals to measure")
        .share(
            2,
            onOutcomes,
            objectives,
            "objectives are measured by business outcomes",
            "objectives are measured by vanity or engagement metrics",
            false,
            "no objectives")
        .share(
            2,
            alignment.supportedGoals(),
            goals.size(),
            "goals are served by a tactic",
            "goals are served by no tactic",
            false,
            "no goals to serve")
        .share(
            4,
            alignment.alignedTactics(),
            tactics,
            "tactics serve a goal through a business outcome",
            "tactics serve no goal or track no business outcome",
            false,
            "no tactics")
        .share(
            1,
            goals.size() - findingsOf(GoalRules.GOAL_NAMES_CHANNEL),
            goals.size(),
            "goal titles say what, not how",
            "goal titles name a channel",
            false,
            "no goal titles")
        .share(
            2,
            twoSided,
            tactics,
            "tactics exchange value both ways",
            "tactics give one side nothing",
            false,
            "no value exchanges");
  }

  private Criteria vision() {
    Optional<Vision> vision = strategy.vision();
    int years = validator.option(RuleOptions.MINIMUM_VISION_YEARS);
    return new Criteria()
        .check(3, vision.isPresent(), "a long-term vision is stated", "no long-term vision")
        .check(
            2,
            vision.isPresent() && findingsOf(OrganizationRules.SHORT_VISION) == 0,
            "the vision looks out " + Plurals.count(years, "year") + " or more",
            "the vision does not look out " + Plurals.count(years, "year"))
        .check(
            1,
            vision.flatMap(Vision::customerValue).isPresent(),
            "the vision says what customers gain",
            "the vision does not say what customers gain")
        .check(
            1,
            vision.flatMap(Vision::internalValue).isPresent(),
            "the vision says what stakeholders inside gain",
            "the vision does not say what stakeholders inside gain");
  }

  private Criteria executives() {
    Optional<Stakeholder> sponsor = strategy.sponsor().flatMap(strategy::stakeholder);
    List<Stakeholder> executives =
        strategy.stakeholders().stream().filter(Stakeholder::executive).toList();
    ExecutiveAlignment level = validator.option(RuleOptions.EXECUTIVE_SUPPORT_LEVEL);
    double threshold = validator.option(RuleOptions.EXECUTIVE_SUPPORT_SHARE);
    long supporting = executives.stream().filter(e -> e.alignment().isAtLeast(level)).count();
    long aligned =
        executives.stream().filter(e -> e.alignment() == ExecutiveAlignment.ALIGNED).count();
    double supportShare = Ratios.share(supporting, executives.size());
    long sponsoredGoals = strategy.goals().stream().filter(g -> g.sponsor().isPresent()).count();
    Set<BusinessFunction> functions = new HashSet<>();
    strategy.tactics().forEach(t -> functions.add(t.function()));
    return new Criteria()
        .check(
            3,
            sponsor.map(Stakeholder::executive).orElse(false),
            "an executive sponsors the strategy",
            "no executive sponsors the strategy")
        .check(
            1,
            !executives.isEmpty(),
            Plurals.count(executives.size(), "executive") + " named",
            "no executives named")
        .fraction(
            3,
            threshold == 0 ? 1 : supportShare / threshold,
            supporting
                + " of "
                + Plurals.count(executives.size(), "executive")
                + " at least "
                + level.name().toLowerCase(Locale.ROOT),
            "fewer than "
                + Ratios.percent(threshold)
                + "% of executives at least "
                + level.name().toLowerCase(Locale.ROOT))
        .share(
            1,
            aligned,
            executives.size(),
            "executives aligned with the strategy",
            "executives not yet aligned",
            false,
            "no executives to align")
        .share(
            1,
            sponsoredGoals,
            strategy.goals().size(),
            "goals have a sponsor",
            "goals have no sponsor",
            false,
            "no goals to sponsor")
        .check(
            1,
            functions.size() > 1,
            "social works in " + Plurals.count(functions.size(), "business function"),
            "social works in one business function or none");
  }

  private Criteria roadmap() {
    int years = validator.option(RuleOptions.MINIMUM_ROADMAP_YEARS);
    List<Initiative> initiatives = strategy.initiatives();
    long serving = initiatives.stream().filter(i -> !i.goals().isEmpty()).count();
    long grouped =
        strategy.tactics().stream()
            .filter(t -> !strategy.initiativesGrouping(t.id()).isEmpty())
            .count();
    long goalsPlanned =
        strategy.goals().stream()
            .filter(g -> !strategy.initiativesServing(g.id()).isEmpty())
            .count();
    return new Criteria()
        .check(2, strategy.roadmap().isPresent(), "a roadmap is defined", "no roadmap")
        .check(
            2,
            strategy.roadmap().isPresent() && findingsOf(RoadmapRules.SHORT_ROADMAP) == 0,
            "the roadmap looks out " + Plurals.count(years, "year") + " or more",
            "the roadmap does not look out " + Plurals.count(years, "year"))
        .share(
            2,
            serving,
            initiatives.size(),
            "initiatives serve a goal",
            "initiatives serve no goal",
            false,
            "no initiatives")
        .share(
            2,
            grouped,
            strategy.tactics().size(),
            "tactics sit in an initiative",
            "tactics sit in no initiative",
            false,
            "no tactics to plan")
        .share(
            1,
            goalsPlanned,
            strategy.goals().size(),
            "goals are served by an initiative",
            "goals are served by no initiative",
            false,
            "no goals to plan for")
        .check(
            1,
            !initiatives.isEmpty()
                && findingsOf(RoadmapRules.DEPENDENCY_CYCLE)
                        + findingsOf(RoadmapRules.DEPENDENCY_NOT_FINISHED)
                    == 0,
            "dependencies between initiatives are sound",
            initiatives.isEmpty()
                ? "no initiatives to order"
                : "dependencies between initiatives are cyclic or overlap");
  }

  private Criteria governance() {
    Governance governance = strategy.governance();
    Set<HubResponsibility> responsibilities =
        governance.hub().map(h -> h.responsibilities()).orElse(Set.of());
    Map<RaciItem, List<RaciAssignment>> items = new LinkedHashMap<>();
    for (RaciAssignment assignment : governance.raci()) {
      items.computeIfAbsent(assignment.item(), i -> new ArrayList<>()).add(assignment);
    }
    long soundItems = items.values().stream().filter(Factors::isSound).count();
    return new Criteria()
        .check(
            3,
            governance.hub().isPresent(),
            "a hub or center of excellence leads the strategy",
            "no hub or center of excellence")
        .share(
            1,
            responsibilities.size(),
            HubResponsibility.values().length,
            "hub responsibilities taken on",
            "hub responsibilities not taken on",
            false,
            "")
        .check(
            2,
            !governance.guidelines().isEmpty(),
            Plurals.count(governance.guidelines().size(), "guideline") + " in place",
            "no guidelines or policies")
        .check(
            1,
            !governance.raci().isEmpty(),
            "roles and responsibilities assigned",
            "no roles and responsibilities assigned")
        .share(
            2,
            soundItems,
            items.size(),
            "RACI items have one accountable, a responsible and one letter per person",
            "RACI items break the RACI rules",
            false,
            "no RACI items");
  }

  private static boolean isSound(List<RaciAssignment> cells) {
    Set<StakeholderId> accountable = new HashSet<>();
    boolean responsible = false;
    Map<StakeholderId, Set<RaciRole>> roles = new HashMap<>();
    for (RaciAssignment cell : cells) {
      if (cell.role() == RaciRole.ACCOUNTABLE) {
        accountable.add(cell.stakeholder());
      }
      responsible |= cell.role() == RaciRole.RESPONSIBLE;
      roles
          .computeIfAbsent(cell.stakeholder(), s -> EnumSet.noneOf(RaciRole.class))
          .add(cell.role());
    }
    return accountable.size() == 1
        && responsible
        && roles.values().stream().allMatch(letters -> letters.size() == 1);
  }

  private Criteria resources() {
    Map<Year, Allocation> funding = strategy.funding().perYear();
    List<Year> horizon = strategy.roadmap().map(r -> r.horizon().years()).orElse(List.of());
    long fundedYears = horizon.stream().filter(funding::containsKey).count();
    Map<Year, BigDecimal> spend = new HashMap<>();
    Map<Year, BigDecimal> staff = new HashMap<>();
    for (Initiative initiative : strategy.initiatives()) {
      initiative
          .allocations()
          .forEach(
              (year, a) -> {
                spend.merge(year, a.budget().amount(), BigDecimal::add);
                staff.merge(year, a.staff(), BigDecimal::add);
              });
    }
    long withinBudget =
        spend.entrySet().stream()
            .filter(
                e ->
                    funding.containsKey(e.getKey())
                        && e.getValue().compareTo(funding.get(e.getKey()).budget().amount()) <= 0)
            .count();
    long withinStaff =
        staff.entrySet().stream()
            .filter(
                e ->
                    funding.containsKey(e.getKey())
                        && e.getValue().compareTo(funding.get(e.getKey()).staff()) <= 0)
            .count();
    List<Tactic> tactics = strategy.tactics();
    long costed = tactics.stream().filter(t -> t.cost().isPresent()).count();
    long owned = tactics.stream().filter(t -> t.owner().isPresent()).count();
    return new Criteria()
        .check(
            2,
            !funding.isEmpty(),
            "budget and staff secured for " + Plurals.count(funding.size(), "year"),
            "no budget or staff secured")
        .share(
            2,
            fundedYears,
            horizon.size(),
            "roadmap years are funded",
            "roadmap years are not funded",
            !funding.isEmpty(),
            "no roadmap years to fund")
        .share(
            2,
            withinBudget,
            spend.size(),
            "years plan spend within funding",
            "years plan spend above funding",
            !funding.isEmpty(),
            "no planned spend")
        .share(
            1,
            withinStaff,
            staff.size(),
            "years need no more staff than secured",
            "years need more staff than secured",
            !funding.isEmpty(),
            "no planned staff")
        .check(
            1,
            strategy.funding().trainingPlan().isPresent(),
            "staff are trained on the vision, value creation and metrics",
            "no training plan")
        .share(
            1,
            costed,
            tactics.size(),
            "tactics have a cost",
            "tactics have no cost",
            false,
            "no tactics to cost")
        .share(
            1,
            owned,
            tactics.size(),
            "tactics have an owner",
            "tactics have no owner",
            false,
            "no tactics to own");
  }

  private Criteria technology() {
    List<TechnologyPlatform> platforms = strategy.platforms();
    long justified =
        platforms.stream().filter(p -> !strategy.initiativesUsing(p.id()).isEmpty()).count();
    long costed = platforms.stream().filter(p -> p.annualCost().isPresent()).count();
    return new Criteria()
        .check(
            1,
            justified > 0,
            "technology supports the roadmap's initiatives",
            "no platform supports a roadmap initiative")
        .share(
            3,
            justified,
            platforms.size(),
            "platforms enable a roadmap initiative",
            "platforms enable no initiative (shiny objects)",
            true,
            "no shiny objects bought")
        .share(
            1,
            costed,
            platforms.size(),
            "platforms have a known annual cost",
            "platforms have no known cost",
            true,
            "no platform costs to know")
        .check(
            2,
            findingsOf(RoadmapRules.UNFUNDED_PLATFORM) == 0,
            "platform costs are funded",
            "platform costs are not funded in some years");
  }
}
