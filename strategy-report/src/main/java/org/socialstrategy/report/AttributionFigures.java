package org.socialstrategy.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.Credit;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

/**
 * What the attribution outputs share: how a credited target is named and classed, and how credit is
 * written for people and for tools.
 */
final class AttributionFigures {

  /** What a target is: a tactic of the mapping, a key no rule maps, or a key without a mapping. */
  enum Kind {
    /** A tactic the mapping names. */
    TACTIC,
    /** A touchpoint key no rule of the mapping matches. */
    UNMAPPED,
    /** A touchpoint key, attributed without a mapping. */
    TOUCHPOINT;

    /**
     * Returns the kind as outputs write it: {@code tactic}, {@code unmapped}, {@code touchpoint}.
     */
    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private AttributionFigures() {}

  /** Returns the kind of a credited target. */
  static Kind kind(AttributionResult result, boolean tactic) {
    return tactic ? Kind.TACTIC : result.isMapped() ? Kind.UNMAPPED : Kind.TOUCHPOINT;
  }

  /** Returns the kind of a credit. */
  static Kind kind(AttributionResult result, Credit credit) {
    return kind(result, credit.isTactic());
  }

  /** Returns the tactic a target names in a strategy, if it is a tactic the strategy has. */
  static Optional<Tactic> tactic(Strategy strategy, String target, boolean tactic) {
    return strategy == null || !tactic ? Optional.empty() : strategy.tactic(TacticId.of(target));
  }

  /** Returns the share of a total, 0 for a total of 0. */
  static double share(double part, double total) {
    return total == 0 ? 0 : part / total;
  }

  /** Writes conversions for people: two decimals, thousands separated. */
  static String conversions(double conversions) {
    return String.format(Locale.ROOT, "%,.2f", conversions);
  }

  /** Writes a signed change of conversions for people: {@code +1.50}, {@code -0.25}. */
  static String change(double change) {
    return String.format(Locale.ROOT, "%+,.2f", change);
  }

  /** Writes a share for people with one decimal: {@code 12.5%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** Writes an exact value for people: two decimals, thousands separated. */
  static String value(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value);
  }

  /**
   * Writes credit for tools: rounded half-even to the decimals observations keep, without trailing
   * zeros, never in exponent form.
   */
  static String exact(double amount) {
    return rounded(amount).toPlainString();
  }

  /** Returns credit rounded half-even to the decimals observations keep. */
  static BigDecimal rounded(double amount) {
    BigDecimal rounded =
        BigDecimal.valueOf(Double.isFinite(amount) ? amount : 0)
            .setScale(AttributionObservations.SCALE, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}
