/**
 * Strategy files: the versioned JSON and YAML format, its JSON Schema, and observations imported
 * from CSV.
 *
 * <p>{@link org.socialstrategy.io.StrategyFiles} reads and writes strategies; {@link
 * org.socialstrategy.io.ObservationsCsv} merges measured values exported by analytics tools. Every
 * problem of a file is reported at once in a {@link org.socialstrategy.io.StrategyFileException},
 * as {@link org.socialstrategy.io.FileProblem}s with file, line, column and path.
 *
 * <h2>How reading works, and why</h2>
 *
 * <p>The model stays free of Jackson. The format is written down once, as the records of {@code
 * FormatV1}: writing gives exactly the text Jackson's data binding gives for them (so their order
 * is the order of every file; a test compares the two byte for byte), but streams it from the
 * strategy to a generator without making the records, and the JSON Schema is generated from them.
 * Reading does not bind them with Jackson's data binding, whose first error stops it and whose
 * messages name Java types; instead:
 *
 * <ol>
 *   <li>Jackson's streaming parser, with limits on document length, nesting, text and number
 *       length, reads the document into a small tree that keeps every value's line and column and
 *       rejects duplicate keys, YAML anchors, aliases and tags. Nothing in the input can name a
 *       class, construct an object or reach a file or the network.
 *   <li>Each object of the tree is checked against the record it should match: unknown fields ("did
 *       you mean"), missing required fields, values of the wrong type and bad values are all
 *       reported, and reading goes on with a placeholder. The decoder makes one id, catalog value,
 *       day or decimal per distinct text, so every reference shares the instance of the element it
 *       names: lookups by id find the very instance they look for, and a loaded strategy is no
 *       larger than one built in code.
 *   <li>The strategy is built, so that the model checks its own invariants (duplicate ids, dangling
 *       references, date order, currencies) once, in one place; each violation's path carries list
 *       positions, which lead back to its line and column. Violations inside an object that already
 *       had a problem are left out, since they only echo it.
 * </ol>
 */
package org.socialstrategy.io;
