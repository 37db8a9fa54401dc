package org.socialstrategy.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.StrategyValidator;

/**
 * Scorecards of several business units at one date, rolled up with weights (revenue share,
 * headcount, or simply 1 each). The two headline figures, plan and results, roll up as weighted
 * means over the units that measure them, rounded half up, each naming its weakest unit; so do the
 * success factors. Maturity rolls up to the weakest unit, since an organization is only as mature
 * as its weakest part.
 */
public final class Portfolio {

  /**
   * One business unit of a portfolio.
   *
   * @param name the unit's name
   * @param weight its weight in the roll-up, above zero
   * @param scorecard its scorecard
   */
  public record Unit(String name, double weight, Scorecard scorecard) {}

  /**
   * A headline figure rolled up over the units: the weighted mean over the units that measure it,
   * and the weakest of them by name.
   *
   * @param title {@code "plan"} or {@code "results"}
   * @param score the weighted mean, 0 to 100, rounded half up; empty when no unit measures it
   * @param weakest the unit with the lowest figure (the first added among equals)
   * @param weakestScore the weakest unit's figure
   * @param notMeasured the units that do not measure it, in the order added
   */
  public record Figure(
      String title,
      OptionalInt score,
      Optional<String> weakest,
      OptionalInt weakestScore,
      List<String> notMeasured) {

    /**
     * Copies the list.
     *
     * @param title {@code "plan"} or {@code "results"}
     * @param score the weighted mean, 0 to 100, rounded half up; empty when no unit measures it
     * @param weakest the unit with the lowest figure (the first added among equals)
     * @param weakestScore the weakest unit's figure
     * @param notMeasured the units that do not measure it, in the order added
     */
    public Figure {
      notMeasured = List.copyOf(notMeasured);
    }

    /**
     * Returns the figure as people read it: {@code "64/100 (weakest: retail, 31)"}, or {@code "not
     * measured"}.
     *
     * @return the figure in words
     */
    public String display() {
      if (score.isEmpty()) {
        return "not measured";
      }
      return score.getAsInt()
          + "/100 (weakest: "
          + weakest.orElseThrow()
          + ", "
          + weakestScore.getAsInt()
          + (notMeasured.isEmpty() ? "" : "; not measured: " + String.join(", ", notMeasured))
          + ")";
    }
  }

  private final LocalDate asOf;
  private final List<Unit> units;
  private final double totalWeight;

  private Portfolio(LocalDate asOf, List<Unit> units) {
    this.asOf = asOf;
    this.units = List.copyOf(units);
    this.totalWeight = units.stream().mapToDouble(Unit::weight).sum();
  }

  /**
   * Returns a builder for a portfolio scored at a date.
   *
   * @param asOf the date every scorecard speaks for
   * @return a builder
   */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
  }

  /**
   * Returns the date the portfolio speaks for.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the units, in the order added.
   *
   * @return the units
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * Returns the units' plan figures rolled up: their weighted mean and the weakest unit.
   *
   * @return the plan of the portfolio; not measured for an empty portfolio
   */
  public Figure plan() {
    return figure("plan", unit -> unit.scorecard().plan());
  }

  /**
   * Returns the units' results rolled up: the weighted mean over the units whose results are
   * measured, the weakest of them, and the units not measured.
   *
   * @return the results of the portfolio; not measured when no unit measures them
   */
  public Figure results() {
    return figure("results", unit -> unit.scorecard().results());
  }

  /**
   * Returns the weighted mean of the units' scores for one success factor, over the units where it
   * applies.
   *
   * @param factor the factor
   * @return 0 to 100; empty when it applies to no unit
   */
  public OptionalInt factor(SuccessFactor factor) {
    List<Unit> scored = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    for (Unit unit : units) {
      OptionalInt score = unit.scorecard().successFactor(factor.number()).score();
      if (score.isPresent()) {
        scored.add(unit);
        scores.add(score.getAsInt());
      }
    }
    return scored.isEmpty() ? OptionalInt.empty() : OptionalInt.of(weightedScore(scored, scores));
  }

  private Figure figure(String title, Function<Unit, Headline> headline) {
    List<Unit> measured = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    List<String> notMeasured = new ArrayList<>();
    Unit weakest = null;
    int lowest = Integer.MAX_VALUE;
    for (Unit unit : units) {
      OptionalInt score = headline.apply(unit).score();
      if (score.isEmpty()) {
        notMeasured.add(unit.name());
        continue;
      }
      measured.add(unit);
      scores.add(score.getAsInt());
      if (score.getAsInt() < lowest) {
        lowest = score.getAsInt();
        weakest = unit;
      }
    }
    if (measured.isEmpty()) {
      return new Figure(
          title, OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), notMeasured);
    }
    return new Figure(
        title,
        OptionalInt.of(weightedScore(measured, scores)),
        Optional.of(weakest.name()),
        OptionalInt.of(lowest),
        notMeasured);
  }

  private static int weightedScore(List<Unit> units, List<Integer> scores) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (int i = 0; i < units.size(); i++) {
      BigDecimal weight = BigDecimal.valueOf(units.get(i).weight());
      sum = sum.add(weight.multiply(BigDecimal.valueOf(scores.get(i))));
      weights = weights.add(weight);
    }
    return sum.divide(weights, 0, RoundingMode.HALF_UP).intValue();
  }

  /**
   * Returns the weighted mean of the units' shares of aligned tactics, four decimals.
   *
   * @return 0 to 1; 0 for an empty portfolio
   */
  public double alignmentShare() {
    return weighted(unit -> unit.scorecard().alignment().shareByCount())
        .setScale(Ratios.RATIO_SCALE, RoundingMode.HALF_EVEN)
        .doubleValue();
  }

  /**
   * Returns the stage of the least mature unit.
   *
   * @return the weakest stage; {@link MaturityStage#NOT_STARTED} for an empty portfolio
   */
  public MaturityStage weakestStage() {
    return units.stream()
        .map(unit -> unit.scorecard().maturity().stage())
        .min(Comparator.naturalOrder())
        .orElse(MaturityStage.NOT_STARTED);
  }

  /**
   * Returns how many units stand at each stage.
   *
   * @return the count per stage, every stage present
   */
  public Map<MaturityStage, Integer> stages() {
    Map<MaturityStage, Integer> stages = new EnumMap<>(MaturityStage.class);
    for (MaturityStage stage : MaturityStage.values()) {
      stages.put(stage, 0);
    }
    units.forEach(unit -> stages.merge(unit.scorecard().maturity().stage(), 1, Integer::sum));
    return stages;
  }

  private BigDecimal weighted(ToDoubleFunction<Unit> value) {
    if (units.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Unit unit : units) {
      sum =
          sum.add(
              BigDecimal.valueOf(unit.weight())
                  .multiply(BigDecimal.valueOf(value.applyAsDouble(unit))));
    }
    return sum.divide(
        BigDecimal.valueOf(totalWeight), Ratios.RATIO_SCALE + 2, RoundingMode.HALF_EVEN);
  }

  /** Collects the units of a {@link Portfolio}. */
  public static final class Builder {
    private final LocalDate asOf;
    private final List<Unit> units = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private StrategyValidator validator;

    private Builder(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Sets the validator every unit is scored with; the default one otherwise.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(StrategyValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Adds a unit with weight 1.
     *
     * @param name the unit's name, unique in the portfolio
     * @param strategy its strategy
     * @return this builder
     */
    public Builder add(String name, Strategy strategy) {
      return add(name, strategy, 1);
    }

    /**
     * Adds a unit.
     *
     * @param name the unit's name, unique in the portfolio
     * @param strategy its strategy
     * @param weight its weight in the roll-up, above zero and finite
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or taken, or the weight is not above
     *     zero
     */
    public Builder add(String name, Strategy strategy, double weight) {
      Objects.requireNonNull(strategy, "strategy");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a business unit needs a name");
      }
      if (!names.add(name)) {
        throw new IllegalArgumentException(
            "business unit '" + name + "' is already in the portfolio");
      }
      if (!(weight > 0 && Double.isFinite(weight))) {
        throw new IllegalArgumentException(
            "weight of business unit '" + name + "' must be above zero: " + weight);
      }
      if (validator == null) {
        validator = StrategyValidator.defaults();
      }
      units.add(new Unit(name, weight, Scorecard.of(strategy, asOf, validator)));
      return this;
    }

    /**
     * Returns the portfolio.
     *
     * @return the portfolio
     */
    public Portfolio build() {
      return new Portfolio(asOf, units);
    }
  }
}
