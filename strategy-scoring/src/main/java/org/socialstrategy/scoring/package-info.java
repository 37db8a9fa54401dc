/**
 * What validation and scorecards share: the {@link org.socialstrategy.scoring.SuccessFactor seven
 * success factors} of a social business strategy.
 *
 * <p>Each validation rule names the factor its findings weigh on, and each scorecard scores every
 * factor and lists the findings that weigh on it. Scorecards depend on validation (they validate
 * the strategy they score), so the factors live here, beside both, rather than in either: rules can
 * name a factor without validation depending on scorecards. Everything else sits in {@link
 * org.socialstrategy.scoring.validation} (findings) and {@link
 * org.socialstrategy.scoring.scorecard} (numbers).
 */
package org.socialstrategy.scoring;
