package org.socialstrategy.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

/**
 * Several models' credits side by side, against a baseline (last touch): which targets gain or lose
 * credit under which model, and, for a strategy, how much credit goes to tactics that serve no
 * business goal.
 */
public final class ModelComparison {

  private final List<AttributionResult> results;
  private final int baseline;
  private final List<Row> rows;

  private ModelComparison(List<AttributionResult> results, int baseline) {
    this.results = List.copyOf(results);
    this.baseline = baseline;
    Map<String, double[][]> credits = new LinkedHashMap<>();
    Map<String, Boolean> tactics = new LinkedHashMap<>();
    for (int m = 0; m < results.size(); m++) {
      for (Credit credit : results.get(m).credits()) {
        String key = (credit.isTactic() ? "T:" : "K:") + credit.target();
        tactics.putIfAbsent(key, credit.isTactic());
        double[][] row = credits.computeIfAbsent(key, k -> new double[2][results.size()]);
        row[0][m] = credit.conversions();
        row[1][m] = credit.value();
      }
    }
    List<Row> list = new ArrayList<>();
    credits.forEach(
        (key, row) ->
            list.add(new Row(key.substring(2), tactics.get(key), row[0], row[1], baseline)));
    list.sort(Comparator.comparing(Row::target));
    this.rows = List.copyOf(list);
  }

  /**
   * Compares results of the same input, the last-touch result being the baseline.
   *
   * @param results the results, one per model
   * @return the comparison
   * @throws IllegalArgumentException if no result is of the last-touch model
   */
  public static ModelComparison of(List<AttributionResult> results) {
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).model().name().equals("last-touch")) {
        return new ModelComparison(results, i);
      }
    }
    throw new IllegalArgumentException(
        "a comparison needs a last-touch result as its baseline; the models are "
            + results.stream().map(r -> r.model().toString()).toList());
  }

  /**
   * Returns the models compared, in order.
   *
   * @return the models
   */
  public List<AttributionModel> models() {
    return results.stream().map(AttributionResult::model).toList();
  }

  /**
   * Returns the results compared, in the order of {@link #models()}.
   *
   * @return the results
   */
  public List<AttributionResult> results() {
    return results;
  }

  /**
   * Returns the baseline model.
   *
   * @return last touch
   */
  public AttributionModel baseline() {
    return results.get(baseline).model();
  }

  /**
   * Returns one row per target, by target.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the rows ordered by what a model gains over the baseline, largest gain first (the
   * largest losses last).
   *
   * @param model the index of a model in {@link #models()}
   * @return the rows
   */
  public List<Row> byGain(int model) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingDouble((Row r) -> r.gain(model)).reversed());
    return sorted;
  }

  /**
   * Returns, per model, how the conversions credited divide between tactics the strategy aligns
   * (they support a goal), unaligned tactics (they support none), tactics the strategy does not
   * have, and keys no mapping rule matched.
   *
   * @param strategy the strategy whose tactics are judged
   * @return one split per model, in the order of {@link #models()}
   */
  public List<AlignmentSplit> alignment(Strategy strategy) {
    List<AlignmentSplit> splits = new ArrayList<>();
    for (AttributionResult result : results) {
      double[] conversions = new double[4];
      double[] value = new double[4];
      TreeSet<String> unaligned = new TreeSet<>();
      for (Credit credit : result.credits()) {
        int kind;
        if (!credit.isTactic()) {
          kind = 3;
        } else {
          Optional<Tactic> tactic = strategy.tactic(TacticId.of(credit.target()));
          kind = tactic.isEmpty() ? 2 : tactic.get().supports().isEmpty() ? 1 : 0;
          if (kind == 1 && (credit.conversions() != 0 || credit.value() != 0)) {
            unaligned.add(credit.target());
          }
        }
        conversions[kind] += credit.conversions();
        value[kind] += credit.value();
      }
      splits.add(new AlignmentSplit(result.model(), conversions, value, List.copyOf(unaligned)));
    }
    return splits;
  }

  /** Returns the comparison as a small text table of conversions, one row per target. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("target");
    for (AttributionModel model : models()) {
      text.append('\t').append(model.name());
    }
    for (Row row : rows) {
      text.append('\n').append(row.target());
      for (int m = 0; m < results.size(); m++) {
        text.append('\t').append(String.format(java.util.Locale.ROOT, "%.2f", row.conversions(m)));
      }
    }
    return text.toString();
  }

  /** One target's credits under each model. */
  public static final class Row {
    private final String target;
    private final boolean tactic;
    private final double[] conversions;
    private final double[] value;
    private final int baseline;

    Row(String target, boolean tactic, double[] conversions, double[] value, int baseline) {
      this.target = target;
      this.tactic = tactic;
      this.conversions = conversions;
      this.value = value;
      this.baseline = baseline;
    }

    /**
     * Returns the target: a tactic's id or a key's text.
     *
     * @return the target
     */
    public String target() {
      return target;
    }

    /**
     * Tells whether the target is a tactic.
     *
     * @return true for a tactic
     */
    public boolean isTactic() {
      return tactic;
    }

    /**
     * Returns the conversions a model credits the target.
     *
     * @param model the model's index
     * @return the credit
     */
    public double conversions(int model) {
      return conversions[model];
    }

    /**
     * Returns the value a model credits the target.
     *
     * @param model the model's index
     * @return the credit
     */
    public double value(int model) {
      return value[model];
    }

    /**
     * Returns the conversions a model credits the target beyond the baseline; negative for a loss.
     *
     * @param model the model's index
     * @return the gain
     */
    public double gain(int model) {
      return conversions[model] - conversions[baseline];
    }

    /**
     * Returns the value a model credits the target beyond the baseline.
     *
     * @param model the model's index
     * @return the gain in value
     */
    public double valueGain(int model) {
      return value[model] - value[baseline];
    }

    /** Returns the row as {@code target: c1 / c2 / ...}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(target).append(':');
      for (double c : conversions) {
        text.append(' ').append(c);
      }
      return text.toString();
    }
  }

  /** How one model's credit divides by the alignment of the tactics credited. */
  public static final class AlignmentSplit {
    private final AttributionModel model;
    private final double[] conversions;
    private final double[] value;
    private final List<String> unalignedTactics;

    AlignmentSplit(
        AttributionModel model, double[] conversions, double[] value, List<String> unaligned) {
      this.model = model;
      this.conversions = conversions;
      this.value = value;
      this.unalignedTactics = unaligned;
    }

    /**
     * Returns the model.
     *
     * @return the model
     */
    public AttributionModel model() {
      return model;
    }

    /**
     * Returns the conversions credited to tactics that support a goal.
     *
     * @return the credit
     */
    public double aligned() {
      return conversions[0];
    }

    /**
     * Returns the conversions credited to tactics that support no goal.
     *
     * @return the credit
     */
    public double unaligned() {
      return conversions[1];
    }

    /**
     * Returns the conversions credited to tactic ids the strategy does not have.
     *
     * @return the credit
     */
    public double unknownTactics() {
      return conversions[2];
    }

    /**
     * Returns the conversions credited to keys no mapping rule matched.
     *
     * @return the credit
     */
    public double unmapped() {
      return conversions[3];
    }

    /**
     * Returns the value credited to tactics that support no goal.
     *
     * @return the credit
     */
    public double unalignedValue() {
      return value[1];
    }

    /**
     * Returns the value credited to tactics that support a goal.
     *
     * @return the credit
     */
    public double alignedValue() {
      return value[0];
    }

    /**
     * Returns the unaligned tactics credited a share of conversions or value, by id.
     *
     * @return the tactics' ids
     */
    public List<String> unalignedTactics() {
      return unalignedTactics;
    }

    /** Returns the split as {@code markov(...): aligned 80.0, unaligned 12.0, ...}. */
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%s: aligned %.4f, unaligned %.4f, unknown tactics %.4f, unmapped %.4f",
          model,
          conversions[0],
          conversions[1],
          conversions[2],
          conversions[3]);
    }
  }
}
