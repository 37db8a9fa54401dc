/**
 * Judgements about a {@link org.socialstrategy.model.Strategy}: validation rules that flag where
 * social activity is disconnected from business goals ({@link
 * org.socialstrategy.scoring.validation}), and scorers that turn a strategy into numbers an
 * executive reads.
 */
package org.socialstrategy.scoring;
