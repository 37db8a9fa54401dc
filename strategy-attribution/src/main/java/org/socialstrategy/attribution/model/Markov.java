package org.socialstrategy.attribution.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.socialstrategy.attribution.data.PathTable;

/**
 * The k-order Markov model with removal effects, solved exactly.
 *
 * <p>Journeys are walks of an absorbing Markov chain: from start through transient states built
 * from the last {@code k} steps of a path, to conversion or null. Transition probabilities are the
 * observed transition counts, each path weighing its conversions plus its nulls. The probability of
 * conversion from start is computed exactly from the chain (a sparse Gauss-Seidel solve to machine
 * precision), not by simulating journeys. A channel's removal effect is the relative drop in that
 * probability when the channel is removed, that is when every state that holds it leads to null:
 * {@code RE(c) = 1 - P(conversion without c) / P(conversion)}, which equals the share of converting
 * journeys of the chain that pass through {@code c}. Conversions are shared in proportion to
 * removal effects.
 *
 * <p>The conventions that change results, as parameters, each defaulting to ChannelAttribution's
 * (the R and Python package most tools compare with):
 *
 * <ul>
 *   <li>{@code states}: {@link States#SLIDING} (ChannelAttribution) makes a state of each window of
 *       {@code k} consecutive steps, and a path shorter than {@code k} one state of its own; {@link
 *       States#HISTORY} makes a state at every touch of the last up to {@code k} steps, so the
 *       first states of a path hold fewer steps.
 *   <li>{@code repeats}: {@link Repeats#KEEP} (ChannelAttribution) keeps repeated consecutive
 *       channels in the path and merges only repeated consecutive states (a self-loop, which
 *       changes no absorption probability); {@link Repeats#COLLAPSE} first collapses repeated
 *       consecutive channels ({@code a > a > b} is {@code a > b}), which for {@code k > 1} builds
 *       other states.
 *   <li>{@code value}: {@link ValueSharing#REMOVAL} (ChannelAttribution) shares value by value
 *       removal effects: each converting path's value is collected at its last state, and a
 *       channel's share is the relative drop in the expected value from start when it is removed;
 *       {@link ValueSharing#CONVERSIONS} shares value in proportion to the conversion removal
 *       effects.
 *   <li>{@code horizon}: {@code unbounded} (the default, the exact absorbing chain) lets journeys
 *       walk any number of steps; {@code observed} caps them, as ChannelAttribution's simulation
 *       does, at one more state than the longest observed path, and a journey that does not end by
 *       then counts as not converting; an integer caps them at that many states. The capped chain
 *       is solved exactly too. ChannelAttribution caps only to stop its simulated walks; the cap
 *       moves results by the probability of converting after more steps than any observed journey,
 *       usually far below its simulation noise, which is why the exact chain is the default.
 * </ul>
 *
 * <p>Tolerance: sweeps (Gauss-Seidel, over-relaxed by 1.2 while that converges) stop when no
 * probability changes by more than {@code 1e-13}; removal effects are exact to about {@code 1e-10}
 * (tests compare them with a dense direct solve). Credits add up to the totals within {@link
 * ChannelCredits#TOLERANCE}.
 */
public final class Markov implements PathModel {

  /** How states are built from a path's steps. */
  public enum States {
    /** Windows of k consecutive steps; a path shorter than k is one state (ChannelAttribution). */
    SLIDING,
    /** At every touch, the last up to k steps. */
    HISTORY
  }

  /** Whether repeated consecutive channels are collapsed before states are built. */
  public enum Repeats {
    /** Keep them; only repeated consecutive states are merged (ChannelAttribution). */
    KEEP,
    /** Collapse them: {@code a > a > b} is {@code a > b}. */
    COLLAPSE
  }

  /** How value is shared. */
  public enum ValueSharing {
    /** By value removal effects, each journey's value collected at its last state. */
    REMOVAL,
    /** In proportion to conversion removal effects. */
    CONVERSIONS
  }

  /**
   * A drop in the conversion probability (or expected value, per unit of mean value) this small is
   * below the accuracy of the solve and reported as no drop: the removal effect of a channel that
   * changes nothing is exactly zero.
   */
  static final double NOISE = 1e-11;

  /** The horizon {@code observed}: one more state than the longest observed path. */
  public static final int OBSERVED_HORIZON = -1;

  private static final Markov FIRST_ORDER = builder().build();

  private final int order;
  private final States states;
  private final Repeats repeats;
  private final ValueSharing value;
  private final int horizon;

  private Markov(Builder builder) {
    this.order = builder.order;
    this.states = builder.states;
    this.repeats = builder.repeats;
    this.value = builder.value;
    this.horizon = builder.horizon;
  }

  /**
   * Returns the first-order model with the default conventions.
   *
   * @return the model
   */
  public static Markov defaults() {
    return FIRST_ORDER;
  }

  /**
   * Returns the model of the given order with the default conventions.
   *
   * @param order the order k, 1 to 4
   * @return the model
   * @throws IllegalArgumentException if the order is out of range
   */
  public static Markov order(int order) {
    return builder().order(order).build();
  }

  /**
   * Returns a new builder, with the default conventions.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the order k: how many steps a state remembers.
   *
   * @return the order, 1 to 4
   */
  public int order() {
    return order;
  }

  /**
   * Returns how states are built.
   *
   * @return the convention
   */
  public States states() {
    return states;
  }

  /**
   * Returns whether repeated channels are collapsed.
   *
   * @return the convention
   */
  public Repeats repeats() {
    return repeats;
  }

  /**
   * Returns how value is shared.
   *
   * @return the convention
   */
  public ValueSharing valueSharing() {
    return value;
  }

  /**
   * Returns the horizon: 0 for none, {@link #OBSERVED_HORIZON}, or the most states a journey may
   * visit.
   *
   * @return the horizon
   */
  public int horizon() {
    return horizon;
  }

  @Override
  public String name() {
    return "markov";
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("order", Integer.toString(order));
    parameters.put("states", states.name().toLowerCase(Locale.ROOT));
    parameters.put("repeats", repeats.name().toLowerCase(Locale.ROOT));
    parameters.put("value", value.name().toLowerCase(Locale.ROOT));
    parameters.put(
        "horizon",
        horizon == 0
            ? "unbounded"
            : horizon == OBSERVED_HORIZON ? "observed" : Integer.toString(horizon));
    return parameters;
  }

  @Override
  public boolean isJourneyLocal() {
    return false;
  }

  /**
   * Solves the chain of the table: the conversion probability and each channel's removal effects.
   *
   * @param table the path table
   * @return the solution
   * @throws IllegalArgumentException if the table has more than 65,534 channels
   */
  public Solution solve(PathTable table) {
    MarkovChain chain = MarkovChain.build(table, this);
    int cap = horizon == OBSERVED_HORIZON ? chain.longest + 1 : horizon;
    double[][] solved = chain.solve(value == ValueSharing.REMOVAL, cap);
    return new Solution(chain.states, solved[0], solved[1], (int) solved[2][0]);
  }

  @Override
  public ChannelCredits attribute(PathTable table) {
    Solution solution = solve(table);
    int channels = table.channelCount();
    double[] conversions = new double[channels];
    double[] values = new double[channels];
    double sumConversion = 0;
    double sumValue = 0;
    for (int c = 0; c < channels; c++) {
      sumConversion += solution.removalEffect(c);
      sumValue += solution.valueRemovalEffect(c);
    }
    double total = table.totalConversions();
    double totalValue = table.totalValue().doubleValue();
    for (int c = 0; c < channels; c++) {
      if (sumConversion > 0) {
        conversions[c] = solution.removalEffect(c) / sumConversion * total;
      }
      if (value == ValueSharing.REMOVAL && sumValue > 0) {
        values[c] = solution.valueRemovalEffect(c) / sumValue * totalValue;
      } else if (sumConversion > 0) {
        values[c] = solution.removalEffect(c) / sumConversion * totalValue;
      }
    }
    return new ChannelCredits(
        table.channels(),
        conversions,
        values,
        table.totalConversions(),
        table.totalValue(),
        Double.NaN);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Markov && parameters().equals(((Markov) other).parameters());
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, states, repeats, value, horizon);
  }

  @Override
  public String toString() {
    return Positional.describe(name(), parameters());
  }

  /** The solved chain: conversion probability and removal effects. */
  public static final class Solution {
    private final int states;
    private final double[] conversion;
    private final double[] value;
    private final int sweeps;

    Solution(int states, double[] conversion, double[] value, int sweeps) {
      this.states = states;
      this.conversion = conversion;
      this.value = value;
      this.sweeps = sweeps;
    }

    /**
     * Returns the number of transient states of the chain.
     *
     * @return the states
     */
    public int states() {
      return states;
    }

    /**
     * Returns the sweeps the solve took, over all blocks of channels.
     *
     * @return the sweeps
     */
    public int sweeps() {
      return sweeps;
    }

    /**
     * Returns the probability that a journey from start converts.
     *
     * @return the probability
     */
    public double conversionProbability() {
      return conversion[0];
    }

    /**
     * Returns the probability of conversion with a channel removed.
     *
     * @param channel the channel's id
     * @return the probability
     */
    public double conversionProbabilityWithout(int channel) {
      return conversion[1 + channel];
    }

    /**
     * Returns a channel's removal effect: the relative drop in the conversion probability when it
     * is removed.
     *
     * @param channel the channel's id
     * @return the effect, in [0, 1]
     */
    public double removalEffect(int channel) {
      return relativeDrop(conversion, channel);
    }

    /**
     * Returns a channel's value removal effect: the relative drop in the expected value from start
     * when it is removed.
     *
     * @param channel the channel's id
     * @return the effect, in [0, 1]
     */
    public double valueRemovalEffect(int channel) {
      return relativeDrop(value, channel);
    }

    private static double relativeDrop(double[] system, int channel) {
      double drop = system[0] - system[1 + channel];
      if (system[0] <= 0 || drop <= NOISE) {
        return 0;
      }
      return Math.min(1, drop / system[0]);
    }
  }

  /** Builds a {@link Markov} model; every parameter has ChannelAttribution's default. */
  public static final class Builder {
    private int order = 1;
    private States states = States.SLIDING;
    private Repeats repeats = Repeats.KEEP;
    private ValueSharing value = ValueSharing.REMOVAL;
    private int horizon;

    Builder() {}

    /**
     * Sets the order.
     *
     * @param order 1 to 4
     * @return this builder
     * @throws IllegalArgumentException if the order is out of range
     */
    public Builder order(int order) {
      if (order < 1 || order > 4) {
        throw new IllegalArgumentException("markov order must be 1 to 4: " + order);
      }
      this.order = order;
      return this;
    }

    /**
     * Sets how states are built.
     *
     * @param states the convention
     * @return this builder
     */
    public Builder states(States states) {
      this.states = Objects.requireNonNull(states);
      return this;
    }

    /**
     * Sets whether repeated channels are collapsed.
     *
     * @param repeats the convention
     * @return this builder
     */
    public Builder repeats(Repeats repeats) {
      this.repeats = Objects.requireNonNull(repeats);
      return this;
    }

    /**
     * Sets how value is shared.
     *
     * @param value the convention
     * @return this builder
     */
    public Builder valueSharing(ValueSharing value) {
      this.value = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Lets journeys walk any number of steps: the exact absorbing chain.
     *
     * @return this builder
     */
    public Builder unboundedHorizon() {
      this.horizon = 0;
      return this;
    }

    /**
     * Caps journeys at one more state than the longest observed path, as ChannelAttribution's
     * simulation does.
     *
     * @return this builder
     */
    public Builder observedHorizon() {
      this.horizon = OBSERVED_HORIZON;
      return this;
    }

    /**
     * Caps journeys at a number of states.
     *
     * @param states the most states a journey may visit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the cap is below 1
     */
    public Builder horizon(int states) {
      if (states < 1) {
        throw new IllegalArgumentException("markov horizon must be at least 1 state: " + states);
      }
      this.horizon = states;
      return this;
    }

    /**
     * Returns the model.
     *
     * @return the model
     */
    public Markov build() {
      return new Markov(this);
    }
  }
}
