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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.GoalId;
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
  private final List<Tactic> aligned;

  private Factors(
      Strategy strategy,
      ValidationReport report,
      StrategyValidator validator,
      AlignmentScore alignment) {
    this.strategy = strategy;
    this.report = report;
    this.validator = validator;
    this.alignment = alignment;
    this.aligned =
        strategy.tactics().stream().filter(t -> AlignmentScore.isAligned(strategy, t)).toList();
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
    Criteria criteria =
        new Criteria()
            .check(
                1,
                !goals.isEmpty(),
                Plurals.count(goals.size(), "business goal") + " defined",
                "no business goals defined");
    if (goals.isEmpty()) {
      criteria.notApplicable(
          "without goals",
          "measurable objectives",
          "outcome measures",
          "goals served",
          "goal titles");
    } else {
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
      Set<GoalId> servedGoals = new HashSet<>();
      aligned.forEach(t -> servedGoals.addAll(t.goals()));
      long served = goals.stream().filter(g -> servedGoals.contains(g.id())).count();
      criteria
          .share(
              2,
              measured,
              goals.size(),
              "goals with a measurable objective",
              "goals without a measurable objective",
              "measurable objectives: not applicable without goals")
          .share(
              2,
              onOutcomes,
              objectives,
              "objectives measured by business outcomes",
              "objectives measured by vanity or engagement metrics",
              "outcome measures: not applicable without objectives")
          .share(
              2,
              served,
              goals.size(),
              "goals served by an aligned tactic",
              "goals no aligned tactic serves",
              "goals served: not applicable without goals")
          .share(
              1,
              goals.size() - findingsOf(GoalRules.GOAL_NAMES_CHANNEL),
              goals.size(),
              "goal titles that say what, not how",
              "goal titles that name a channel",
              "goal titles: not applicable without goals");
    }
    int tactics = strategy.tactics().size();
    if (tactics == 0) {
      return criteria.notApplicable("without tactics", "alignment", "value exchange");
    }
    long twoSided = alignedTactics().filter(t -> !t.value().isOneSided()).count();
    return criteria
        .share(
            4,
            alignment.alignedTactics(),
            tactics,
            "tactics serving a goal through a business outcome",
            "tactics serving no goal or tracking no business outcome",
            "alignment: not applicable without tactics")
        .share(
            2,
            twoSided,
            alignment.alignedTactics(),
            "aligned tactics exchanging value both ways",
            "aligned tactics giving one side nothing",
            "value exchange: not applicable without aligned tactics");
  }

  private Criteria vision() {
    Optional<Vision> vision = strategy.vision();
    Criteria criteria =
        new Criteria()
            .check(3, vision.isPresent(), "a long-term vision is stated", "no long-term vision");
    if (vision.isEmpty()) {
      return criteria.notApplicable(
          "without a vision",
          "its horizon",
          "what customers gain",
          "what stakeholders inside gain");
    }
    int years = validator.option(RuleOptions.MINIMUM_VISION_YEARS);
    return criteria
        .check(
            2,
            findingsOf(OrganizationRules.SHORT_VISION) == 0,
            "the vision looks out " + Plurals.count(years, "year") + " or more",
            "the vision looks out less than " + Plurals.count(years, "year"))
        .check(
            1,
            vision.get().customerValue().isPresent(),
            "the vision says what customers gain",
            "the vision does not say what customers gain")
        .check(
            1,
            vision.get().internalValue().isPresent(),
            "the vision says what stakeholders inside gain",
            "the vision does not say what stakeholders inside gain");
  }

  private Criteria executives() {
    Optional<Stakeholder> sponsor = strategy.sponsor().flatMap(strategy::stakeholder);
    List<Stakeholder> executives =
        strategy.stakeholders().stream().filter(Stakeholder::executive).toList();
    Criteria criteria =
        new Criteria()
            .check(
                3,
                sponsor.map(Stakeholder::executive).orElse(false),
                "an executive sponsors the strategy",
                "no executive sponsors the strategy")
            .check(
                1,
                !executives.isEmpty(),
                Plurals.count(executives.size(), "executive") + " named",
                "no executives named");
    if (executives.isEmpty()) {
      criteria.notApplicable("without executives", "executive support", "executive alignment");
    } else {
      ExecutiveAlignment level = validator.option(RuleOptions.EXECUTIVE_SUPPORT_LEVEL);
      double threshold = validator.option(RuleOptions.EXECUTIVE_SUPPORT_SHARE);
      long supporting = executives.stream().filter(e -> e.alignment().isAtLeast(level)).count();
      long aligned =
          executives.stream().filter(e -> e.alignment() == ExecutiveAlignment.ALIGNED).count();
      double supportShare = Ratios.share(supporting, executives.size());
      criteria
          .fraction(
              3,
              threshold == 0 ? 1 : supportShare / threshold,
              "executives at least "
                  + Labels.of(level)
                  + ": "
                  + supporting
                  + " of "
                  + executives.size(),
              "fewer than "
                  + Ratios.percent(threshold)
                  + "% of executives at least "
                  + Labels.of(level))
          .share(
              1,
              aligned,
              executives.size(),
              "executives aligned with the strategy",
              "executives not yet aligned",
              "executive alignment: not applicable without executives");
    }
    if (strategy.goals().isEmpty()) {
      criteria.notApplicable("without goals", "goal sponsors");
    } else {
      long sponsoredGoals = strategy.goals().stream().filter(g -> g.sponsor().isPresent()).count();
      criteria.share(
          1,
          sponsoredGoals,
          strategy.goals().size(),
          "goals with a sponsor",
          "goals without a sponsor",
          "goal sponsors: not applicable without goals");
    }
    if (alignment.alignedTactics() == 0) {
      return criteria.notApplicable("without aligned tactics", "business functions reached");
    }
    Set<BusinessFunction> functions = new HashSet<>();
    alignedTactics().forEach(t -> functions.add(t.function()));
    return criteria.check(
        1,
        functions.size() > 1,
        "aligned tactics in " + Plurals.count(functions.size(), "business function"),
        "aligned tactics in one business function only");
  }

  private Criteria roadmap() {
    List<Initiative> initiatives = strategy.initiatives();
    Criteria criteria =
        new Criteria()
            .check(
                2,
                strategy.roadmap().isPresent() && !initiatives.isEmpty(),
                "a roadmap of " + Plurals.count(initiatives.size(), "initiative"),
                strategy.roadmap().isPresent() ? "the roadmap has no initiatives" : "no roadmap");
    if (strategy.roadmap().isEmpty()) {
      return criteria.notApplicable(
          "without a roadmap", "its horizon", "initiatives", "tactics planned", "goals planned");
    }
    int years = validator.option(RuleOptions.MINIMUM_ROADMAP_YEARS);
    criteria.check(
        2,
        findingsOf(RoadmapRules.SHORT_ROADMAP) == 0,
        "the roadmap looks out " + Plurals.count(years, "year") + " or more",
        "the roadmap looks out less than " + Plurals.count(years, "year"));
    if (initiatives.isEmpty()) {
      return criteria.notApplicable(
          "without initiatives", "goals served", "tactics planned", "dependencies");
    }
    long serving = initiatives.stream().filter(i -> !i.goals().isEmpty()).count();
    long grouped =
        strategy.tactics().stream()
            .filter(t -> !strategy.initiativesGrouping(t.id()).isEmpty())
            .count();
    long goalsPlanned =
        strategy.goals().stream()
            .filter(g -> !strategy.initiativesServing(g.id()).isEmpty())
            .count();
    boolean dependencies = initiatives.stream().anyMatch(i -> !i.dependsOn().isEmpty());
    criteria
        .share(
            2,
            serving,
            initiatives.size(),
            "initiatives serving a goal",
            "initiatives serving no goal",
            "initiatives: not applicable without initiatives")
        .share(
            2,
            grouped,
            strategy.tactics().size(),
            "tactics in an initiative",
            "tactics in no initiative",
            "tactics planned: not applicable without tactics")
        .share(
            1,
            goalsPlanned,
            strategy.goals().size(),
            "goals served by an initiative",
            "goals served by no initiative",
            "goals planned: not applicable without goals");
    if (!dependencies) {
      return criteria.notApplicable("without dependencies between initiatives", "their order");
    }
    return criteria.check(
        1,
        findingsOf(RoadmapRules.DEPENDENCY_CYCLE) + findingsOf(RoadmapRules.DEPENDENCY_NOT_FINISHED)
            == 0,
        "dependencies between initiatives are sound",
        "dependencies between initiatives are cyclic or overlap");
  }

  private Criteria governance() {
    Governance governance = strategy.governance();
    Criteria criteria =
        new Criteria()
            .check(
                3,
                governance.hub().isPresent(),
                "a hub or center of excellence leads the strategy",
                "no hub or center of excellence");
    if (governance.hub().isEmpty()) {
      criteria.notApplicable("without a hub", "hub responsibilities");
    } else {
      criteria.share(
          1,
          governance.hub().get().responsibilities().size(),
          HubResponsibility.values().length,
          "hub responsibilities taken on",
          "hub responsibilities not taken on",
          "hub responsibilities: not applicable");
    }
    criteria
        .check(
            2,
            !governance.guidelines().isEmpty(),
            Plurals.count(governance.guidelines().size(), "guideline") + " in place",
            "no guidelines or policies")
        .check(
            1,
            !governance.raci().isEmpty(),
            "roles and responsibilities assigned",
            "no roles and responsibilities assigned");
    if (governance.raci().isEmpty()) {
      return criteria.notApplicable("without RACI assignments", "sound RACI items");
    }
    Map<RaciItem, List<RaciAssignment>> items = new LinkedHashMap<>();
    for (RaciAssignment assignment : governance.raci()) {
      items.computeIfAbsent(assignment.item(), i -> new ArrayList<>()).add(assignment);
    }
    long soundItems = items.values().stream().filter(Factors::isSound).count();
    return criteria.share(
        2,
        soundItems,
        items.size(),
        "RACI items with one accountable, a responsible and one letter per person",
        "RACI items breaking the RACI rules",
        "sound RACI items: not applicable without RACI items");
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
    Criteria criteria =
        new Criteria()
            .check(
                2,
                !funding.isEmpty(),
                "budget and staff secured for " + Plurals.count(funding.size(), "year"),
                "no budget or staff secured");
    if (strategy.roadmap().isEmpty()) {
      criteria.notApplicable(
          "without a roadmap", "roadmap years funded", "planned spend", "planned staff");
    } else {
      List<Year> horizon = strategy.roadmap().get().horizon().years();
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
      criteria
          .share(
              2,
              fundedYears,
              horizon.size(),
              "roadmap years funded",
              "roadmap years without funding",
              "roadmap years funded: not applicable without roadmap years")
          .share(
              2,
              withinBudget,
              spend.size(),
              "years whose planned spend fits their funding",
              "years whose planned spend exceeds their funding",
              "planned spend: not applicable without initiatives that plan a budget")
          .share(
              1,
              withinStaff,
              staff.size(),
              "years whose planned staff fits what is secured",
              "years needing more staff than secured",
              "planned staff: not applicable without initiatives that plan staff");
    }
    criteria.check(
        1,
        strategy.funding().trainingPlan().isPresent(),
        "staff are trained on the vision, value creation and metrics",
        "no training plan");
    if (aligned.isEmpty()) {
      return criteria.notApplicable(
          "without aligned tactics", "tactics with a cost", "tactics with an owner");
    }
    long costed = alignedTactics().filter(t -> t.cost().isPresent()).count();
    long owned = alignedTactics().filter(t -> t.owner().isPresent()).count();
    return criteria
        .share(
            1,
            costed,
            aligned.size(),
            "aligned tactics with a cost",
            "aligned tactics without a cost",
            "tactics with a cost: not applicable without aligned tactics")
        .share(
            1,
            owned,
            aligned.size(),
            "aligned tactics with an owner",
            "aligned tactics without an owner",
            "tactics with an owner: not applicable without aligned tactics");
  }

  private Criteria technology() {
    List<TechnologyPlatform> platforms = strategy.platforms();
    if (platforms.isEmpty()) {
      return new Criteria()
          .notApplicable(
              "without technology platforms, none bought yet and none to justify",
              "platforms enabling initiatives",
              "their costs",
              "their funding");
    }
    long justified =
        platforms.stream().filter(p -> !strategy.initiativesUsing(p.id()).isEmpty()).count();
    long costed = platforms.stream().filter(p -> p.annualCost().isPresent()).count();
    Criteria criteria =
        new Criteria()
            .check(
                1,
                justified > 0,
                "technology supports the roadmap's initiatives",
                "no platform supports a roadmap initiative")
            .share(
                3,
                justified,
                platforms.size(),
                "platforms enabling a roadmap initiative",
                "platforms enabling no initiative (shiny objects)",
                "platforms enabling initiatives: not applicable without platforms")
            .share(
                1,
                costed,
                platforms.size(),
                "platforms with a known annual cost",
                "platforms without a known cost",
                "their costs: not applicable without platforms");
    if (costed == 0) {
      return criteria.notApplicable("without platform costs", "their funding");
    }
    return criteria.check(
        2,
        findingsOf(RoadmapRules.UNFUNDED_PLATFORM) == 0,
        "platform costs are funded",
        "platform costs are not funded in some years");
  }

  private Stream<Tactic> alignedTactics() {
    return aligned.stream();
  }
}
