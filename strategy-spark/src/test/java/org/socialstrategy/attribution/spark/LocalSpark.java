package org.socialstrategy.attribution.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session the module's tests share: two threads, bound to the loopback address,
 * no web UI, few shuffle partitions. It starts once per test JVM (about ten seconds) and stops with
 * the JVM.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("strategy-spark tests")
              .master("local[2]")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "3")
              .config("spark.default.parallelism", "3")
              .config("spark.sql.adaptive.enabled", "false")
              .getOrCreate();
    }
    return session;
  }
}
