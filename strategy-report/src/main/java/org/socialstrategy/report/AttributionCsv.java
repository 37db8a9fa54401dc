package org.socialstrategy.report;

import java.util.List;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.Credit;
import org.socialstrategy.attribution.ModelComparison;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.model.DateRange;

/**
 * Attribution as CSV for spreadsheets, one credit per row, RFC 4180 quoting. One model's result:
 *
 * <pre>{@code
 * period_start,period_end,key,kind,conversions,value
 * 2027-07-01,2027-07-31,fb-shop,tactic,10.5,1000.25
 * 2027-07-01,2027-07-31,google / cpc,unmapped,2,180
 * }</pre>
 *
 * <p>A row per target and period, in the periods' order; a result without periods (from a path
 * table) has a row per target with the period cells empty. {@code kind} is {@code tactic}, {@code
 * unmapped} or {@code touchpoint}, as in {@link AttributionJson}. A comparison has a row per target
 * and model: {@code key,kind,model,conversions,value,gain,value_gain}, the gains over last touch.
 * Numbers are rounded half-even to 6 decimals, with a dot and no thousands separator; keys a
 * spreadsheet would read as formulas start with an apostrophe.
 */
public final class AttributionCsv {

  private AttributionCsv() {}

  /**
   * Renders the credits of one model's result.
   *
   * @param result the result
   * @return the CSV text, each row ended by a line break
   */
  public static String render(AttributionResult result) {
    StringBuilder out = new StringBuilder("period_start,period_end,key,kind,conversions,value\n");
    if (result.periods().isEmpty()) {
      rows(out, result, null, result.credits());
    }
    for (DateRange period : result.periods()) {
      rows(out, result, period, result.credits(period));
    }
    return out.toString();
  }

  private static void rows(
      StringBuilder out, AttributionResult result, DateRange period, List<Credit> credits) {
    for (Credit credit : credits) {
      out.append(period == null ? "" : period.start().toString())
          .append(',')
          .append(period == null ? "" : period.end().toString())
          .append(',')
          .append(Escaping.csvCell(credit.target()))
          .append(',')
          .append(AttributionFigures.kind(result, credit).key())
          .append(',')
          .append(AttributionFigures.exact(credit.conversions()))
          .append(',')
          .append(AttributionFigures.exact(credit.value()))
          .append('\n');
    }
  }

  /**
   * Renders several models' credits side by side, with the gains over last touch.
   *
   * @param comparison the comparison
   * @return the CSV text, each row ended by a line break
   */
  public static String render(ModelComparison comparison) {
    StringBuilder out = new StringBuilder("key,kind,model,conversions,value,gain,value_gain\n");
    AttributionResult first = comparison.results().get(0);
    List<AttributionModel> models = comparison.models();
    for (ModelComparison.Row row : comparison.rows()) {
      for (int m = 0; m < models.size(); m++) {
        out.append(Escaping.csvCell(row.target()))
            .append(',')
            .append(AttributionFigures.kind(first, row.isTactic()).key())
            .append(',')
            .append(Escaping.csvCell(models.get(m).toString()))
            .append(',')
            .append(AttributionFigures.exact(row.conversions(m)))
            .append(',')
            .append(AttributionFigures.exact(row.value(m)))
            .append(',')
            .append(AttributionFigures.exact(row.gain(m)))
            .append(',')
            .append(AttributionFigures.exact(row.valueGain(m)))
            .append('\n');
      }
    }
    return out.toString();
  }
}
