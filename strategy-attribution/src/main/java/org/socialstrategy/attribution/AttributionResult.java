package org.socialstrategy.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.model.DateRange;

/**
 * What one model credited: per target (tactic or touchpoint key), for the whole input and for each
 * period; the totals the credits share; the conversions that had no touchpoint; and the keys no
 * mapping rule matched.
 *
 * <p>Per-period credits add up to the whole input's for every target: exactly (as the whole is
 * their sum) for journey-local models, whose credit of a conversion depends on its journey alone
 * and goes to the conversion's period; for the Markov model and Shapley values of rates, the whole
 * input's credit of a target is split over periods in proportion to the conversions (value) of the
 * converting journeys that hold the target in each period, the last period taking the remainder so
 * the sum is exact.
 */
public final class AttributionResult {

  private final AttributionModel model;
  private final List<Credit> credits;
  private final Map<DateRange, List<Credit>> byPeriod;
  private final long totalConversions;
  private final BigDecimal totalValue;
  private final long untouchedConversions;
  private final BigDecimal untouchedValue;
  private final List<UnmappedKey> unmapped;
  private final double errorBound;
  private final boolean mapped;

  AttributionResult(
      boolean mapped,
      AttributionModel model,
      List<Credit> credits,
      Map<DateRange, List<Credit>> byPeriod,
      long totalConversions,
      BigDecimal totalValue,
      long untouchedConversions,
      BigDecimal untouchedValue,
      List<UnmappedKey> unmapped,
      double errorBound) {
    this.model = model;
    this.credits = List.copyOf(credits);
    this.byPeriod = Collections.unmodifiableMap(new LinkedHashMap<>(byPeriod));
    this.totalConversions = totalConversions;
    this.totalValue = totalValue;
    this.untouchedConversions = untouchedConversions;
    this.untouchedValue = untouchedValue;
    this.unmapped = List.copyOf(unmapped);
    this.errorBound = errorBound;
    this.mapped = mapped;
  }

  /**
   * Tells whether the result credits the tactics of a mapping, rather than touchpoint keys.
   *
   * @return true when a mapping was used: credits that are not tactics are then unmapped keys
   */
  public boolean isMapped() {
    return mapped;
  }

  /**
   * Returns the model, with its parameters.
   *
   * @return the model
   */
  public AttributionModel model() {
    return model;
  }

  /**
   * Returns the credits of the whole input, largest first (then by target).
   *
   * @return the credits
   */
  public List<Credit> credits() {
    return credits;
  }

  /**
   * Returns the credit of one target over the whole input.
   *
   * @param target a tactic's id or a key's text
   * @return the credit, if the target has one
   */
  public Optional<Credit> credit(String target) {
    return credits.stream().filter(c -> c.target().equals(target)).findFirst();
  }

  /**
   * Returns the periods, in order; empty for a path table, which has no dates.
   *
   * @return the periods
   */
  public List<DateRange> periods() {
    return new ArrayList<>(byPeriod.keySet());
  }

  /**
   * Returns the credits of one period, largest first.
   *
   * @param period one of {@link #periods()}
   * @return the credits; empty for a period not in the result
   */
  public List<Credit> credits(DateRange period) {
    return byPeriod.getOrDefault(period, List.of());
  }

  /**
   * Returns the conversions the credits share: those with at least one touchpoint.
   *
   * @return the total, exact
   */
  public long totalConversions() {
    return totalConversions;
  }

  /**
   * Returns the value the credits share.
   *
   * @return the total, exact
   */
  public BigDecimal totalValue() {
    return totalValue;
  }

  /**
   * Returns the conversions that had no touchpoint in their lookback window, credited to nothing.
   *
   * @return the count
   */
  public long untouchedConversions() {
    return untouchedConversions;
  }

  /**
   * Returns the value of the conversions that had no touchpoint.
   *
   * @return the value, exact
   */
  public BigDecimal untouchedValue() {
    return untouchedValue;
  }

  /**
   * Returns the touchpoint keys no mapping rule matched, most credited first.
   *
   * @return the unmapped keys; empty without a mapping
   */
  public List<UnmappedKey> unmapped() {
    return unmapped;
  }

  /**
   * Returns, for a sampled model, the bound on each target's conversion credit.
   *
   * @return the bound; empty for exact models
   */
  public OptionalDouble errorBound() {
    return Double.isNaN(errorBound) ? OptionalDouble.empty() : OptionalDouble.of(errorBound);
  }

  /** Returns a summary: the model, the totals and the five largest credits. */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(model.toString())
            .append(": ")
            .append(totalConversions)
            .append(" conversions, ")
            .append(totalValue.toPlainString())
            .append(" value");
    credits.stream().limit(5).forEach(c -> text.append("\n  ").append(c));
    return text.toString();
  }
}
