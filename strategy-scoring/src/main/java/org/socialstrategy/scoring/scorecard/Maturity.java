package org.socialstrategy.scoring.scorecard;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.GovernanceModel;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.PlatformCategory;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.validation.RuleOptions;
import org.socialstrategy.scoring.validation.StrategyValidator;

/** Assesses the six maturity stages; {@code docs/scoring.md} lists every criterion. */
final class Maturity {

  /** Share of tactics aligned for the strategic stage. */
  static final double STRATEGIC_ALIGNMENT = 0.75;

  private final Strategy strategy;
  private final LocalDate asOf;
  private final StrategyValidator validator;
  private final AlignmentScore alignment;
  private final List<ObjectiveProgress> progress;
  private final List<TacticRoi> returns;
  private final List<Stakeholder> executives;
  private final Set<BusinessFunction> functions = new HashSet<>();

  private Maturity(
      Strategy strategy,
      LocalDate asOf,
      StrategyValidator validator,
      AlignmentScore alignment,
      List<ObjectiveProgress> progress,
      List<TacticRoi> returns) {
    this.strategy = strategy;
    this.asOf = asOf;
    this.validator = validator;
    this.alignment = alignment;
    this.progress = progress;
    this.returns = returns;
    this.executives = strategy.stakeholders().stream().filter(Stakeholder::executive).toList();
    strategy.tactics().forEach(t -> functions.add(t.function()));
  }

  static MaturityAssessment assess(
      Strategy strategy,
      LocalDate asOf,
      StrategyValidator validator,
      AlignmentScore alignment,
      List<ObjectiveProgress> progress,
      List<TacticRoi> returns) {
    Maturity maturity = new Maturity(strategy, asOf, validator, alignment, progress, returns);
    List<StageAssessment> stages =
        List.of(
            new StageAssessment(MaturityStage.PLANNING, maturity.planning()),
            new StageAssessment(MaturityStage.PRESENCE, maturity.presence()),
            new StageAssessment(MaturityStage.ENGAGEMENT, maturity.engagement()),
            new StageAssessment(MaturityStage.FORMALIZED, maturity.formalized()),
            new StageAssessment(MaturityStage.STRATEGIC, maturity.strategic()),
            new StageAssessment(MaturityStage.CONVERGED, maturity.converged()));
    MaturityStage reached = MaturityStage.NOT_STARTED;
    for (StageAssessment stage : stages) {
      if (!stage.met()) {
        break;
      }
      reached = stage.stage();
    }
    List<Criterion> next =
        reached == MaturityStage.CONVERGED
            ? List.of()
            : stages.get(reached.level()).criteria().stream().filter(c -> !c.met()).toList();
    return new MaturityAssessment(reached, stages, next);
  }

  /** Whether a tactic runs at the as-of date: its window holds the date, or it has none. */
  private boolean live(Tactic tactic) {
    return tactic.window().map(w -> w.contains(asOf)).orElse(true);
  }

  private List<Criterion> planning() {
    boolean listening =
        strategy.platforms().stream()
            .anyMatch(p -> p.category().equals(PlatformCategory.LISTENING));
    long live = strategy.tactics().stream().filter(this::live).count();
    int observations = strategy.observations().size();
    return List.of(
        new Criterion(
            "business goals are defined",
            !strategy.goals().isEmpty(),
            Plurals.count(strategy.goals().size(), "goal")),
        new Criterion(
            "the organization listens or pilots: a listening platform, observations or a live"
                + " tactic",
            listening || observations > 0 || live > 0,
            (listening ? "a listening platform, " : "no listening platform, ")
                + Plurals.count(observations, "observation")
                + ", "
                + Plurals.count(live, "live tactic")));
  }

  private List<Criterion> presence() {
    long social =
        strategy.tactics().stream().filter(t -> t.channel().isSocial() && live(t)).count();
    long measuredGoals = strategy.goals().stream().filter(g -> !g.objectives().isEmpty()).count();
    long measuredTactics = strategy.tactics().stream().filter(t -> !t.tracks().isEmpty()).count();
    return List.of(
        new Criterion(
            "tactics run live on social channels",
            social > 0,
            Plurals.count(social, "live social tactic")),
        new Criterion(
            "every goal has a measurable objective",
            !strategy.goals().isEmpty() && measuredGoals == strategy.goals().size(),
            measuredGoals + " of " + Plurals.count(strategy.goals().size(), "goal") + " measured"),
        new Criterion(
            "every tactic is measured by a metric",
            !strategy.tactics().isEmpty() && measuredTactics == strategy.tactics().size(),
            measuredTactics
                + " of "
                + Plurals.count(strategy.tactics().size(), "tactic")
                + " measured"));
  }

  private List<Criterion> engagement() {
    boolean dialog = false;
    long twoSided = 0;
    long beyondMarketing = 0;
    for (Tactic tactic : strategy.tactics()) {
      dialog |=
          tactic.channel().kind() == ChannelKind.COMMUNITY
              || tactic.tracks().stream()
                  .anyMatch(
                      id ->
                          strategy.metric(id).map(m -> m.kind()).orElse(null)
                              == MetricKind.ENGAGEMENT);
      if (!tactic.value().isOneSided()) {
        twoSided++;
      }
      if (!tactic.function().equals(BusinessFunction.MARKETING)
          && !tactic.function().equals(BusinessFunction.COMMUNICATIONS)) {
        beyondMarketing++;
      }
    }
    int tactics = strategy.tactics().size();
    return List.of(
        new Criterion(
            "dialog: a hosted community, or engagement measured",
            dialog,
            dialog ? "two-way tactics in place" : "no community and no engagement measured"),
        new Criterion(
            "social serves functions beyond marketing and communications",
            beyondMarketing > 0,
            Plurals.count(beyondMarketing, "tactic") + " beyond marketing and communications"),
        new Criterion(
            "value flows both ways in most tactics",
            tactics > 0 && 2 * twoSided >= tactics,
            twoSided + " of " + Plurals.count(tactics, "tactic") + " exchange value both ways"));
  }

  private List<Criterion> formalized() {
    boolean sponsor =
        strategy.sponsor().flatMap(strategy::stakeholder).map(Stakeholder::executive).orElse(false);
    return List.of(
        new Criterion(
            "an executive sponsors the strategy",
            sponsor,
            sponsor ? "sponsor " + strategy.sponsor().orElseThrow() : "no executive sponsor"),
        new Criterion(
            "a hub or center of excellence leads it",
            strategy.governance().hub().isPresent(),
            strategy.governance().hub().map(h -> h.name()).orElse("no hub")),
        new Criterion(
            "guidelines are in place",
            !strategy.governance().guidelines().isEmpty(),
            Plurals.count(strategy.governance().guidelines().size(), "guideline")),
        new Criterion(
            "roles and responsibilities are assigned",
            !strategy.governance().raci().isEmpty(),
            Plurals.count(strategy.governance().raci().size(), "RACI assignment")));
  }

  private List<Criterion> strategic() {
    long gaining =
        returns.stream().filter(r -> r.roi().map(x -> x.signum() > 0).orElse(false)).count();
    long onTrack =
        progress.stream()
            .filter(
                p -> p.status() == ProgressStatus.ACHIEVED || p.status() == ProgressStatus.ON_TRACK)
            .count();
    ExecutiveAlignment level = validator.option(RuleOptions.EXECUTIVE_SUPPORT_LEVEL);
    double threshold = validator.option(RuleOptions.EXECUTIVE_SUPPORT_SHARE);
    long supporting = executives.stream().filter(e -> e.alignment().isAtLeast(level)).count();
    long heads =
        strategy.stakeholders().stream()
            .filter(s -> s.role().filter(StakeholderRole.DEPARTMENT_HEAD::equals).isPresent())
            .count();
    int years = validator.option(RuleOptions.MINIMUM_ROADMAP_YEARS);
    boolean longRoadmap =
        strategy
            .roadmap()
            .map(r -> !r.horizon().start().plusYears(years).minusDays(1).isAfter(r.horizon().end()))
            .orElse(false);
    return List.of(
        new Criterion(
            "initiatives show business impact: a tactic returns more than it has cost, or an"
                + " objective is achieved or on track",
            gaining + onTrack > 0,
            Plurals.count(gaining, "tactic")
                + " with a positive return to date, "
                + Plurals.count(onTrack, "objective")
                + " achieved or on track"),
        new Criterion(
            "at least " + Ratios.percent(STRATEGIC_ALIGNMENT) + "% of tactics are aligned",
            alignment.tactics() > 0 && alignment.shareByCount() >= STRATEGIC_ALIGNMENT,
            Ratios.percent(alignment.shareByCount()) + "% aligned"),
        new Criterion(
            "the C-level is involved: at least "
                + Ratios.percent(threshold)
                + "% of executives "
                + Labels.of(level),
            !executives.isEmpty() && supporting >= threshold * executives.size(),
            supporting + " of " + Plurals.count(executives.size(), "executive")),
        new Criterion(
            "department heads are involved", heads > 0, Plurals.count(heads, "department head")),
        new Criterion(
            "the roadmap looks out " + Plurals.count(years, "year") + " or more",
            longRoadmap,
            strategy.roadmap().map(r -> "roadmap " + r.horizon()).orElse("no roadmap")),
        new Criterion(
            "cross-functional: tactics in three or more business functions",
            functions.size() >= 3,
            Plurals.count(functions.size(), "business function")));
  }

  private List<Criterion> converged() {
    long aligned =
        executives.stream().filter(e -> e.alignment() == ExecutiveAlignment.ALIGNED).count();
    GovernanceModel model = strategy.governance().model().orElse(null);
    boolean organizationWide =
        model == GovernanceModel.HOLISTIC || model == GovernanceModel.MULTIPLE_HUB_AND_SPOKE;
    List<Year> horizon = strategy.roadmap().map(r -> r.horizon().years()).orElse(List.of());
    long funded = horizon.stream().filter(strategy.funding().perYear()::containsKey).count();
    List<Criterion> criteria = new ArrayList<>();
    criteria.add(
        new Criterion(
            "social is woven in: tactics in five or more business functions",
            functions.size() >= 5,
            Plurals.count(functions.size(), "business function")));
    criteria.add(
        new Criterion(
            "every executive is aligned",
            !executives.isEmpty() && aligned == executives.size(),
            aligned + " of " + Plurals.count(executives.size(), "executive") + " aligned"));
    criteria.add(
        new Criterion(
            "organization-wide governance: a holistic or multiple hub-and-spoke model",
            organizationWide,
            model == null ? "no governance model stated" : Labels.of(model)));
    criteria.add(
        new Criterion(
            "every goal is served and every tactic aligned",
            alignment.tactics() > 0
                && alignment.alignedTactics() == alignment.tactics()
                && alignment.supportedGoals() == alignment.goals(),
            alignment.alignedTactics()
                + " of "
                + Plurals.count(alignment.tactics(), "tactic")
                + " aligned, "
                + alignment.supportedGoals()
                + " of "
                + Plurals.count(alignment.goals(), "goal")
                + " served"));
    criteria.add(
        new Criterion(
            "every roadmap year is funded",
            !horizon.isEmpty() && funded == horizon.size(),
            funded + " of " + Plurals.count(horizon.size(), "roadmap year") + " funded"));
    return criteria;
  }
}
