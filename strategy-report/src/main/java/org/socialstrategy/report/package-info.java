/**
 * Reports people look at: a self-contained HTML report for executives (inline SVG charts, no
 * network, scripts or fonts), Markdown for wikis and pull requests with Mermaid diagrams, and the
 * diagrams themselves (Mermaid and Graphviz DOT) of goals, objectives, tactics and the roadmap.
 * Validation findings go out as text, JSON and SARIF, each with the file's waivers; a change
 * between two versions of a strategy file ({@link org.socialstrategy.report.StrategyChange}) as
 * text, JSON and Markdown for a pull-request comment.
 *
 * <p>Every renderer is a pure function of a {@link org.socialstrategy.scoring.scorecard.Scorecard}
 * or a {@link org.socialstrategy.model.Strategy}: the same input always gives the same text. Long
 * lists are cut at a stated number of rows, with a note of how many were left out, so a report of a
 * hundred-thousand-tactic strategy stays readable.
 *
 * <p>Every value from a strategy reaches an output through the package's one escaping class, with a
 * method per context (HTML, Markdown prose and table cells, Mermaid flowchart labels and Gantt
 * text, DOT, the terminal, JSON): a name can never change the markup, diagram or terminal it is
 * shown in. A renderer added later takes its values through the same methods. Scoring and every
 * renderer are total: any strategy that builds gets every output, without an exception.
 */
package org.socialstrategy.report;
