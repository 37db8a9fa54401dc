package org.socialstrategy.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the touchpoints of customer journeys map to tactics, and which metrics attributed conversions
 * are observed as: the bridge from analytics (a click from a campaign, a visit from a post, a call)
 * to the strategy's tactics and their outcome metrics.
 *
 * <p>Rules are tried in order and the first that matches a touchpoint wins, as in the channel
 * groupings of analytics tools: put exact keys and narrow patterns before broad ones. A touchpoint
 * no rule matches stays unmapped; attribution reports it with its count and share of conversions.
 *
 * <p>A strategy carries its mapping ({@link Strategy#attribution()}) and checks it with its other
 * invariants: every rule usable ({@link TouchpointRule#problem()}), every tactic and metric known,
 * the value metric another than the conversion metric.
 *
 * <pre>{@code
 * TouchpointMapping mapping =
 *     TouchpointMapping.builder()
 *         .addRule(TouchpointRule.exact("facebook / social / spring-shop", "fb-shop"))
 *         .addRule(TouchpointRule.builder().medium("email").tactic("newsletter").build())
 *         .conversionMetric("net-new-customers")
 *         .valueMetric("online-revenue")
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class TouchpointMapping {

  TouchpointMapping() {}

  /**
   * Returns the rules, tried in order; the first that matches a touchpoint wins.
   *
   * @return the rules
   */
  public abstract List<TouchpointRule> rules();

  /**
   * Returns the metric that attributed conversions are observed as, such as {@code
   * net-new-customers}.
   *
   * @return the metric's id
   */
  public abstract MetricId conversionMetric();

  /**
   * Returns the metric that the attributed value of conversions is observed as, such as {@code
   * online-revenue}.
   *
   * @return the metric's id, if value is observed too
   */
  public abstract Optional<MetricId> valueMetric();

  /**
   * Returns the ids of the tactics the rules name, in the order of their first rule.
   *
   * @return the tactics' ids, without repeats
   */
  public final List<TacticId> tactics() {
    return rules().stream().map(TouchpointRule::tactic).distinct().toList();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TouchpointMapping}; {@code conversionMetric} is required. */
  public static final class Builder extends ImmutableTouchpointMapping.Builder {
    Builder() {}

    /**
     * Sets the conversion metric from its id's text.
     *
     * @param metric the metric's id
     * @return this builder
     */
    public Builder conversionMetric(String metric) {
      return conversionMetric(MetricId.of(metric));
    }

    /**
     * Sets the value metric from its id's text.
     *
     * @param metric the metric's id
     * @return this builder
     */
    public Builder valueMetric(String metric) {
      return valueMetric(MetricId.of(metric));
    }
  }
}
