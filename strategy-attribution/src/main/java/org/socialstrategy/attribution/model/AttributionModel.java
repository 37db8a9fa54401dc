package org.socialstrategy.attribution.model;

import java.util.Map;

/**
 * An attribution model: a rule that shares each conversion, and its value, among the touchpoints of
 * the journeys that led to it. Every model has a name and parameters that print, so that {@link
 * Object#toString()} names it completely ({@code position-based(first=0.4, last=0.4)}) and {@link
 * Models#parse(String)} reads that text back.
 *
 * <p>{@link PathModel}s work from a path table; {@link TimeDecay} needs the timings of event-level
 * input and reads the credits accumulated while journeys streamed.
 */
public sealed interface AttributionModel permits PathModel, TimeDecay {

  /**
   * Returns the model's name, such as {@code markov}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the model's parameters, in the order they print.
   *
   * @return the parameters by name, as text
   */
  Map<String, String> parameters();

  /**
   * Tells whether each journey's credit depends on that journey alone, so that credits of a
   * period's journeys are exactly the model's credits for that period.
   *
   * @return true for the rule-based models and Shapley values of journeys
   */
  boolean isJourneyLocal();
}
