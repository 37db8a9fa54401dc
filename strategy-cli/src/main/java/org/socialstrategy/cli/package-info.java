/**
 * The {@code sbs} command line: validate strategy files like a compiler (text, JSON or SARIF),
 * score them, write HTML and Markdown reports and diagrams, print the JSON Schema, and start a new
 * strategy file; for files that live in git, change values without rewriting the file ({@code
 * set}), format on request ({@code fmt}), review a change ({@code diff}, also against a git
 * revision) and record a baseline of accepted findings ({@code baseline}). Commands that read a
 * strategy take the bundled sample with {@code --sample} and say so.
 *
 * <p>Exit codes: 0 when all is well, 1 when {@code validate} finds something at or above its {@code
 * --fail-on} severity (or {@code diff} and {@code fmt --check} find what they were asked to fail
 * on), 2 when a file cannot be read or is invalid, or the command line is wrong. Problems are
 * reported as messages naming file, line and column, never as stack traces.
 */
package org.socialstrategy.cli;
