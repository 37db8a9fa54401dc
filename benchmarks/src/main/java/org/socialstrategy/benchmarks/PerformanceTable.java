package org.socialstrategy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one JMH run's JSON results, with the memory and cold-start figures measured beside it, into
 * the table of {@code docs/performance.md}: each operation with its floor from the same run, the
 * ratio, the target and whether the run met it. Run by {@code benchmarks/run.sh}.
 */
public final class PerformanceTable {

  private static final String START = "<!-- results:start -->";
  private static final String END = "<!-- results:end -->";

  private final Map<String, Double> scores = new LinkedHashMap<>();
  private final Map<String, Double> errors = new LinkedHashMap<>();
  private final List<String> rows = new ArrayList<>();
  private int missed;

  private PerformanceTable(JsonNode results) {
    for (JsonNode result : results) {
      String name = result.get("benchmark").asString();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      StringBuilder key = new StringBuilder(name);
      JsonNode params = result.get("params");
      if (params != null) {
        params.properties().forEach(p -> key.append(' ').append(p.getValue().asString()));
      }
      scores.put(key.toString(), result.get("primaryMetric").get("score").asDouble());
      JsonNode error = result.get("primaryMetric").get("scoreError");
      errors.put(key.toString(), error.isNumber() ? error.asDouble() : Double.NaN);
    }
  }

  /**
   * Writes the table.
   *
   * @param args the JMH results (JSON), the output file (where it holds the results markers, only
   *     the part between them is replaced), the retained bytes per tactic of a generated and of a
   *     loaded 100,000-tactic strategy, the cold start of {@code sbs validate} in milliseconds, and
   *     a description of the run
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    PerformanceTable table = new PerformanceTable(results);
    String markdown =
        table.render(
            Double.parseDouble(args[2]),
            Double.parseDouble(args[3]),
            Double.parseDouble(args[4]),
            args[5]);
    Path out = Path.of(args[1]);
    Files.writeString(out, splice(out, markdown), StandardCharsets.UTF_8);
    System.out.print(markdown);
    System.out.println(table.missed == 0 ? "every target met" : table.missed + " target(s) missed");
  }

  /**
   * Puts the table between the results markers of an existing document, leaving its prose alone; a
   * file without the markers, or no file yet, gets the table alone.
   */
  private static String splice(Path document, String table) throws IOException {
    if (!Files.exists(document)) {
      return table;
    }
    String text = Files.readString(document, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      return table;
    }
    return text.substring(0, start + START.length()) + "\n" + table + text.substring(end);
  }

  private String render(double generatedBytes, double loadedBytes, double coldStart, String run) {
    StringBuilder out = new StringBuilder();
    out.append("| operation | tactics | time (ms) | floor | floor (ms) | ratio | target | met |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (String size : List.of("1000", "10000", "100000")) {
      ratio(
          "validation, default rules",
          "InMemoryBenchmarks.validate",
          "traversal",
          size,
          size.equals("100000") ? 3.0 : Double.NaN);
      ratio(
          "validation, default rules, the strategy read from JSON",
          "InMemoryBenchmarks.validateLoaded",
          "traversalLoaded",
          size,
          Double.NaN);
      for (String family : List.of("GOALS", "TACTICS", "ORGANIZATION", "GOVERNANCE", "ROADMAP")) {
        ratio(
            "validation, " + family.toLowerCase(Locale.ROOT) + " rules",
            "RuleFamilyBenchmarks.validateFamily " + family,
            "traversal",
            size,
            Double.NaN);
      }
      ratio("scorecard", "InMemoryBenchmarks.scorecard", "traversal", size, Double.NaN);
      ratio("build with every check", "InMemoryBenchmarks.build", "traversal", size, Double.NaN);
      ratio("one copy-on-write edit", "InMemoryBenchmarks.edit", "traversal", size, Double.NaN);
      ratio("JSON read", "FileBenchmarks.jsonRead", "jsonTokenScan", size, 2.5);
      ratio("JSON write", "FileBenchmarks.jsonWrite", "jsonRawGenerator", size, 2.0);
      ratio("YAML read", "FileBenchmarks.yamlRead", "jsonTokenScan", size, Double.NaN);
      ratio("YAML write", "FileBenchmarks.yamlWrite", "jsonRawGenerator", size, Double.NaN);
    }
    Double small = scores.get("InMemoryBenchmarks.validate 10000");
    Double large = scores.get("InMemoryBenchmarks.validate 100000");
    out.append(String.join("", rows));
    StringBuilder extra =
        new StringBuilder("\n| measure | value | target | met |\n|---|---|---|---|\n");
    if (small != null && large != null) {
      extra.append(
          row(
              "validation, 100,000 over 10,000 tactics",
              format(large / small) + "x",
              "<= 11x",
              large / small <= 11));
    }
    Double csv = scores.get("CsvBenchmarks.importRows");
    if (csv != null) {
      extra.append(
          row(
              "CSV import, 1,000,000 rows",
              String.format(Locale.ROOT, "%,.0f rows/s", csv),
              ">= 1,000,000 rows/s",
              csv >= 1_000_000));
    }
    extra.append(
        row(
            "retained memory, generated 100,000-tactic strategy",
            Math.round(generatedBytes) + " bytes/tactic",
            "",
            true));
    extra.append(
        row(
            "retained memory, 100,000-tactic strategy loaded from JSON",
            Math.round(loadedBytes) + " bytes/tactic",
            "<= 1,024 bytes/tactic",
            loadedBytes <= 1024));
    extra.append(
        row(
            "cold start, `sbs validate` on the bundled sample (whole process)",
            Math.round(coldStart) + " ms",
            "",
            true));
    return "Run: " + run + "\n\n" + out + extra;
  }

  private void ratio(String operation, String benchmark, String floor, String size, double target) {
    Double time = scores.get(benchmark + " " + size);
    Double floorTime =
        scores.get((floor.contains(".") ? floor : prefix(benchmark) + floor) + " " + size);
    if (time == null || floorTime == null) {
      return;
    }
    double ratio = time / floorTime;
    boolean hasTarget = !Double.isNaN(target);
    boolean met = !hasTarget || ratio <= target;
    if (!met) {
      missed++;
    }
    rows.add(
        "| "
            + operation
            + " | "
            + String.format(Locale.ROOT, "%,d", Integer.parseInt(size))
            + " | "
            + format(time)
            + margin(errors.get(benchmark + " " + size))
            + " | "
            + floor
            + " | "
            + format(floorTime)
            + " | "
            + format(ratio)
            + "x | "
            + (hasTarget ? "<= " + format(target) + "x" : "")
            + " | "
            + (hasTarget ? (met ? "yes" : "**no**") : "")
            + " |\n");
  }

  /** The 99.9% margin JMH gives, or nothing when a run had too few iterations for one. */
  private static String margin(double error) {
    return Double.isFinite(error) ? " ± " + format(error) : "";
  }

  private String row(String measure, String value, String target, boolean met) {
    if (!met) {
      missed++;
    }
    return "| "
        + measure
        + " | "
        + value
        + " | "
        + target
        + " | "
        + (target.isEmpty() ? "" : met ? "yes" : "**no**")
        + " |\n";
  }

  private static String prefix(String benchmark) {
    return benchmark.contains("File") ? "FileBenchmarks." : "InMemoryBenchmarks.";
  }

  private static String format(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }
}
