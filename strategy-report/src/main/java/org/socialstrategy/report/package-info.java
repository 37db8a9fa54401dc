/**
 * Reports people look at: a self-contained HTML report for executives (inline SVG charts, no
 * network, scripts or fonts), Markdown for wikis and pull requests with Mermaid diagrams, and the
 * diagrams themselves (Mermaid and Graphviz DOT) of goals, objectives, tactics and the roadmap.
 *
 * <p>Every renderer is a pure function of a {@link org.socialstrategy.scoring.scorecard.Scorecard}
 * or a {@link org.socialstrategy.model.Strategy}: the same input always gives the same text. Long
 * lists are cut at a stated number of rows, with a note of how many were left out, so a report of a
 * hundred-thousand-tactic strategy stays readable.
 */
package org.socialstrategy.report;
