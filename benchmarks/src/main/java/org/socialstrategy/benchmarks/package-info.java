/**
 * JMH benchmarks of the library at enterprise scale: testkit strategies of 1,000, 10,000 and
 * 100,000 tactics. Each operation runs beside its floor in the same run (a bare traversal of the
 * same strategy for in-memory work), so results are read as ratios, which hold across machines
 * better than times do. {@code benchmarks/run.sh} builds and runs the suite and writes the table of
 * {@code docs/performance.md}.
 */
package org.socialstrategy.benchmarks;
