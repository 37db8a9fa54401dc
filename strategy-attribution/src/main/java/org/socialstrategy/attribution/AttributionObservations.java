package org.socialstrategy.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;

/**
 * Turns attributed credits into observations of the tactics' outcome metrics, so that alignment,
 * results and ROI rest on evidence: for every period of the result and every tactic of the mapping,
 * an observation of the mapping's conversion metric with the conversions credited (zero when none),
 * and, when the mapping names a value metric, one of it with the value credited. Credits are
 * rounded half-even to {@value #SCALE} decimals. Each observation names its source, {@code
 * attribution} and the model with its parameters, so that reports can tell it apart and a later run
 * can replace it. Unmapped keys make no observation; {@link AttributionResult#unmapped()} reports
 * them.
 *
 * <pre>{@code
 * Strategy measured = AttributionObservations.merge(strategy, result);
 * Scorecard card = Scorecard.of(measured, asOf); // results and ROI rest on the attributed credit
 * }</pre>
 */
public final class AttributionObservations {

  /** The decimals observations keep. */
  public static final int SCALE = 6;

  /**
   * The first word of the source of every attributed observation: {@code attribution
   * markov(order=1, ...)}.
   */
  public static final String SOURCE = "attribution";

  private AttributionObservations() {}

  /**
   * Returns the observations of a result.
   *
   * @param result the attribution of event-level input to the mapping's tactics
   * @param mapping the mapping the result was made with
   * @return the observations, by period, then in the order of the mapping's tactics
   * @throws IllegalArgumentException if the result has no periods (it came from a path table)
   */
  public static List<Observation> of(AttributionResult result, TouchpointMapping mapping) {
    if (result.periods().isEmpty() && result.totalConversions() > 0) {
      throw new IllegalArgumentException(
          "observations need periods: attribute event-level input, not a path table");
    }
    String source = SOURCE + " " + result.model();
    List<Observation> observations = new ArrayList<>();
    for (DateRange period : result.periods()) {
      Map<String, Credit> credits = new HashMap<>();
      for (Credit credit : result.credits(period)) {
        if (credit.isTactic()) {
          credits.put(credit.target(), credit);
        }
      }
      for (TacticId tactic : mapping.tactics()) {
        Credit credit = credits.get(tactic.value());
        observations.add(
            Observation.builder()
                .metric(mapping.conversionMetric())
                .tactic(tactic)
                .period(period)
                .value(round(credit == null ? 0 : credit.conversions()))
                .source(source)
                .build());
        if (mapping.valueMetric().isPresent()) {
          observations.add(
              Observation.builder()
                  .metric(mapping.valueMetric().get())
                  .tactic(tactic)
                  .period(period)
                  .value(round(credit == null ? 0 : credit.value()))
                  .source(source)
                  .build());
        }
      }
    }
    return observations;
  }

  /**
   * Returns a strategy with the observations of a result merged, made by the strategy's own
   * mapping. Attributed observations from an earlier run (of the mapping's metrics and tactics, in
   * a period that overlaps one of the result's) are replaced, so that running attribution again
   * over the same months does not count them twice; every other observation stays.
   *
   * @param strategy the strategy, with its touchpoint mapping
   * @param result the attribution of event-level input made with that mapping
   * @return the strategy with the attributed observations
   * @throws IllegalArgumentException if the strategy has no mapping, or the result no periods
   * @throws org.socialstrategy.model.InvalidStrategyException if an observation breaks an invariant
   */
  public static Strategy merge(Strategy strategy, AttributionResult result) {
    TouchpointMapping mapping =
        strategy
            .attribution()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the strategy has no touchpoint mapping: its 'attribution' says which"
                            + " tactics touchpoints belong to"));
    List<Observation> added = of(result, mapping);
    Set<MetricId> metrics = new HashSet<>();
    metrics.add(mapping.conversionMetric());
    mapping.valueMetric().ifPresent(metrics::add);
    Set<TacticId> tactics = new HashSet<>(mapping.tactics());
    List<Observation> kept = new ArrayList<>(strategy.observations().size() + added.size());
    for (Observation observation : strategy.observations()) {
      boolean replaced =
          isAttributed(observation)
              && metrics.contains(observation.metric())
              && observation.tactic().filter(tactics::contains).isPresent()
              && result.periods().stream().anyMatch(observation.period()::overlaps);
      if (!replaced) {
        kept.add(observation);
      }
    }
    if (kept.size() == strategy.observations().size()) {
      return strategy.plusObservations(added);
    }
    kept.addAll(added);
    return strategy.withObservations(kept);
  }

  /**
   * Tells whether an observation was made by attribution: its source starts with {@value #SOURCE}.
   *
   * @param observation the observation
   * @return true for an attributed observation
   */
  public static boolean isAttributed(Observation observation) {
    return observation
        .source()
        .filter(s -> s.equals(SOURCE) || s.startsWith(SOURCE + " "))
        .isPresent();
  }

  private static BigDecimal round(double amount) {
    BigDecimal rounded =
        BigDecimal.valueOf(amount).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}
