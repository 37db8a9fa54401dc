package org.socialstrategy.scoring.scorecard;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/**
 * How much of a strategy's social (and offline) activity is connected to business results.
 *
 * <p>A tactic is <em>aligned</em> when it serves at least one goal and tracks at least one
 * business-outcome metric. Shares are by count of tactics and by budget (the cost of aligned
 * tactics over the cost of all tactics that have one); unaligned spend is what the other tactics
 * cost. Shares are in [0, 1] with four decimals, rounded half to even; the score is the share by
 * count as a whole percentage.
 *
 * @param tactics how many tactics the strategy has
 * @param alignedTactics how many of them are aligned
 * @param shareByCount {@code alignedTactics / tactics}; 0 without tactics
 * @param shareByBudget aligned spend over total spend; empty when no tactic has a cost, or the
 *     total is zero
 * @param totalSpend what all tactics with a cost cost together
 * @param unalignedSpend what tactics that are not aligned cost together
 * @param goals how many goals the strategy has
 * @param supportedGoals how many of them at least one tactic serves
 * @param goalShare {@code supportedGoals / goals}; 0 without goals
 * @param byFunction the same figures per business function, in order of first appearance
 * @param byChannel the same figures per channel, in order of first appearance
 */
public record AlignmentScore(
    int tactics,
    int alignedTactics,
    double shareByCount,
    OptionalDouble shareByBudget,
    Optional<Money> totalSpend,
    Optional<Money> unalignedSpend,
    int goals,
    int supportedGoals,
    double goalShare,
    List<AlignmentRow> byFunction,
    List<AlignmentRow> byChannel) {

  /**
   * Copies the breakdowns.
   *
   * @param tactics how many tactics the strategy has
   * @param alignedTactics how many of them are aligned
   * @param shareByCount {@code alignedTactics / tactics}; 0 without tactics
   * @param shareByBudget aligned spend over total spend; empty when no tactic has a cost, or the
   *     total is zero
   * @param totalSpend what all tactics with a cost cost together
   * @param unalignedSpend what tactics that are not aligned cost together
   * @param goals how many goals the strategy has
   * @param supportedGoals how many of them at least one tactic serves
   * @param goalShare {@code supportedGoals / goals}; 0 without goals
   * @param byFunction the same figures per business function, in order of first appearance
   * @param byChannel the same figures per channel, in order of first appearance
   */
  public AlignmentScore {
    byFunction = List.copyOf(byFunction);
    byChannel = List.copyOf(byChannel);
  }

  /**
   * Returns the share of tactics aligned as a whole percentage, 0 to 100.
   *
   * @return the score
   */
  public int score() {
    return Ratios.percent(shareByCount);
  }

  /**
   * Tells whether a tactic serves a goal through a business-outcome metric.
   *
   * @param strategy the strategy the tactic belongs to
   * @param tactic the tactic
   * @return true when aligned
   */
  public static boolean isAligned(Strategy strategy, Tactic tactic) {
    if (tactic.supports().isEmpty()) {
      return false;
    }
    for (MetricId id : tactic.tracks()) {
      if (strategy.metric(id).map(Metric::kind).orElse(null) == MetricKind.BUSINESS_OUTCOME) {
        return true;
      }
    }
    return false;
  }

  /**
   * Scores the alignment of a strategy.
   *
   * @param strategy the strategy
   * @return the score
   */
  public static AlignmentScore of(Strategy strategy) {
    Optional<Currency> currency = strategy.currency();
    Tally all = new Tally(currency);
    Map<CatalogValue, Tally> functions = new LinkedHashMap<>();
    Map<CatalogValue, Tally> channels = new LinkedHashMap<>();
    for (Tactic tactic : strategy.tactics()) {
      boolean aligned = isAligned(strategy, tactic);
      all.add(tactic, aligned);
      functions.computeIfAbsent(tactic.function(), k -> new Tally(currency)).add(tactic, aligned);
      channels.computeIfAbsent(tactic.channel(), k -> new Tally(currency)).add(tactic, aligned);
    }
    int supported = 0;
    for (BusinessGoal goal : strategy.goals()) {
      if (!strategy.tacticsSupporting(goal.id()).isEmpty()) {
        supported++;
      }
    }
    OptionalDouble byBudget =
        all.spend.isPresent() && all.spend.get().amount().signum() > 0
            ? OptionalDouble.of(
                Ratios.ratio(all.alignedSpend.amount(), all.spend.get().amount()).doubleValue())
            : OptionalDouble.empty();
    return new AlignmentScore(
        all.tactics,
        all.aligned,
        Ratios.share(all.aligned, all.tactics),
        byBudget,
        all.spend,
        all.spend.map(total -> total.minus(all.alignedSpend)),
        strategy.goals().size(),
        supported,
        Ratios.share(supported, strategy.goals().size()),
        rows(functions),
        rows(channels));
  }

  private static List<AlignmentRow> rows(Map<CatalogValue, Tally> tallies) {
    List<AlignmentRow> rows = new ArrayList<>(tallies.size());
    tallies.forEach(
        (value, tally) ->
            rows.add(
                new AlignmentRow(
                    value.key(),
                    value.label(),
                    tally.tactics,
                    tally.aligned,
                    Ratios.share(tally.aligned, tally.tactics),
                    tally.spend,
                    tally.spend.map(spend -> tally.alignedSpend))));
    return rows;
  }

  /** Counts and spend of a group of tactics. */
  private static final class Tally {
    private int tactics;
    private int aligned;
    private Optional<Money> spend = Optional.empty();
    private Money alignedSpend;

    private Tally(Optional<Currency> currency) {
      this.alignedSpend = Money.zero(currency.orElse(Currency.getInstance("XXX")));
    }

    private void add(Tactic tactic, boolean isAligned) {
      tactics++;
      if (isAligned) {
        aligned++;
      }
      tactic
          .cost()
          .ifPresent(
              cost -> {
                spend = Optional.of(spend.map(total -> total.plus(cost)).orElse(cost));
                if (isAligned) {
                  alignedSpend = alignedSpend.plus(cost);
                }
              });
    }
  }
}
