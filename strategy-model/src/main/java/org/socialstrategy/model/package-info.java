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
 *
 * <h2>Builders</h2>
 *
 * <p>Each type with parts to fill in has a static {@code builder()}, and each of its instances a
 * {@code toBuilder()} that starts from the instance's values. Every builder keeps the same rules:
 *
 * <ul>
 *   <li><b>Set or add.</b> A method named after a single value sets it ({@code name(..)}); for an
 *       optional value an overload taking an {@link java.util.Optional} sets it; empty clears it. A
 *       method named after a list or a map sets all of it, replacing what was there, whatever its
 *       arguments: {@code supports("grow-online-revenue")} and {@code supports(List.of(..))} both
 *       leave exactly the links given. A method whose name starts with {@code add} (lists) or
 *       {@code put} (maps) adds: {@code addSupport(..)}, {@code addSupports(..)}, {@code
 *       addAllSupports(..)}, {@code putExtension(..)}. So {@code
 *       tactic.toBuilder().supports("grow-online-revenue")} serves that goal only.
 *   <li><b>Ids typed or as text.</b> Every builder method that takes ids takes them typed ({@code
 *       TacticId.of("fb-shop")}) or as their text ({@code "fb-shop"}); so does the one edit that
 *       sets an id, {@code Strategy.withSponsor(..)}. Lookups and removals on a built strategy take
 *       typed ids. A RACI item is typed only: it may be a goal, a tactic or an initiative, which
 *       its text cannot tell.
 *   <li><b>Copy with {@code from}.</b> {@code from(instance)} copies an instance's values into a
 *       builder: single values replace the builder's, empty optional values leave the builder's as
 *       they are, list elements and map entries are added.
 *   <li><b>What is missing, in words.</b> {@code build()} without a required value throws a {@link
 *       org.socialstrategy.model.MissingAttributesException} that names what is missing and, when
 *       it is known, the element's id: {@code tactic 'fb-shop' needs a channel and a business
 *       function}.
 * </ul>
 *
 * <h2>Edits</h2>
 *
 * <p>Edits return a changed copy and leave the original as it is. {@code withX(value)} sets a part
 * and {@code withoutX()} removes an optional one ({@code strategy.withRoadmap(roadmap)}, {@code
 * strategy.withoutRoadmap()}); no edit takes an {@code Optional}. A strategy's {@code
 * withTactic(..)}, {@code withGoal(..)}, {@code withMetric(..)} and {@code withStakeholder(..)}
 * swap one element by id and check only that element; {@code toBuilder()} covers any other change.
 */
@ModelStyle
package org.socialstrategy.model;
