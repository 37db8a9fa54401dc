/**
 * Attribution of conversions in customer journeys to the tactics of a social business strategy.
 *
 * <p>{@link org.socialstrategy.attribution.Attribution} runs a model over aggregated journeys and
 * credits conversions and their value to tactics (through a {@link
 * org.socialstrategy.model.TouchpointMapping}) or to touchpoint keys; {@link
 * org.socialstrategy.attribution.AttributionObservations} turns the credits into observations of
 * the tactics' outcome metrics, and {@link org.socialstrategy.attribution.ModelComparison} puts
 * models side by side against last touch and shows the credit that goes to unaligned tactics.
 * Events and aggregates are in {@link org.socialstrategy.attribution.data}, the models in {@link
 * org.socialstrategy.attribution.model}.
 */
package org.socialstrategy.attribution;
