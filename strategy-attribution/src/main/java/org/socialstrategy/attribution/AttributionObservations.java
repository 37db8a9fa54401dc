package org.socialstrategy.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;

/**
 * Turns attributed credits into observations of the tactics' outcome metrics, so that alignment,
 * results and ROI rest on evidence: for every period of the result and every tactic of the mapping,
 * an observation of the mapping's conversion metric with the conversions credited (zero when none),
 * and, when the mapping names a value metric, one of it with the value credited. Credits are
 * rounded half-even to {@value #SCALE} decimals. Unmapped keys make no observation; {@link
 * AttributionResult#unmapped()} reports them.
 */
public final class AttributionObservations {

  /** The decimals observations keep. */
  public static final int SCALE = 6;

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
                .build());
        if (mapping.valueMetric().isPresent()) {
          observations.add(
              Observation.builder()
                  .metric(mapping.valueMetric().get())
                  .tactic(tactic)
                  .period(period)
                  .value(round(credit == null ? 0 : credit.value()))
                  .build());
        }
      }
    }
    return observations;
  }

  private static BigDecimal round(double amount) {
    BigDecimal rounded =
        BigDecimal.valueOf(amount).setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}
