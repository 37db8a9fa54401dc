package org.socialstrategy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.Credit;
import org.socialstrategy.attribution.ModelComparison;
import org.socialstrategy.attribution.UnmappedKey;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * Attribution as a page of text for a terminal or a log: the model with its parameters, the totals,
 * the credit of every tactic (or touchpoint key), the touchpoints no rule maps with their count and
 * share of conversions, and the credit of each period; or several models side by side against last
 * touch, what each gains and loses, and how much credit goes to tactics that serve no goal. Tables
 * show at most {@value #MAX_ROWS} rows, with a line saying how many more there are. Keys and names
 * from files are shown, never obeyed: control characters print as their codes.
 */
public final class AttributionText {

  /** The most rows a table shows. */
  public static final int MAX_ROWS = 50;

  /** The widest a label column grows to fit its labels; longer labels push their row. */
  private static final int LABEL_WIDTH = 48;

  /** The most gains, and the most losses, listed per model. */
  private static final int MOVES = 3;

  private AttributionText() {}

  /**
   * Writes what one model credited, by touchpoint key or by the tactics of a mapping.
   *
   * @param result the result
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String render(AttributionResult result, TextStyle style) {
    return result(result, null, style);
  }

  /**
   * Writes what one model credited to the tactics of a strategy, with their names.
   *
   * @param result the result, made with the strategy's mapping
   * @param strategy the strategy, for the tactics' names
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String render(AttributionResult result, Strategy strategy, TextStyle style) {
    return result(result, strategy, style);
  }

  /**
   * Writes several models side by side against last touch.
   *
   * @param comparison the comparison
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String render(ModelComparison comparison, TextStyle style) {
    return comparison(comparison, null, style);
  }

  /**
   * Writes several models side by side against last touch, with the credit each gives to tactics of
   * the strategy that serve no goal.
   *
   * @param comparison the comparison, made with the strategy's mapping
   * @param strategy the strategy whose tactics are judged
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String render(ModelComparison comparison, Strategy strategy, TextStyle style) {
    return comparison(comparison, strategy, style);
  }

  private static String result(AttributionResult result, Strategy strategy, TextStyle style) {
    StringBuilder out = new StringBuilder();
    line(out, style.bold("Attribution by " + result.model()));
    line(out, "  " + totals(result));
    result
        .errorBound()
        .ifPresent(
            bound ->
                line(
                    out,
                    "  sampled: each credit is within "
                        + AttributionFigures.conversions(bound)
                        + " conversions of the exact one, at the model's confidence"));
    line(out, "");
    line(
        out,
        style.bold(
            String.format(
                Locale.ROOT,
                "%-42s %12s %7s %14s",
                result.isMapped() ? "Credit by tactic" : "Credit by touchpoint",
                "conversions",
                "share",
                "value")));
    List<Credit> credits = result.credits();
    for (Credit credit : credits.subList(0, Math.min(credits.size(), MAX_ROWS))) {
      line(
          out,
          String.format(
              Locale.ROOT,
              "  %-40s %12s %7s %14s",
              target(result, strategy, credit.target(), credit.isTactic()),
              AttributionFigures.conversions(credit.conversions()),
              AttributionFigures.percent(
                  AttributionFigures.share(credit.conversions(), result.totalConversions())),
              AttributionFigures.conversions(credit.value())));
    }
    more(out, credits.size(), "target");
    if (!result.unmapped().isEmpty()) {
      unmapped(out, result, style);
    }
    if (result.periods().size() > 1) {
      line(out, "");
      line(out, style.bold("Credit by period") + " (conversions, value)");
      for (DateRange period : result.periods()) {
        List<String> parts = new ArrayList<>();
        List<Credit> inPeriod =
            result.credits(period).stream()
                .filter(c -> c.conversions() != 0 || c.value() != 0)
                .toList();
        for (Credit credit : inPeriod.subList(0, Math.min(inPeriod.size(), MAX_ROWS))) {
          parts.add(
              Escaping.terminal(credit.target())
                  + " "
                  + AttributionFigures.conversions(credit.conversions())
                  + " ("
                  + AttributionFigures.conversions(credit.value())
                  + ")");
        }
        if (inPeriod.size() > MAX_ROWS) {
          parts.add(Wording.count(inPeriod.size() - MAX_ROWS, "more target"));
        }
        line(
            out, "  " + period + ": " + (parts.isEmpty() ? "no credit" : String.join(", ", parts)));
      }
    }
    return out.toString();
  }

  private static void unmapped(StringBuilder out, AttributionResult result, TextStyle style) {
    double credited = result.unmapped().stream().mapToDouble(UnmappedKey::credited).sum();
    line(out, "");
    line(
        out,
        style.bold("Touchpoints no rule maps")
            + ": "
            + Wording.count(result.unmapped().size(), "key")
            + ", "
            + AttributionFigures.conversions(credited)
            + " conversions ("
            + AttributionFigures.percent(
                AttributionFigures.share(credited, result.totalConversions()))
            + ") credited to no tactic");
    List<UnmappedKey> keys = result.unmapped();
    for (UnmappedKey key : keys.subList(0, Math.min(keys.size(), MAX_ROWS))) {
      line(
          out,
          String.format(
              Locale.ROOT,
              "  %-40s %s, in journeys with %s, %s conversions credited (%s)",
              Escaping.terminal(key.key()),
              key.touches() + (key.touches() == 1 ? " touch" : " touches"),
              Wording.count(key.convertingJourneys(), "conversion"),
              AttributionFigures.conversions(key.credited()),
              AttributionFigures.percent(key.share())));
    }
    more(out, keys.size(), "key");
    line(
        out, "  map them to tactics in the strategy's attribution rules, or they stay unexplained");
  }

  private static String totals(AttributionResult result) {
    StringBuilder text =
        new StringBuilder(Wording.count(result.totalConversions(), "conversion"))
            .append(" worth ")
            .append(AttributionFigures.value(result.totalValue()));
    List<DateRange> periods = result.periods();
    if (!periods.isEmpty()) {
      text.append(" from ")
          .append(periods.get(0).start())
          .append(" to ")
          .append(periods.get(periods.size() - 1).end());
      if (periods.size() > 1) {
        text.append(" in ").append(periods.size()).append(" periods");
      }
    }
    if (result.untouchedConversions() > 0) {
      text.append("\n  ")
          .append(Wording.count(result.untouchedConversions(), "more conversion"))
          .append(" (")
          .append(AttributionFigures.value(result.untouchedValue()))
          .append(") had no touchpoint in the lookback window and are credited to none");
    }
    return text.toString();
  }

  private static String target(
      AttributionResult result, Strategy strategy, String target, boolean tactic) {
    String shown = Escaping.terminal(target);
    AttributionFigures.Kind kind = AttributionFigures.kind(result, tactic);
    if (kind == AttributionFigures.Kind.UNMAPPED) {
      return shown + " (unmapped)";
    }
    return AttributionFigures.tactic(strategy, target, tactic)
        .map(Tactic::name)
        .map(name -> Escaping.terminal(name) + " (" + shown + ")")
        .orElse(shown);
  }

  private static String comparison(ModelComparison comparison, Strategy strategy, TextStyle style) {
    StringBuilder out = new StringBuilder();
    List<AttributionModel> models = comparison.models();
    AttributionResult first = comparison.results().get(0);
    line(
        out,
        style.bold(
            Wording.count(models.size(), "model")
                + " side by side against "
                + comparison.baseline().name()));
    line(out, "  " + totals(first));
    if (models.stream().anyMatch(m -> !m.parameters().isEmpty())) {
      line(out, "  with parameters:");
      for (AttributionModel model : models) {
        if (!model.parameters().isEmpty()) {
          line(out, "    " + model);
        }
      }
    }
    line(out, "");
    int width = 9;
    for (AttributionModel model : models) {
      width = Math.max(width, model.name().length());
    }
    int baseline = baseline(comparison);
    List<ModelComparison.Row> rows = new ArrayList<>(comparison.rows());
    rows.sort((a, b) -> Double.compare(b.conversions(baseline), a.conversions(baseline)));
    rows = rows.subList(0, Math.min(rows.size(), MAX_ROWS));
    List<String> labels = new ArrayList<>();
    int labelWidth = "Conversions".length();
    for (ModelComparison.Row row : rows) {
      String label = target(first, strategy, row.target(), row.isTactic());
      labels.add(label);
      labelWidth = Math.max(labelWidth, Math.min(LABEL_WIDTH, label.length()));
    }
    StringBuilder header =
        new StringBuilder(String.format(Locale.ROOT, "%-" + (labelWidth + 2) + "s", "Conversions"));
    for (AttributionModel model : models) {
      header.append(String.format(Locale.ROOT, " %" + width + "s", model.name()));
    }
    line(out, style.bold(header.toString()));
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder text =
          new StringBuilder(String.format(Locale.ROOT, "  %-" + labelWidth + "s", labels.get(r)));
      for (int m = 0; m < models.size(); m++) {
        text.append(
            String.format(
                Locale.ROOT,
                " %" + width + "s",
                AttributionFigures.conversions(rows.get(r).conversions(m))));
      }
      line(out, text.toString());
    }
    more(out, comparison.rows().size(), "target");
    moves(out, comparison, style);
    if (strategy != null) {
      unaligned(out, comparison, strategy, style);
    }
    if (first.isMapped()) {
      line(out, "");
      line(out, style.bold("Credit to touchpoints no rule maps"));
      for (int m = 0; m < models.size(); m++) {
        AttributionResult result = comparison.results().get(m);
        double unmapped = result.unmapped().stream().mapToDouble(UnmappedKey::credited).sum();
        line(
            out,
            String.format(
                Locale.ROOT,
                "  %-" + width + "s %12s (%s)",
                models.get(m).name(),
                AttributionFigures.conversions(unmapped),
                AttributionFigures.percent(
                    AttributionFigures.share(unmapped, result.totalConversions()))));
      }
    }
    return out.toString();
  }

  private static int baseline(ModelComparison comparison) {
    return comparison.models().indexOf(comparison.baseline());
  }

  private static void moves(StringBuilder out, ModelComparison comparison, TextStyle style) {
    line(out, "");
    line(
        out,
        style.bold("Gains and losses against " + comparison.baseline().name()) + " (conversions)");
    int baseline = baseline(comparison);
    for (int m = 0; m < comparison.models().size(); m++) {
      if (m == baseline) {
        continue;
      }
      List<ModelComparison.Row> byGain = comparison.byGain(m);
      List<String> gains = new ArrayList<>();
      List<String> losses = new ArrayList<>();
      for (int i = 0; i < byGain.size() && gains.size() < MOVES; i++) {
        if (byGain.get(i).gain(m) >= 0.005) {
          gains.add(move(byGain.get(i), m));
        }
      }
      for (int i = byGain.size() - 1; i >= 0 && losses.size() < MOVES; i--) {
        if (byGain.get(i).gain(m) <= -0.005) {
          losses.add(move(byGain.get(i), m));
        }
      }
      String moves =
          gains.isEmpty() && losses.isEmpty()
              ? "as " + comparison.baseline().name()
              : String.join(", ", gains)
                  + (gains.isEmpty() || losses.isEmpty() ? "" : "; ")
                  + String.join(", ", losses);
      line(out, String.format(Locale.ROOT, "  %-16s %s", comparison.models().get(m).name(), moves));
    }
  }

  private static String move(ModelComparison.Row row, int model) {
    return Escaping.terminal(row.target()) + " " + AttributionFigures.change(row.gain(model));
  }

  private static void unaligned(
      StringBuilder out, ModelComparison comparison, Strategy strategy, TextStyle style) {
    line(out, "");
    line(
        out,
        style.bold("Credit to tactics that serve no goal")
            + " (what a social media strategy leaves unexplained)");
    List<ModelComparison.AlignmentSplit> splits = comparison.alignment(strategy);
    for (int m = 0; m < splits.size(); m++) {
      ModelComparison.AlignmentSplit split = splits.get(m);
      AttributionResult result = comparison.results().get(m);
      line(
          out,
          String.format(
              Locale.ROOT,
              "  %-16s %12s (%s), value %s%s",
              split.model().name(),
              AttributionFigures.conversions(split.unaligned()),
              AttributionFigures.percent(
                  AttributionFigures.share(split.unaligned(), result.totalConversions())),
              AttributionFigures.conversions(split.unalignedValue()),
              split.unalignedTactics().isEmpty()
                  ? ""
                  : ": "
                      + String.join(
                          ", ",
                          split.unalignedTactics().stream().map(Escaping::terminal).toList())));
    }
  }

  private static void more(StringBuilder out, int total, String noun) {
    if (total > MAX_ROWS) {
      line(out, "  " + Wording.count(total - MAX_ROWS, "more " + noun) + " not shown");
    }
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
