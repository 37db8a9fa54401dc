package org.socialstrategy.benchmarks.spark;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.attribution.spark.SparkAttribution;
import org.socialstrategy.attribution.spark.SparkEvents;
import org.socialstrategy.testkit.JourneyGenerator;

/**
 * Times the in-process engine and Spark in local mode on one file of generated touchpoints, end to
 * end, several runs each after a warm-up, and prints medians with the fastest and slowest run.
 *
 * <p>Per run of Spark it times the job as it runs (one pass, nothing persisted) and, in a second
 * pass with each stage persisted and counted, the time split: read (CSV parsed into events),
 * journeys (the window and the paths), aggregate (counting and collecting) and models (every model
 * with its defaults, on the driver). The in-process engine streams, so its read, journeys and
 * aggregate are one figure. Garbage collection is the time and count of the JVM's collectors during
 * the run; in local mode the executors are this JVM.
 *
 * <pre>{@code
 * java [Spark's --add-opens] -cp ... org.socialstrategy.benchmarks.spark.SparkBenchmark \
 *     --touchpoints 10000000 --runs 3 --masters local[1],local[2]
 * }</pre>
 */
public final class SparkBenchmark {

  private SparkBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --touchpoints N} (default 1,000,000), {@code --runs N} (default 3), {@code
   *     --masters local[1],local[2]}, {@code --file PATH} (made when missing), {@code --skip
   *     in-process}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long touchpoints = 1_000_000;
    int runs = 3;
    List<String> masters = List.of("local[1]", "local[2]");
    Path file = null;
    boolean inProcess = true;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--touchpoints" -> touchpoints = Long.parseLong(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--masters" -> masters = Arrays.asList(args[i + 1].split(","));
        case "--file" -> file = Path.of(args[i + 1]);
        case "--skip" -> inProcess = !args[i + 1].equals("in-process");
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (file == null) {
      file = Path.of("target", "touchpoints-" + touchpoints + ".csv");
    }
    long touches = generate(file, touchpoints);
    AggregationOptions options =
        AggregationOptions.defaults()
            .withGranularity(PeriodGranularity.MONTH)
            .withOrder(org.socialstrategy.attribution.data.JourneyOrder.SORTED_BY_JOURNEY);
    List<AttributionModel> models = Models.defaults();
    System.out.printf(
        Locale.ROOT,
        "%s: %,d touchpoints, %,d bytes; %s; %d cores; %s%n",
        file,
        touches,
        Files.size(file),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    if (inProcess) {
      List<double[]> samples = new ArrayList<>();
      for (int run = 0; run <= runs; run++) {
        Gc gc = Gc.now();
        long start = System.nanoTime();
        JourneyAggregate aggregate = EventCsv.read(file, options);
        long aggregated = System.nanoTime();
        models.forEach(
            model ->
                org.socialstrategy.attribution.Attribution.byKey().attribute(model, aggregate));
        long end = System.nanoTime();
        if (run > 0) {
          samples.add(
              new double[] {
                (end - start) / 1e9,
                (aggregated - start) / 1e9,
                0,
                0,
                (end - aggregated) / 1e9,
                gc.seconds(),
                gc.count()
              });
        }
      }
      report("in-process (one thread)", touches, samples);
    }
    for (String master : masters) {
      SparkSession spark =
          SparkSession.builder()
              .appName("sbs attribution benchmark")
              .master(master)
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.memory", "4g")
              .getOrCreate();
      SparkAttribution engine = SparkAttribution.of(options);
      List<double[]> samples = new ArrayList<>();
      for (int run = 0; run <= runs; run++) {
        Gc gc = Gc.now();
        long start = System.nanoTime();
        JourneyAggregate aggregate = engine.aggregate(read(spark, file), file.toString());
        long aggregated = System.nanoTime();
        models.forEach(model -> engine.attribute(model, aggregate));
        long end = System.nanoTime();
        double gcSeconds = gc.seconds();
        double gcCount = gc.count();
        double[] split = split(spark, engine, file, models);
        if (run > 0) {
          samples.add(
              new double[] {
                (end - start) / 1e9, split[0], split[1], split[2], split[3], gcSeconds, gcCount
              });
        }
      }
      spark.stop();
      report("spark " + master, touches, samples);
    }
  }

  /** Times each stage with the one before it persisted. */
  private static double[] split(
      SparkSession spark, SparkAttribution engine, Path file, List<AttributionModel> models) {
    long start = System.nanoTime();
    SparkEvents events = engine.read(read(spark, file), file.toString());
    events.dataset().persist(StorageLevel.MEMORY_AND_DISK());
    events.dataset().count();
    long read = System.nanoTime();
    Dataset<Row> paths = engine.paths(events).persist(StorageLevel.MEMORY_AND_DISK());
    paths.count();
    long journeys = System.nanoTime();
    JourneyAggregate aggregate = engine.aggregate(events, paths);
    long aggregated = System.nanoTime();
    models.forEach(model -> engine.attribute(model, aggregate));
    long end = System.nanoTime();
    paths.unpersist(true);
    events.dataset().unpersist(true);
    return new double[] {
      (read - start) / 1e9,
      (journeys - read) / 1e9,
      (aggregated - journeys) / 1e9,
      (end - aggregated) / 1e9
    };
  }

  private static Dataset<Row> read(SparkSession spark, Path file) {
    return spark.read().option("header", "true").option("escape", "\"").csv(file.toString());
  }

  private static long generate(Path file, long touchpoints) throws IOException {
    JourneyGenerator generator =
        JourneyGenerator.builder().seed(42).touchpoints(touchpoints).build();
    if (Files.exists(file)) {
      return Files.lines(file).filter(l -> l.endsWith(",false,")).count();
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return generator.writeCsv(out);
    }
  }

  private static void report(String engine, long touches, List<double[]> samples) {
    String[] names = {"end to end", "read", "journeys", "aggregate", "models", "gc", "gc count"};
    StringBuilder line = new StringBuilder(engine).append(':');
    double[] totals = column(samples, 0);
    line.append(String.format(Locale.ROOT, " %,.0f touchpoints/s;", touches / median(totals)));
    for (int c = 0; c < names.length; c++) {
      double[] values = column(samples, c);
      line.append(
          String.format(
              Locale.ROOT,
              " %s %.2f (%.2f-%.2f)",
              names[c],
              median(values),
              Arrays.stream(values).min().orElse(0),
              Arrays.stream(values).max().orElse(0)));
    }
    System.out.println(line);
  }

  private static double[] column(List<double[]> samples, int c) {
    return samples.stream().mapToDouble(s -> s[c]).toArray();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length == 0
        ? 0
        : sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static String loadAverage() {
    return String.format(
        Locale.ROOT,
        "load average %.1f",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** The collectors' time and count since it was made. */
  private record Gc(long since, long collections) {
    static Gc now() {
      long millis = 0;
      long count = 0;
      for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
        millis += bean.getCollectionTime();
        count += bean.getCollectionCount();
      }
      return new Gc(millis, count);
    }

    double seconds() {
      return (now().since - since) / 1e3;
    }

    double count() {
      return now().collections - collections;
    }
  }
}
