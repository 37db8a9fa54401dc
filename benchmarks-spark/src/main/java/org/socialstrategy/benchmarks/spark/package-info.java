/**
 * The in-process attribution engine against Spark in local mode on one file of generated
 * touchpoints: {@link org.socialstrategy.benchmarks.spark.SparkBenchmark}.
 */
package org.socialstrategy.benchmarks.spark;
