/**
 * Strategy files: the versioned JSON and YAML format, its JSON Schema, and observations imported
 * from CSV. This module knows the model and nothing else: scoring, validation and every output
 * people read live in {@code strategy-scoring} and {@code strategy-report}.
 *
 * <p>{@link org.socialstrategy.io.StrategyFiles} reads and writes strategies; {@link
 * org.socialstrategy.io.ObservationsCsv} merges measured values exported by analytics tools. Every
 * problem of a file is reported at once in a {@link org.socialstrategy.io.StrategyFileException},
 * as {@link org.socialstrategy.io.FileProblem}s with file, line, column and path. {@link
 * org.socialstrategy.io.AtomicFiles} writes every file the library and the command line write in
 * one step: a failed write leaves the old file as it was.
 *
 * <p>Writing and reading are held to each other: every strategy the reader accepts writes, in JSON
 * and in YAML, so that it reads back equal ({@code FormatV1Values} holds the values both ways:
 * exact decimals, Unicode texts, four-digit years), and a strategy built in code that a file cannot
 * carry is refused, naming the element and the field, before a file is touched.
 *
 * <h2>The pipeline, and how the names show it</h2>
 *
 * <p>The public API is the handful of types above; everything else is package-private, so one
 * package holds the three stages and the class names carry the stage:
 *
 * <ol>
 *   <li><b>Reading with positions</b> ({@code Tree*}, {@code YamlGuardReader}): Jackson's streaming
 *       parser, with limits on document length, nesting, text and number length, reads the document
 *       into a small tree ({@code TreeNode}) that keeps every value's line and column and rejects
 *       duplicate keys, YAML anchors, aliases and tags. Nothing in the input can name a class,
 *       construct an object or reach a file or the network. {@code TreeSyntaxMessages} puts the
 *       parsers' complaints in this library's words; {@code TreeLocator} leads a path of the model
 *       back to a line and column; {@code TreePath} makes a value's path only when a problem asks
 *       for it.
 *   <li><b>The version 1 binding</b> ({@code FormatV1*}): the format is written down once, as the
 *       records of {@code FormatV1}. {@code FormatV1Shapes} reads from them what each object may
 *       hold; {@code FormatV1Object} checks one object of the tree against its shape, reporting
 *       unknown fields ("did you mean"), missing required fields, values of the wrong type and bad
 *       values, and reading goes on with a placeholder; {@code FormatV1Decoder} builds the
 *       strategy, so that the model checks its own invariants (duplicate ids, dangling references,
 *       date order, currencies) once, and each violation's path, which carries list positions,
 *       leads back to its line. {@code FormatV1Encoder} is the one fast path: it streams a strategy
 *       to a generator without making the records. The JSON Schema is generated from the records,
 *       and a test checks that every file the encoder writes has exactly the objects, fields, order
 *       and kinds of value the records describe and reads back equal.
 *   <li><b>CSV</b> ({@code Csv*}, {@link org.socialstrategy.io.ObservationsCsv}): Jackson's CSV
 *       parser streams the cells with their positions; the rows become observations, checked
 *       against the strategy and reported at the cells they concern.
 * </ol>
 *
 * <h2>Why a located tree of our own, and not data binding</h2>
 *
 * <p>Jackson's data binding stops at its first error, and even the problem-collecting reader of
 * databind 3.1 ({@code ObjectReader.problemCollectingReader()}) does not serve a strategy file:
 *
 * <ul>
 *   <li>Most problems of a strategy are not binding problems but the model's invariants (a tactic
 *       that supports a goal that does not exist, a date range backwards), found after binding;
 *       reporting them at their line and column needs a map from model paths, which name elements
 *       by id and position, back to the text. The located tree is that map.
 *   <li>Duplicate keys are either a fatal stream error (strict detection) or silently resolved to
 *       the last value; here each is reported with both positions and reading goes on.
 *   <li>Missing required fields, wrong kinds and unknown fields must all be reported in one pass,
 *       with "did you mean", in the library's own words rather than messages that name Java types;
 *       and a syntax error ends collection in databind as it does here.
 *   <li>YAML anchors, aliases and tags would be resolved by binding (an alias bomb is expanded
 *       before anything can refuse it); the tree reader refuses them as it meets them.
 * </ul>
 *
 * <p>The decoder makes one id, catalog value, day or decimal per distinct text, so every reference
 * shares the instance of the element it names and a loaded strategy is no larger than one built in
 * code.
 *
 * <h2>Positions without an object per token</h2>
 *
 * <p>For JSON, the tree reader reads a value's line and column from the parser's own counters
 * ({@code ParserBase.getTokenLineNr()} and {@code getTokenColumnNr()}: a public class in a package
 * jackson-core exports, though an implementation base rather than the {@code JsonParser}
 * interface); keys, YAML and documents read for editing use {@code
 * JsonParser.currentTokenLocation()}, which makes a location object per call. JMH, reading a
 * strategy of 10,000 tactics as JSON (benchmarks module, {@code FileBenchmarks.jsonRead}, two forks
 * of five 3-second iterations): with the public call for every value, 97.3 MB allocated per read;
 * with the counters, 67.1 MB, 83 ms per read. A third less allocation for twelve lines is worth the
 * one cast, and a parser that is not a {@code ParserBase} still takes the public path.
 *
 * <p>The CSV tokenizer is Jackson's ({@code jackson-dataformat-csv}) rather than a hand-written
 * one: in the same JMH run setup, importing observation rows allocates 433 bytes per row against
 * the hand tokenizer's 393 (10% more), at a throughput equal within the noise (1.36 million rows a
 * second &plusmn; 0.21 against 1.03 &plusmn; 0.21 million on a busier machine); a well-kept RFC
 * 4180 parser with locations instead of 200 lines of our own.
 */
package org.socialstrategy.io;
