/**
 * JMH benchmarks of the library at enterprise scale, each beside its floor. Filled by the
 * performance work.
 */
package org.socialstrategy.benchmarks;
