/**
 * Seeded generators of valid strategies of any size, for property tests, benchmarks, and users
 * testing their own rules.
 *
 * <p>{@link org.socialstrategy.testkit.StrategyGenerator} makes one strategy per seed, the same
 * every time, with realistic names and a knob ({@link org.socialstrategy.testkit.Alignment}) for
 * how well its tactics are aligned; {@link org.socialstrategy.testkit.StrategyGens} wraps it as
 * QuickTheories generators.
 */
package org.socialstrategy.testkit;
