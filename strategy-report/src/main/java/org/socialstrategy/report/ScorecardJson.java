package org.socialstrategy.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.socialstrategy.model.Money;
import org.socialstrategy.scoring.scorecard.AlignmentRow;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.BenchmarkItem;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.OutcomeUnits;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.StageAssessment;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;

/**
 * A scorecard as one JSON document, for dashboards: every figure of the scorecard with its
 * evidence. Money is written as in strategy files ({@code {"amount": "5000.00", "currency":
 * "USD"}}); shares, ratios and grades as exact numbers; absent values are left out.
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
                        f.score(),
                        f.evidence(),
                        f.missing(),
                        f.findings().stream().map(Finding::ruleId).distinct().toList()))
            .toList();
    Maturity maturity =
        new Maturity(
            card.maturity().stage().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            card.maturity().stage().level(),
            card.maturity().stages().stream().map(ScorecardJson::stage).toList(),
            card.maturity().nextStageNeeds().stream().map(ScorecardJson::criterion).toList());
    return JsonOutput.write(
        new Document(
            card.strategy().organization().name(),
            card.asOf().toString(),
            card.overall(),
            alignment,
            factors,
            maturity,
            card.progress().stream().map(ScorecardJson::objective).toList(),
            card.returns().stream().map(ScorecardJson::roi).toList(),
            card.benchmark().items().stream().map(ScorecardJson::benchmark).toList(),
            new FindingCounts(
                card.validation().findings().size(),
                card.validation().summary(),
                card.validation().findings().stream().map(Finding::toString).toList())));
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

  private static Objective objective(ObjectiveProgress p) {
    return new Objective(
        p.goal().value(),
        p.objective(),
        p.metric().value(),
        p.direction().name().toLowerCase(Locale.ROOT),
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
        p.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
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
        money(r.value().orElse(null)),
        money(r.net().orElse(null)),
        r.roi().orElse(null),
        r.outcomes().stream().map(ScorecardJson::units).toList(),
        r.gaps().stream().map(g -> g.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList(),
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
      int overall,
      Alignment alignment,
      List<Factor> successFactors,
      Maturity maturity,
      List<Objective> objectives,
      List<Roi> returns,
      List<Survey> benchmark,
      FindingCounts findings) {}

  record Amount(String amount, String currency) {}

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
      int score,
      List<String> evidence,
      List<String> missing,
      List<String> findings) {}

  record Maturity(String stage, int level, List<Stage> stages, List<Need> nextStageNeeds) {}

  record Stage(String stage, int level, boolean met, List<Need> criteria) {}

  record Need(String description, boolean met, String detail) {}

  record Objective(
      String goal,
      int objective,
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
      String status,
      BigDecimal grade) {}

  record Roi(
      Integer rank,
      String tactic,
      String name,
      String channel,
      boolean social,
      Amount cost,
      Amount value,
      Amount net,
      BigDecimal roi,
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

  record FindingCounts(int count, String summary, List<String> findings) {}
}
