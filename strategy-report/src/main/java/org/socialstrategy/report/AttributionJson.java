package org.socialstrategy.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.Credit;
import org.socialstrategy.attribution.ModelComparison;
import org.socialstrategy.attribution.UnmappedKey;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * Attribution as one JSON document, for dashboards and scripts. One model's result:
 *
 * <pre>{@code
 * {
 *   "model": {"name": "markov", "parameters": {"order": "1", ...}},
 *   "totals": {"conversions": 58, "value": 5230.00, "untouchedConversions": 2, ...},
 *   "credits": [{"key": "fb-shop", "kind": "tactic", "name": "Facebook shop",
 *                "conversions": 31.25, "value": 2843.1, "share": 0.538793}, ...],
 *   "unmapped": [{"key": "google / cpc", "touches": 120, "convertingJourneys": 14,
 *                 "conversions": 8, "share": 0.137931}, ...],
 *   "periods": [{"start": "2027-07-01", "end": "2027-07-31", "credits": [...]}, ...]
 * }
 * }</pre>
 *
 * <p>{@code key} is the tactic's id, or the touchpoint key's text; {@code kind} says which: {@code
 * tactic}, {@code unmapped} (a key no rule of the mapping matches) or {@code touchpoint}
 * (attributed without a mapping). Credits and shares are numbers rounded half-even to 6 decimals,
 * as observations keep them; counts are whole numbers; parameters are texts, as the model prints
 * them. A comparison lists the models, and per target each model's credit and its gain over last
 * touch, and, for a strategy, how each model's credit divides by the alignment of the tactics; its
 * unmapped keys carry the baseline's credit.
 */
public final class AttributionJson {

  private AttributionJson() {}

  /**
   * Renders what one model credited, by touchpoint key or by the tactics of a mapping.
   *
   * @param result the result
   * @return the JSON text
   */
  public static String render(AttributionResult result) {
    return JsonOutput.write(document(result, null));
  }

  /**
   * Renders what one model credited to the tactics of a strategy, with their names.
   *
   * @param result the result, made with the strategy's mapping
   * @param strategy the strategy, for the tactics' names
   * @return the JSON text
   */
  public static String render(AttributionResult result, Strategy strategy) {
    return JsonOutput.write(document(result, strategy));
  }

  /**
   * Renders several models side by side against last touch.
   *
   * @param comparison the comparison
   * @return the JSON text
   */
  public static String render(ModelComparison comparison) {
    return JsonOutput.write(comparison(comparison, null));
  }

  /**
   * Renders several models side by side against last touch, with how each model's credit divides by
   * the alignment of the strategy's tactics.
   *
   * @param comparison the comparison, made with the strategy's mapping
   * @param strategy the strategy whose tactics are judged
   * @return the JSON text
   */
  public static String render(ModelComparison comparison, Strategy strategy) {
    return JsonOutput.write(comparison(comparison, strategy));
  }

  private static Document document(AttributionResult result, Strategy strategy) {
    List<Period> periods = new ArrayList<>();
    for (DateRange period : result.periods()) {
      periods.add(
          new Period(
              period.start().toString(),
              period.end().toString(),
              result.credits(period).stream()
                  .map(
                      c ->
                          new PeriodCredit(
                              c.target(),
                              AttributionFigures.kind(result, c).key(),
                              number(c.conversions()),
                              number(c.value())))
                  .toList()));
    }
    return new Document(
        model(result.model()),
        totals(result),
        result.credits().stream().map(c -> credit(result, strategy, c)).toList(),
        result.isMapped()
            ? result.unmapped().stream().map(AttributionJson::unmapped).toList()
            : null,
        periods,
        result.errorBound().isPresent() ? number(result.errorBound().getAsDouble()) : null);
  }

  private static Model model(AttributionModel model) {
    return new Model(model.name(), model.parameters());
  }

  private static Totals totals(AttributionResult result) {
    double unmapped = result.unmapped().stream().mapToDouble(UnmappedKey::credited).sum();
    return new Totals(
        result.totalConversions(),
        result.totalValue(),
        result.untouchedConversions(),
        result.untouchedValue(),
        result.isMapped() ? number(unmapped) : null,
        result.isMapped()
            ? number(AttributionFigures.share(unmapped, result.totalConversions()))
            : null);
  }

  private static CreditItem credit(AttributionResult result, Strategy strategy, Credit credit) {
    return new CreditItem(
        credit.target(),
        AttributionFigures.kind(result, credit).key(),
        name(strategy, credit.target(), credit.isTactic()),
        number(credit.conversions()),
        number(credit.value()),
        number(AttributionFigures.share(credit.conversions(), result.totalConversions())));
  }

  private static String name(Strategy strategy, String target, boolean tactic) {
    return AttributionFigures.tactic(strategy, target, tactic).map(Tactic::name).orElse(null);
  }

  private static Unmapped unmapped(UnmappedKey key) {
    return new Unmapped(
        key.key(),
        key.touches(),
        key.convertingJourneys(),
        number(key.credited()),
        number(key.share()));
  }

  private static ComparisonDocument comparison(ModelComparison comparison, Strategy strategy) {
    AttributionResult first = comparison.results().get(0);
    List<AttributionModel> models = comparison.models();
    AttributionResult baseline = comparison.results().get(models.indexOf(comparison.baseline()));
    List<ComparisonRow> rows = new ArrayList<>();
    for (ModelComparison.Row row : comparison.rows()) {
      List<ModelCredit> credits = new ArrayList<>();
      for (int m = 0; m < models.size(); m++) {
        credits.add(
            new ModelCredit(
                models.get(m).name(),
                number(row.conversions(m)),
                number(row.value(m)),
                number(row.gain(m)),
                number(row.valueGain(m))));
      }
      rows.add(
          new ComparisonRow(
              row.target(),
              AttributionFigures.kind(first, row.isTactic()).key(),
              name(strategy, row.target(), row.isTactic()),
              credits));
    }
    List<Split> alignment = null;
    if (strategy != null) {
      alignment = new ArrayList<>();
      List<ModelComparison.AlignmentSplit> splits = comparison.alignment(strategy);
      for (int m = 0; m < splits.size(); m++) {
        ModelComparison.AlignmentSplit split = splits.get(m);
        alignment.add(
            new Split(
                split.model().name(),
                number(split.aligned()),
                number(split.unaligned()),
                number(split.unknownTactics()),
                number(split.unmapped()),
                number(split.alignedValue()),
                number(split.unalignedValue()),
                number(
                    AttributionFigures.share(
                        split.unaligned(), comparison.results().get(m).totalConversions())),
                split.unalignedTactics()));
      }
    }
    return new ComparisonDocument(
        models.stream().map(AttributionJson::model).toList(),
        comparison.baseline().name(),
        totals(first),
        rows,
        alignment,
        first.isMapped()
            ? baseline.unmapped().stream().map(AttributionJson::unmapped).toList()
            : null);
  }

  private static BigDecimal number(double amount) {
    return AttributionFigures.rounded(amount);
  }

  record Document(
      Model model,
      Totals totals,
      List<CreditItem> credits,
      List<Unmapped> unmapped,
      List<Period> periods,
      BigDecimal errorBound) {}

  record Model(String name, Map<String, String> parameters) {}

  record Totals(
      long conversions,
      BigDecimal value,
      long untouchedConversions,
      BigDecimal untouchedValue,
      BigDecimal unmappedConversions,
      BigDecimal unmappedShare) {}

  record CreditItem(
      String key,
      String kind,
      String name,
      BigDecimal conversions,
      BigDecimal value,
      BigDecimal share) {}

  record Unmapped(
      String key,
      long touches,
      long convertingJourneys,
      BigDecimal conversions,
      BigDecimal share) {}

  record Period(String start, String end, List<PeriodCredit> credits) {}

  record PeriodCredit(String key, String kind, BigDecimal conversions, BigDecimal value) {}

  record ComparisonDocument(
      List<Model> models,
      String baseline,
      Totals totals,
      List<ComparisonRow> credits,
      List<Split> alignment,
      List<Unmapped> unmapped) {}

  record ComparisonRow(String key, String kind, String name, List<ModelCredit> models) {}

  record ModelCredit(
      String model,
      BigDecimal conversions,
      BigDecimal value,
      BigDecimal gain,
      BigDecimal valueGain) {}

  record Split(
      String model,
      BigDecimal aligned,
      BigDecimal unaligned,
      BigDecimal unknownTactics,
      BigDecimal unmapped,
      BigDecimal alignedValue,
      BigDecimal unalignedValue,
      BigDecimal unalignedShare,
      List<String> unalignedTactics) {}
}
