/**
 * The immutable domain model of a social business strategy.
 *
 * <p>A {@link org.socialstrategy.model.Strategy} starts from business goals; every tactic says
 * which goals it serves, what value it exchanges with the customer and how its outcome is measured.
 * Every type here is immutable and thread-safe; instances are made with builders or static
 * factories. Intrinsic invariants (ids, references, date ranges, money) are checked when a strategy
 * is built and reported all together in one {@link
 * org.socialstrategy.model.InvalidStrategyException}; judgements about strategic quality belong to
 * the validators of the scoring module.
 */
@ModelStyle
package org.socialstrategy.model;
