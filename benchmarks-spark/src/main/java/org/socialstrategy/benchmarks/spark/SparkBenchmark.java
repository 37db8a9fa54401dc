package org.socialstrategy.benchmarks.spark;

import java.io.BufferedReader;
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
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.socialstrategy.attribution.Attribution;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.JourneyOrder;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.attribution.spark.SparkAttribution;
import org.socialstrategy.testkit.JourneyGenerator;

/**
 * Times the in-process engine and Spark in local mode on one file of generated touchpoints, end to
 * end, after warm-up runs, and prints a Markdown table: medians, with the fastest and slowest run
 * when there are several.
 *
 * <p>The floor is reading the file's text as lines in one thread, doing nothing with them. Spark's
 * time split comes from prefixes of the job, each run from the file with nothing cached: the events
 * alone (read: CSV parsed into events), then the paths (journeys: the window, the cuts and the
 * paths, less the read), then the whole aggregate collected to the driver (aggregate: counting and
 * collecting, less the paths), then every model with its defaults on the driver (models). End to
 * end is the last pass with the models. The in-process engine streams, so its read, journeys and
 * aggregate are one figure, under aggregate. Garbage collection is the time and count of the JVM's
 * collectors during the end-to-end pass; in local mode the executors are this JVM.
 *
 * <pre>{@code
 * benchmarks-spark/run.sh --touchpoints 10000000 --runs 1 --warmups 0
 * }</pre>
 */
public final class SparkBenchmark {

  private SparkBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --touchpoints N} (default 1,000,000), {@code --runs N} (default 3), {@code
   *     --warmups N} (default 1), {@code --masters local[1],local[2]}, {@code --file PATH} (made
   *     when missing), {@code --skip in-process}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long touchpoints = 1_000_000;
    int runs = 3;
    int warmups = 1;
    List<String> masters = List.of("local[1]", "local[2]");
    Path file = null;
    boolean inProcess = true;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--touchpoints" -> touchpoints = Long.parseLong(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--warmups" -> warmups = Integer.parseInt(args[i + 1]);
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
            .withOrder(JourneyOrder.SORTED_BY_JOURNEY);
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
    System.out.println(
        "| engine | touchpoints/s | end to end (s) | read | journeys | aggregate | models | gc (s)"
            + " | collections |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    List<double[]> floor = new ArrayList<>();
    for (int run = 1 - warmups; run <= runs; run++) {
      Gc gc = Gc.now();
      long start = System.nanoTime();
      long lines = scan(file);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (run > 0 && lines > touches) {
        floor.add(
            new double[] {
              seconds, Double.NaN, Double.NaN, Double.NaN, Double.NaN, gc.seconds(), gc.count()
            });
      }
    }
    report("floor (the file's lines, one thread)", touches, floor);
    if (inProcess) {
      List<double[]> samples = new ArrayList<>();
      for (int run = 1 - warmups; run <= runs; run++) {
        Gc gc = Gc.now();
        long start = System.nanoTime();
        JourneyAggregate aggregate = EventCsv.read(file, options);
        long aggregated = System.nanoTime();
        models.forEach(model -> Attribution.byKey().attribute(model, aggregate));
        long end = System.nanoTime();
        if (run > 0) {
          samples.add(
              new double[] {
                (end - start) / 1e9,
                Double.NaN,
                Double.NaN,
                (aggregated - start) / 1e9,
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
              .getOrCreate();
      SparkAttribution engine = SparkAttribution.of(options);
      String name = file.toString();
      List<double[]> samples = new ArrayList<>();
      for (int run = 1 - warmups; run <= runs; run++) {
        long start = System.nanoTime();
        noop(engine.read(read(spark, file), name).dataset());
        long read = System.nanoTime() - start;
        start = System.nanoTime();
        noop(engine.paths(engine.read(read(spark, file), name)));
        long journeys = System.nanoTime() - start;
        Gc gc = Gc.now();
        start = System.nanoTime();
        JourneyAggregate aggregate = engine.aggregate(read(spark, file), name);
        long aggregated = System.nanoTime();
        models.forEach(model -> engine.attribute(model, aggregate));
        long end = System.nanoTime();
        if (run > 0) {
          samples.add(
              new double[] {
                (end - start) / 1e9,
                read / 1e9,
                (journeys - read) / 1e9,
                (aggregated - start - journeys) / 1e9,
                (end - aggregated) / 1e9,
                gc.seconds(),
                gc.count()
              });
        }
      }
      spark.stop();
      report("spark " + master, touches, samples);
    }
  }

  /** Computes every row of a dataset and writes nothing. */
  private static void noop(Dataset<Row> rows) {
    rows.write().format("noop").mode(SaveMode.Overwrite).save();
  }

  /** Reads the file's text as lines in one thread and does nothing with them: the floor. */
  private static long scan(Path file) throws IOException {
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      while (in.readLine() != null) {
        lines++;
      }
    }
    return lines;
  }

  private static Dataset<Row> read(SparkSession spark, Path file) {
    return spark.read().option("header", "true").option("escape", "\"").csv(file.toString());
  }

  private static long generate(Path file, long touchpoints) throws IOException {
    JourneyGenerator generator =
        JourneyGenerator.builder().seed(42).touchpoints(touchpoints).build();
    if (Files.exists(file)) {
      try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
        return lines.filter(line -> line.endsWith(",false,")).count();
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return generator.writeCsv(out);
    }
  }

  /** Prints a row of a Markdown table: medians, with the range when there are several runs. */
  private static void report(String engine, long touches, List<double[]> samples) {
    StringBuilder row = new StringBuilder("| ").append(engine).append(" | ");
    row.append(String.format(Locale.ROOT, "%,.0f", touches / median(column(samples, 0))));
    for (int c = 0; c < 6; c++) {
      double[] values = column(samples, c);
      double min = Arrays.stream(values).min().orElse(Double.NaN);
      double max = Arrays.stream(values).max().orElse(Double.NaN);
      row.append(" | ");
      if (Double.isNaN(median(values))) {
        row.append('-');
      } else if (samples.size() == 1) {
        row.append(String.format(Locale.ROOT, "%.2f", median(values)));
      } else {
        row.append(String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(values), min, max));
      }
    }
    row.append(String.format(Locale.ROOT, " | %.0f |", median(column(samples, 6))));
    System.out.println(row);
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
