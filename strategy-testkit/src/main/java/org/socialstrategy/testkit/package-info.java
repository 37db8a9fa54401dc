/**
 * Seeded generators of valid strategies and of customer journeys of any size, for property tests,
 * benchmarks, and users testing their own rules.
 *
 * <p>{@link org.socialstrategy.testkit.StrategyGenerator} makes one strategy per seed, the same
 * every time, with realistic names and a knob ({@link org.socialstrategy.testkit.Alignment}) for
 * how well its tactics are aligned; {@link org.socialstrategy.testkit.StrategyGens} wraps it as
 * QuickTheories generators. {@link org.socialstrategy.testkit.JourneyGenerator} makes customer
 * journeys with a realistic channel mix and a planted truth, streamed to a CSV at any size; {@link
 * org.socialstrategy.testkit.PathTableGenerator} makes aggregated path tables of a given size; and
 * {@link org.socialstrategy.testkit.JourneyGens} wraps both for QuickTheories. Journeys come as
 * neutral rows ({@link org.socialstrategy.testkit.JourneyRow}, {@link
 * org.socialstrategy.testkit.PathRow}), so the testkit depends on the model alone.
 */
package org.socialstrategy.testkit;
