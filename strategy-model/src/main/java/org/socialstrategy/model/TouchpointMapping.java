package org.socialstrategy.model;

import java.util.Arrays;
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
   * Returns a builder holding this mapping's values, to change some of them and build another.
   *
   * @return a new builder, filled from this mapping
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TouchpointMapping}; the conversion metric is required. A method named after a
   * list sets all of it, replacing what was there; a method whose name starts with {@code add} adds
   * to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a touchpoint mapping", "conversionMetric", "a conversion metric");

    private final ImmutableTouchpointMapping.Builder values =
        new ImmutableTouchpointMapping.Builder();

    Builder() {}

    /**
     * Copies the values of a mapping into this builder: each single value replaces the builder's,
     * an empty optional value leaves the builder's as it is, and rules are added to the builder's.
     *
     * @param instance the mapping to copy
     * @return this builder
     */
    public Builder from(TouchpointMapping instance) {
      values.from(instance);
      return this;
    }

    /**
     * Adds a rule, tried after those added before.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(TouchpointRule rule) {
      values.addRules(rule);
      return this;
    }

    /**
     * Adds rules, in order, tried after those added before.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder addRules(TouchpointRule... rules) {
      values.addRules(rules);
      return this;
    }

    /**
     * Adds rules, in order, tried after those added before.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder addAllRules(Iterable<? extends TouchpointRule> rules) {
      values.addAllRules(rules);
      return this;
    }

    /**
     * Sets the rules, replacing any set or added before.
     *
     * @param rules the rules, in the order they are tried
     * @return this builder
     */
    public Builder rules(Iterable<? extends TouchpointRule> rules) {
      values.rules(rules);
      return this;
    }

    /**
     * Sets the rules, replacing any set or added before.
     *
     * @param rules the rules, in the order they are tried
     * @return this builder
     */
    public Builder rules(TouchpointRule... rules) {
      return rules(Arrays.asList(rules));
    }

    /**
     * Sets the metric that attributed conversions are observed as.
     *
     * @param metric the metric's id
     * @return this builder
     */
    public Builder conversionMetric(MetricId metric) {
      values.conversionMetric(metric);
      return this;
    }

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
     * Sets the metric that the attributed value of conversions is observed as.
     *
     * @param metric the metric's id
     * @return this builder
     */
    public Builder valueMetric(MetricId metric) {
      values.valueMetric(metric);
      return this;
    }

    /**
     * Sets the metric that the attributed value is observed as; empty clears it.
     *
     * @param metric the metric's id, or empty for none
     * @return this builder
     */
    public Builder valueMetric(Optional<? extends MetricId> metric) {
      values.valueMetric(metric);
      return this;
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

    /**
     * Builds the mapping.
     *
     * @return the mapping
     * @throws MissingAttributesException if the conversion metric is not set
     */
    public TouchpointMapping build() {
      return REQUIRED.build(values::build);
    }
  }
}
