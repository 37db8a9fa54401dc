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
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.StrategyValidator;

/**
 * Scorecards of several business units at one date, rolled up with weights (revenue share,
 * headcount, or simply 1 each). Scores roll up as weighted means, rounded half up; maturity rolls
 * up to the weakest unit, since an organization is only as mature as its weakest part.
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
   * Returns the weighted mean of the units' overall scores.
   *
   * @return 0 to 100; 0 for an empty portfolio
   */
  public int overall() {
    return weightedScore(unit -> unit.scorecard().overall());
  }

  /**
   * Returns the weighted mean of the units' scores for one success factor.
   *
   * @param factor the factor
   * @return 0 to 100; 0 for an empty portfolio
   */
  public int factor(SuccessFactor factor) {
    return weightedScore(unit -> unit.scorecard().successFactor(factor.number()).score());
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

  private int weightedScore(ToDoubleFunction<Unit> score) {
    return weighted(score).setScale(0, RoundingMode.HALF_UP).intValue();
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
