/**
 * Validation rules and scorers over a {@link org.socialstrategy.model.Strategy}: rules produce
 * findings in business language, scorers turn a strategy into numbers an executive reads. Filled by
 * the alignment-validation and scoring work.
 */
package org.socialstrategy.scoring;
