package org.socialstrategy.report;

import java.math.BigDecimal;
import java.util.List;
import org.socialstrategy.model.Money;
import org.socialstrategy.scoring.scorecard.AlignmentRow;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.BenchmarkItem;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.OutcomeUnits;
import org.socialstrategy.scoring.scorecard.PlanScore;
import org.socialstrategy.scoring.scorecard.ResultsScore;
import org.socialstrategy.scoring.scorecard.RoiGap;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.StageAssessment;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;

/**
 * A scorecard as one JSON document, for dashboards: every figure of the scorecard with its
 * evidence, led by the two headline figures ({@code results}, then {@code plan}). Money is written
 * as in strategy files ({@code {"amount": "5000.00", "currency": "USD"}}); shares, ratios and
 * grades as exact numbers; absent values are left out (a results score that is not measured, a
 * factor score that does not apply). Values meant for machines are stable, lower-case and
 * hyphenated ({@code "off-track"}, {@code "to-date"}, {@code "no-value-per-unit"}); {@code
 * docs/scoring.md} lists them.
 */
public final class ScorecardJson {

  private ScorecardJson() {}

  /**
   * Renders a scorecard.
   *
   * @param card the scorecard
   * @return the JSON text
   */
  public static String render(Scorecard card) {
    AlignmentScore a = card.alignment();
    Alignment alignment =
        new Alignment(
            a.tactics(),
            a.alignedTactics(),
            a.shareByCount(),
            a.shareByBudget().isPresent() ? a.shareByBudget().getAsDouble() : null,
            money(a.totalSpend().orElse(null)),
            money(a.unalignedSpend().orElse(null)),
            a.goals(),
            a.supportedGoals(),
            a.goalShare(),
            a.byFunction().stream().map(ScorecardJson::row).toList(),
            a.byChannel().stream().map(ScorecardJson::row).toList());
    List<Factor> factors =
        card.successFactors().stream()
            .map(
                (FactorScore f) ->
                    new Factor(
                        f.factor().number(),
                        f.factor().title(),
                        f.applicable(),
                        f.score().isPresent() ? f.score().getAsInt() : null,
                        f.evidence(),
                        f.missing(),
                        f.notApplicable(),
                        f.findings().stream().map(Finding::ruleId).distinct().toList()))
            .toList();
    Maturity maturity =
        new Maturity(
            card.maturity().stage().key(),
            card.maturity().stage().level(),
            card.maturity().stages().stream().map(ScorecardJson::stage).toList(),
            card.maturity().nextStageNeeds().stream().map(ScorecardJson::criterion).toList());
    return JsonOutput.write(
        new Document(
            card.strategy().organization().name(),
            card.asOf().toString(),
            results(card),
            plan(card),
            alignment,
            factors,
            maturity,
            card.progress().stream().map(p -> objective(card, p)).toList(),
            card.returns().stream().map(ScorecardJson::roi).toList(),
            card.benchmark().items().stream().map(ScorecardJson::benchmark).toList(),
            new FindingCounts(
                card.validation().findings().size(),
                card.validation().summary(),
                card.validation().findings().stream().map(Finding::toString).toList(),
                card.validation().waivers().stream().map(Wording::waiver).toList())));
  }

  private static Results results(Scorecard card) {
    ResultsScore results = card.results();
    return new Results(
        results.measured(),
        results.score().isPresent() ? results.score().getAsInt() : null,
        results.progress().orElse(null),
        results.returns().orElse(null),
        results.evidence(),
        results.measureFirst());
  }

  private static Plan plan(Scorecard card) {
    PlanScore plan = card.plan();
    return new Plan(
        plan.score().getAsInt(),
        plan.completeness(),
        plan.alignedShare(),
        plan.factorsScored(),
        plan.evidence());
  }

  private static Row row(AlignmentRow row) {
    return new Row(
        row.key(),
        row.label(),
        row.tactics(),
        row.aligned(),
        row.share(),
        money(row.spend().orElse(null)),
        money(row.alignedSpend().orElse(null)));
  }

  private static Stage stage(StageAssessment stage) {
    return new Stage(
        stage.stage().title(),
        stage.stage().level(),
        stage.met(),
        stage.criteria().stream().map(ScorecardJson::criterion).toList());
  }

  private static Need criterion(Criterion criterion) {
    return new Need(criterion.description(), criterion.met(), criterion.detail());
  }

  private static Objective objective(Scorecard card, ObjectiveProgress p) {
    return new Objective(
        p.goal().value(),
        p.objective(),
        Summary.objectiveTitle(card.strategy(), p),
        p.metric().value(),
        switch (p.direction()) {
          case INCREASE -> "increase";
          case DECREASE -> "decrease";
          case MAINTAIN -> "maintain";
        },
        p.baseline(),
        p.target(),
        p.stretch().orElse(null),
        p.start().toString(),
        p.due().toString(),
        p.observations(),
        p.actual().orElse(null),
        p.measuredThrough().map(Object::toString).orElse(null),
        p.shareAchieved().orElse(null),
        p.forecast().orElse(null),
        p.projectedShare().orElse(null),
        p.status().key(),
        p.grade());
  }

  private static Roi roi(TacticRoi r) {
    return new Roi(
        r.rank().isPresent() ? r.rank().getAsInt() : null,
        r.tactic().value(),
        r.name(),
        r.channel().key(),
        r.channel().isSocial(),
        money(r.cost().orElse(null)),
        r.window().map(w -> w.start().toString()).orElse(null),
        r.window().map(w -> w.end().toString()).orElse(null),
        r.basis().key(),
        money(r.costToDate().orElse(null)),
        money(r.value().orElse(null)),
        money(r.net().orElse(null)),
        r.roi().orElse(null),
        money(r.projectedValue().orElse(null)),
        r.projectedRoi().orElse(null),
        r.outcomes().stream().map(ScorecardJson::units).toList(),
        r.gaps().stream().map(RoiGap::key).toList(),
        r.explanation().isEmpty() ? null : r.explanation());
  }

  private static Units units(OutcomeUnits u) {
    return new Units(
        u.metric().value(),
        u.unit(),
        u.units(),
        money(u.valuePerUnit().orElse(null)),
        money(u.value().orElse(null)),
        money(u.costPerUnit().orElse(null)));
  }

  private static Survey benchmark(BenchmarkItem item) {
    return new Survey(item.measure(), item.surveyShare(), item.strategyValue(), item.meets());
  }

  private static Amount money(Money money) {
    return money == null
        ? null
        : new Amount(money.amount().toString(), money.currency().getCurrencyCode());
  }

  record Document(
      String organization,
      String asOf,
      Results results,
      Plan plan,
      Alignment alignment,
      List<Factor> successFactors,
      Maturity maturity,
      List<Objective> objectives,
      List<Roi> returns,
      List<Survey> benchmark,
      FindingCounts findings) {}

  record Amount(String amount, String currency) {}

  record Results(
      boolean measured,
      Integer score,
      BigDecimal progress,
      BigDecimal returns,
      List<String> evidence,
      List<String> measureFirst) {}

  record Plan(
      int score,
      BigDecimal completeness,
      BigDecimal alignedShare,
      int factorsScored,
      List<String> evidence) {}

  record Alignment(
      int tactics,
      int alignedTactics,
      double shareByCount,
      Double shareByBudget,
      Amount totalSpend,
      Amount unalignedSpend,
      int goals,
      int supportedGoals,
      double goalShare,
      List<Row> byFunction,
      List<Row> byChannel) {}

  record Row(
      String key,
      String label,
      int tactics,
      int aligned,
      double share,
      Amount spend,
      Amount alignedSpend) {}

  record Factor(
      int number,
      String title,
      boolean applicable,
      Integer score,
      List<String> evidence,
      List<String> missing,
      List<String> notApplicable,
      List<String> findings) {}

  record Maturity(String stage, int level, List<Stage> stages, List<Need> nextStageNeeds) {}

  record Stage(String stage, int level, boolean met, List<Need> criteria) {}

  record Need(String description, boolean met, String detail) {}

  record Objective(
      String goal,
      int objective,
      String title,
      String metric,
      String direction,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal stretch,
      String start,
      String due,
      int observations,
      BigDecimal actual,
      String measuredThrough,
      BigDecimal shareAchieved,
      BigDecimal forecast,
      BigDecimal projectedShare,
      String status,
      BigDecimal grade) {}

  record Roi(
      Integer rank,
      String tactic,
      String name,
      String channel,
      boolean social,
      Amount cost,
      String windowStart,
      String windowEnd,
      String basis,
      Amount costToDate,
      Amount value,
      Amount net,
      BigDecimal roi,
      Amount projectedValue,
      BigDecimal projectedRoi,
      List<Units> outcomes,
      List<String> gaps,
      String explanation) {}

  record Units(
      String metric,
      String unit,
      BigDecimal units,
      Amount valuePerUnit,
      Amount value,
      Amount costPerUnit) {}

  record Survey(String measure, double surveyShare, String strategyValue, boolean meets) {}

  record FindingCounts(int count, String summary, List<String> findings, List<String> waivers) {}
}
