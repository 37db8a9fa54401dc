/**
 * What changed between two versions of a strategy, in the strategy's own terms: {@link
 * org.socialstrategy.model.diff.StrategyDiff} compares two strategies element by element, matching
 * goals, metrics, tactics, stakeholders, guidelines, initiatives and platforms by id and the
 * elements without ids by what identifies them (an objective by its metric, an observation by its
 * period, metric and tactic, a RACI cell by its item and stakeholder, a suppression by its rule and
 * subject), and lists each {@link org.socialstrategy.model.diff.Change} with its path and its old
 * and new values as people read them. A pull request that renames one tactic and changes its cost
 * shows as two changes, whatever happened to the layout of the file.
 */
package org.socialstrategy.model.diff;
