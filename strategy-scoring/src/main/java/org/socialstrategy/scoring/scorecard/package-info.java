/**
 * Scorecards: a strategy turned into numbers an executive reads, each with the evidence behind it.
 *
 * <p>A {@link org.socialstrategy.scoring.scorecard.Scorecard} holds, for one strategy at an as-of
 * date: alignment by count and by budget (broken down by business function and channel), the seven
 * success factors scored 0-100 with evidence, the six-stage maturity assessment, progress of every
 * objective from its observations, return on investment per tactic ranked across social and offline
 * tactics alike, and where the strategy stands against the survey figures the framework quotes.
 * {@link org.socialstrategy.scoring.scorecard.Portfolio} rolls scorecards of several business units
 * up with weights. Everything here is immutable and deterministic; money is exact and every
 * rounding is stated where it happens.
 */
package org.socialstrategy.scoring.scorecard;
