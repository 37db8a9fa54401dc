package org.socialstrategy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one JMH run of the attribution benchmarks ({@code -prof gc}), with the memory measured
 * beside it, into the results table of {@code docs/attribution.md}: each operation beside its floor
 * from the same run, the allocation per operation, and the targets. Run by {@code
 * benchmarks/attribution.sh}.
 */
public final class AttributionTable {

  private static final String START = "<!-- attribution-results:start -->";
  private static final String END = "<!-- attribution-results:end -->";

  private final Map<String, double[]> scores = new LinkedHashMap<>();

  private AttributionTable(JsonNode results) {
    for (JsonNode result : results) {
      String name = result.get("benchmark").asString();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode params = result.get("params");
      String key =
          name
              + (params != null && params.has("paths") ? " " + params.get("paths").asString() : "");
      JsonNode primary = result.get("primaryMetric");
      JsonNode alloc = result.get("secondaryMetrics").get("gc.alloc.rate.norm");
      JsonNode error = primary.get("scoreError");
      scores.put(
          key,
          new double[] {
            primary.get("score").asDouble(),
            error.isNumber() ? error.asDouble() : Double.NaN,
            alloc == null ? Double.NaN : alloc.get("score").asDouble()
          });
    }
  }

  /**
   * Writes the table.
   *
   * @param args the JMH results (JSON), the document to write into (between the results markers),
   *     the bytes per distinct path of a 100,000-path table and of an aggregate, and a description
   *     of the run
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    String table =
        new AttributionTable(results)
            .render(Double.parseDouble(args[2]), Double.parseDouble(args[3]), args[4]);
    Path out = Path.of(args[1]);
    String text = Files.readString(out, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start >= 0 && end > start) {
      text = text.substring(0, start + START.length()) + "\n" + table + text.substring(end);
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    System.out.print(table);
  }

  private String render(double tableBytes, double aggregateBytes, String run) {
    StringBuilder out = new StringBuilder("Run: ").append(run).append("\n\n");
    out.append(
            "| operation | size | result | floor | floor result | ratio | allocated per touchpoint (aggregation) or per run (models) | target | met |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    double[] scan = scores.get("AggregationBenchmarks.csvTokenScan");
    for (String op : new String[] {"aggregateSorted", "aggregateAnyOrder"}) {
      double[] score = scores.get("AggregationBenchmarks." + op);
      if (score == null || scan == null) {
        continue;
      }
      double ratio = scan[0] / score[0];
      boolean sorted = op.equals("aggregateSorted");
      out.append(
          row(
              sorted ? "aggregation, sorted by journey" : "aggregation, any order",
              "1,000,000 touchpoints",
              String.format(Locale.ROOT, "%,.0f touchpoints/s", score[0]),
              "CSV token scan",
              String.format(Locale.ROOT, "%,.0f tokens rows/s", scan[0])
                  .replace(" tokens rows", " touchpoints"),
              ratio,
              score[2],
              sorted ? "<= 2x" : "",
              !sorted || ratio <= 2));
    }
    for (String paths : new String[] {"1000", "10000", "100000"}) {
      double[] floor = scores.get("ModelBenchmarks.tableScan " + paths);
      for (String op :
          new String[] {"lastTouch", "shapley", "markovOrder1", "markovOrder3", "shapleyRate"}) {
        double[] score = scores.get("ModelBenchmarks." + op + " " + paths);
        if (score == null || floor == null) {
          continue;
        }
        String target = "";
        boolean met = true;
        if (paths.equals("100000") && op.equals("markovOrder1")) {
          target = "< 60 ms";
          met = score[0] < 60;
        } else if (paths.equals("100000") && op.equals("markovOrder3")) {
          target = "< 320 ms";
          met = score[0] < 320;
        }
        out.append(
            row(
                op,
                String.format(Locale.ROOT, "%,d paths x 20", Integer.parseInt(paths)),
                format(score[0])
                    + (Double.isFinite(score[1]) ? " ± " + format(score[1]) : "")
                    + " ms",
                "table scan",
                format(floor[0]) + " ms",
                score[0] / floor[0],
                score[2],
                target,
                met));
      }
    }
    out.append("\n| measure | value |\n|---|---|\n")
        .append(
            String.format(
                Locale.ROOT,
                "| retained memory, path table of 100,000 distinct paths over 20 channels | %,.0f bytes per distinct path |\n",
                tableBytes))
        .append(
            String.format(
                Locale.ROOT,
                "| retained memory, aggregate of 1,000,000 generated touchpoints (time decay included) | %,.0f bytes per distinct path |\n",
                aggregateBytes));
    return out.toString();
  }

  private static String row(
      String operation,
      String size,
      String result,
      String floor,
      String floorResult,
      double ratio,
      double allocated,
      String target,
      boolean met) {
    return "| "
        + operation
        + " | "
        + size
        + " | "
        + result
        + " | "
        + floor
        + " | "
        + floorResult
        + " | "
        + format(ratio)
        + "x | "
        + (Double.isFinite(allocated) ? String.format(Locale.ROOT, "%,.0f B", allocated) : "")
        + " | "
        + target
        + " | "
        + (target.isEmpty() ? "" : met ? "yes" : "**no**")
        + " |\n";
  }

  private static String format(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }
}
