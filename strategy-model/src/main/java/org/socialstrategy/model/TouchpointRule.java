package org.socialstrategy.model;

import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One rule of a {@link TouchpointMapping}: which touchpoints of customer journeys belong to a
 * tactic. A rule names either one exact touchpoint key ({@code email}, {@code google / cpc /
 * spring-sale}) or patterns on the parts of a key: a channel name, or the source, medium and
 * campaign that analytics tools export (UTM parameters). A pattern is a glob: {@code *} stands for
 * any run of characters, {@code ?} for one; a part without a pattern matches anything.
 *
 * <pre>{@code
 * TouchpointRule.exact("facebook / social / spring-shop", "fb-shop");
 * TouchpointRule.builder().source("facebook").medium("cpc").tactic("fb-ads").build();
 * }</pre>
 *
 * <p>A rule is made as given; {@link #problem()} says what makes it unusable (no key and no
 * pattern, a key beside patterns, a channel pattern beside source, medium or campaign patterns, a
 * blank pattern, a key no touchpoint can have). A strategy checks its rules as one of its
 * invariants, with whether their tactics exist.
 */
@Value.Immutable
public abstract class TouchpointRule {

  TouchpointRule() {}

  /**
   * Returns the exact touchpoint key the rule matches, in its canonical text.
   *
   * @return the key, if the rule matches one key
   */
  public abstract Optional<String> key();

  /**
   * Returns the pattern on a plain channel name, such as {@code email} or {@code display-*}.
   *
   * @return the pattern, if any
   */
  public abstract Optional<String> channel();

  /**
   * Returns the pattern on the source, such as {@code google} or {@code *facebook*}.
   *
   * @return the pattern, if any
   */
  public abstract Optional<String> source();

  /**
   * Returns the pattern on the medium, such as {@code cpc} or {@code social}.
   *
   * @return the pattern, if any
   */
  public abstract Optional<String> medium();

  /**
   * Returns the pattern on the campaign, such as {@code spring-*}.
   *
   * @return the pattern, if any
   */
  public abstract Optional<String> campaign();

  /**
   * Returns the tactic the matched touchpoints belong to.
   *
   * @return the tactic's id
   */
  public abstract TacticId tactic();

  /**
   * Tells whether the rule names one exact key rather than patterns.
   *
   * @return true for an exact rule
   */
  public final boolean isExact() {
    return key().isPresent();
  }

  /**
   * Tells what makes the rule unusable, if anything, as the words that follow "touchpoint rule":
   * {@code names no key and no pattern}; {@code names the key 'email' and patterns; give one or the
   * other}; {@code has a channel pattern and source, medium or campaign patterns: no key has both};
   * a blank key or pattern; or a key that holds {@code >}, which separates path steps, or more than
   * three parts separated by {@code " / "}.
   *
   * @return the problem, lower case, naming the offending value; empty for a usable rule
   */
  public final Optional<String> problem() {
    boolean parts = source().isPresent() || medium().isPresent() || campaign().isPresent();
    if (key().isPresent()) {
      String key = key().get();
      if (parts || channel().isPresent()) {
        return Optional.of("names the key '" + key + "' and patterns; give one or the other");
      }
      if (key.isBlank()) {
        return Optional.of("names a blank key");
      }
      if (key.indexOf('>') >= 0) {
        return Optional.of(
            "names the key '" + key + "', which holds '>', the separator of path steps");
      }
      if (key.split(" / ", -1).length > 3) {
        return Optional.of(
            "names the key '" + key + "', which has more than three parts separated by ' / '");
      }
      return Optional.empty();
    }
    if (!parts && channel().isEmpty()) {
      return Optional.of("names no key and no pattern");
    }
    if (channel().isPresent() && parts) {
      return Optional.of(
          "has a channel pattern and source, medium or campaign patterns: no key has both");
    }
    return blank("channel", TouchpointRule::channel)
        .or(() -> blank("source", TouchpointRule::source))
        .or(() -> blank("medium", TouchpointRule::medium))
        .or(() -> blank("campaign", TouchpointRule::campaign));
  }

  private Optional<String> blank(String part, Function<TouchpointRule, Optional<String>> pattern) {
    return pattern
        .apply(this)
        .filter(String::isBlank)
        .map(p -> "has a blank " + part + " pattern; leave it out to match any " + part);
  }

  /**
   * Returns a rule that matches one exact touchpoint key.
   *
   * @param key the key's canonical text
   * @param tactic the tactic's id
   * @return the rule
   */
  public static TouchpointRule exact(String key, String tactic) {
    return builder().key(key).tactic(tactic).build();
  }

  /**
   * Returns a builder holding this rule's values, to change some of them and build another.
   *
   * @return a new builder, filled from this rule
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

  /** Builds a {@link TouchpointRule}; the tactic is required. Not thread-safe. */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a touchpoint rule", "tactic", "a tactic");

    private final ImmutableTouchpointRule.Builder values = new ImmutableTouchpointRule.Builder();

    Builder() {}

    /**
     * Copies the values of a rule into this builder: each value replaces the builder's, and an
     * empty optional value leaves the builder's as it is.
     *
     * @param instance the rule to copy
     * @return this builder
     */
    public Builder from(TouchpointRule instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets one exact touchpoint key it matches, in its canonical text.
     *
     * @param key the text
     * @return this builder
     */
    public Builder key(String key) {
      values.key(key);
      return this;
    }

    /**
     * Sets one exact touchpoint key it matches, in its canonical text; empty clears it.
     *
     * @param key the text, or empty for none
     * @return this builder
     */
    public Builder key(Optional<String> key) {
      values.key(key);
      return this;
    }

    /**
     * Sets the pattern on a plain channel name.
     *
     * @param channel the text
     * @return this builder
     */
    public Builder channel(String channel) {
      values.channel(channel);
      return this;
    }

    /**
     * Sets the pattern on a plain channel name; empty clears it.
     *
     * @param channel the text, or empty for none
     * @return this builder
     */
    public Builder channel(Optional<String> channel) {
      values.channel(channel);
      return this;
    }

    /**
     * Sets the pattern on the source.
     *
     * @param source the text
     * @return this builder
     */
    public Builder source(String source) {
      values.source(source);
      return this;
    }

    /**
     * Sets the pattern on the source; empty clears it.
     *
     * @param source the text, or empty for none
     * @return this builder
     */
    public Builder source(Optional<String> source) {
      values.source(source);
      return this;
    }

    /**
     * Sets the pattern on the medium.
     *
     * @param medium the text
     * @return this builder
     */
    public Builder medium(String medium) {
      values.medium(medium);
      return this;
    }

    /**
     * Sets the pattern on the medium; empty clears it.
     *
     * @param medium the text, or empty for none
     * @return this builder
     */
    public Builder medium(Optional<String> medium) {
      values.medium(medium);
      return this;
    }

    /**
     * Sets the pattern on the campaign.
     *
     * @param campaign the text
     * @return this builder
     */
    public Builder campaign(String campaign) {
      values.campaign(campaign);
      return this;
    }

    /**
     * Sets the pattern on the campaign; empty clears it.
     *
     * @param campaign the text, or empty for none
     * @return this builder
     */
    public Builder campaign(Optional<String> campaign) {
      values.campaign(campaign);
      return this;
    }

    /**
     * Sets the tactic the matched touchpoints belong to.
     *
     * @param tactic the tactic's id
     * @return this builder
     */
    public Builder tactic(TacticId tactic) {
      values.tactic(tactic);
      return this;
    }

    /**
     * Sets the tactic from its id's text.
     *
     * @param tactic the tactic's id
     * @return this builder
     */
    public Builder tactic(String tactic) {
      return tactic(TacticId.of(tactic));
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws MissingAttributesException if the tactic is not set
     */
    public TouchpointRule build() {
      return REQUIRED.build(values::build);
    }
  }
}
