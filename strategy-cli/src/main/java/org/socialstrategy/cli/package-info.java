/**
 * The {@code sbs} command line: validate strategy files like a compiler (text, JSON or SARIF),
 * score them, write HTML and Markdown reports and diagrams, print the JSON Schema, and start a new
 * strategy file. With no file, every command works on the bundled sample strategy and says so.
 *
 * <p>Exit codes: 0 when all is well, 1 when {@code validate} finds something at or above its {@code
 * --fail-on} severity, 2 when a file cannot be read or is invalid, or the command line is wrong.
 * Problems are reported as messages naming file, line and column, never as stack traces.
 */
package org.socialstrategy.cli;
