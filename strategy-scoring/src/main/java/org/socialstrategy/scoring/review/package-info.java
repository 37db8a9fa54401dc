/**
 * Reviewing a change to a strategy, as a pull request does: {@link
 * org.socialstrategy.scoring.review.ChangeReview} puts the two versions side by side with what
 * changed in them ({@link org.socialstrategy.model.diff.StrategyDiff}), the findings the change
 * introduces and resolves (matched by {@link org.socialstrategy.scoring.validation.FindingKey}, as
 * baselines match them), and the change in the {@link
 * org.socialstrategy.scoring.review.HeadlineFigures headline figures} of their scorecards.
 */
package org.socialstrategy.scoring.review;
