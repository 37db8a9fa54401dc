package org.socialstrategy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.cli.SbsRuns.Run;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.testkit.RetailSample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code sbs attribute} end to end, on the retail case's third-quarter journeys. */
class AttributeCommandTest {

  private static final Path RETAIL = Path.of("..", "examples", "strategies", "retail.yaml");
  private static final Path JOURNEYS =
      Path.of("..", "examples", "analytics", "retail-journeys.csv");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static Run sbs(String... args) {
    return SbsRuns.sbs(args);
  }

  /** Runs {@code sbs attribute} on the retail journeys with the retail strategy. */
  private static Run attributeRetail(String... more) {
    List<String> args =
        new ArrayList<>(List.of("attribute", JOURNEYS.toString(), "--strategy", RETAIL.toString()));
    args.addAll(List.of(more));
    return sbs(args.toArray(String[]::new));
  }

  @Test
  void printsCreditsAsJsonWithKeyConversionsAndValue() throws IOException {
    Run run = attributeRetail("--model", "last-touch", "--format", "json");
    assertEquals(Sbs.OK, run.code(), run.err());
    JsonNode json = JSON.readTree(run.out());
    assertEquals("last-touch", json.get("model").get("name").asString());
    assertTrue(json.get("model").get("parameters").isObject());
    assertEquals(32, json.get("totals").get("conversions").asLong());
    assertEquals(2, json.get("totals").get("untouchedConversions").asLong());
    JsonNode shop = json.get("credits").get(0);
    assertEquals("fb-shop", shop.get("key").asString());
    assertEquals("tactic", shop.get("kind").asString());
    assertEquals("Facebook shop", shop.get("name").asString());
    assertEquals(26, shop.get("conversions").asDouble(), 1e-9);
    assertTrue(shop.get("value").isNumber());
    double credited = 0;
    for (JsonNode credit : json.get("credits")) {
      assertTrue(
          credit.has("key") && credit.has("conversions") && credit.has("value"), credit.toString());
      credited += credit.get("conversions").asDouble();
    }
    assertEquals(32, credited, 1e-9);
    assertEquals(3, json.get("periods").size());
    assertEquals("2027-07-01", json.get("periods").get(0).get("start").asString());
  }

  @Test
  void withoutAStrategyCreditsTouchpointKeys() throws IOException {
    Run run = sbs("attribute", JOURNEYS.toString(), "--model", "first-touch", "--format", "json");
    assertEquals(Sbs.OK, run.code(), run.err());
    JsonNode first = JSON.readTree(run.out()).get("credits").get(0);
    assertEquals("facebook / social / summer-contest", first.get("key").asString());
    assertEquals("touchpoint", first.get("kind").asString());
    assertEquals(17, first.get("conversions").asDouble(), 1e-9);
    assertFalse(JSON.readTree(run.out()).has("unmapped"));
  }

  @Test
  void reportsTouchpointsNoRuleMapsWithTheirShareOfConversions() {
    Run run = attributeRetail("--model", "last-touch", "--color", "never");
    assertEquals(Sbs.OK, run.code(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "Attribution by last-touch\n"
                    + "  32 conversions worth 3,140.40 from 2027-07-01 to 2027-09-30 in 3 periods\n"
                    + "  2 more conversions (256.90) had no touchpoint in the lookback window and"
                    + " are credited to none\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "Touchpoints no rule maps: 3 keys, 6.00 conversions (18.8%) credited to no"
                    + " tactic\n"),
        run.out());
    assertTrue(run.out().contains("  Facebook shop (fb-shop) "), run.out());
    assertTrue(run.out().contains("  (direct) / (none) (unmapped) "), run.out());
  }

  @Test
  void mergesTheAttributedObservationsIntoTheStrategyItWrites() throws IOException {
    Path strategy = dir.resolve("retail.yaml");
    Files.copy(RETAIL, strategy);
    String[] args = {
      "attribute",
      JOURNEYS.toString(),
      "--strategy",
      strategy.toString(),
      "--model",
      "last-touch",
      "--granularity",
      "quarter",
      "-o",
      strategy.toString()
    };
    Run first = sbs(args);
    assertEquals(Sbs.OK, first.code(), first.err());
    assertEquals("sbs: wrote " + strategy + " with 2 attributed observations\n", first.err());
    assertTrue(first.out().startsWith("Attribution by last-touch\n"), first.out());
    Strategy merged = StrategyFiles.read(strategy);
    List<Observation> attributed =
        merged.observations().stream().filter(AttributionObservations::isAttributed).toList();
    assertEquals(
        List.of(observation(RetailSample.SHOP, "26"), observation(RetailSample.FAN_CONTEST, "0")),
        attributed);
    Run again = sbs(args);
    assertEquals(
        "sbs: wrote "
            + strategy
            + " with 2 attributed observations (replacing 2 from an earlier"
            + " run)\n",
        again.err());
    assertEquals(merged, StrategyFiles.read(strategy));
  }

  private static Observation observation(String tactic, String value) {
    return Observation.builder()
        .metric(MetricId.of("net-new-customers"))
        .tactic(TacticId.of(tactic))
        .period(
            org.socialstrategy.model.DateRange.of(
                java.time.LocalDate.of(2027, 7, 1), java.time.LocalDate.of(2027, 9, 30)))
        .value(new BigDecimal(value))
        .source("attribution last-touch")
        .build();
  }

  @Test
  void writesTheReportToAnOutputFileThatIsNotAStrategy() throws IOException {
    Path csv = dir.resolve("credits.csv");
    Run run = attributeRetail("--format", "csv", "-o", csv.toString());
    assertEquals(Sbs.OK, run.code(), run.err());
    assertEquals("", run.out());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("period_start,period_end,key,kind,conversions,value", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2027-07-01,2027-07-31,fb-shop,tactic,")));
  }

  @Test
  void reportsEveryProblemOfBadInputWithItsPlace() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "journey_id,timestamp,channel,conversion\n"
            + "j1,yesterday,email,false\n"
            + "j1,2027-07-01T10:00:00Z,email,maybe\n");
    Run run = sbs("attribute", bad.toString(), "--color", "never");
    assertEquals(Sbs.INVALID, run.code());
    assertEquals("", run.out());
    assertEquals(
        bad
            + ":2:4: error: 'yesterday' is not a timestamp (expected an ISO instant such as"
            + " 2027-03-01T10:15:30Z, a local date-time such as 2027-03-01 10:15:30, or a date)\n"
            + bad
            + ":3:31: error: 'maybe' is not a conversion flag (expected true or false, 1 or 0,"
            + " yes or no)\n",
        run.err());
  }

  @Test
  void aMissingFileIsUnreadableWithExitTwo() {
    Run run = sbs("attribute", dir.resolve("none.csv").toString(), "--color", "never");
    assertEquals(Sbs.INVALID, run.code());
    assertEquals(
        dir.resolve("none.csv") + ":1:1: error: cannot read the file: no such file\n", run.err());
  }

  @Test
  void readsStandardInputAndTellsAPathTableByItsHeader() throws IOException {
    Run run =
        SbsRuns.withStandardInput(
            "path,total_conversions,total_conversion_value,total_null\n"
                + "email > paid-search,3,150.00,40\n"
                + "paid-search,1,20.00,60\n",
            "attribute",
            "-",
            "--model",
            "linear",
            "--format",
            "json");
    assertEquals(Sbs.OK, run.code(), run.err());
    JsonNode json = JSON.readTree(run.out());
    assertEquals(4, json.get("totals").get("conversions").asLong());
    assertEquals("paid-search", json.get("credits").get(0).get("key").asString());
    assertEquals(2.5, json.get("credits").get(0).get("conversions").asDouble(), 1e-9);
    Run broken = SbsRuns.withStandardInput("path,conversions\na,1.5\n", "attribute", "-");
    assertEquals(Sbs.INVALID, broken.code());
    assertEquals(
        "<stdin>:2:3: error: conversions must be a whole number of zero or more: '1.5'\n",
        broken.err());
  }

  @Test
  void comparesEveryModelAndTheCreditToTacticsThatServeNoGoal() throws IOException {
    Run run = attributeRetail("--compare", "--order", "2", "--format", "json");
    assertEquals(Sbs.OK, run.code(), run.err());
    JsonNode json = JSON.readTree(run.out());
    List<String> models = new ArrayList<>();
    json.get("models").forEach(m -> models.add(m.get("name").asString()));
    assertEquals(Models.NAMES, models);
    assertEquals("2", json.get("models").get(6).get("parameters").get("order").asString());
    assertEquals("last-touch", json.get("baseline").asString());
    JsonNode firstTouch = json.get("alignment").get(0);
    assertEquals(17, firstTouch.get("unaligned").asDouble(), 1e-9);
    assertEquals("fb-fan-contest", firstTouch.get("unalignedTactics").get(0).asString());
    Run text = attributeRetail("--compare", "--color", "never");
    assertTrue(text.out().contains("  first-touch             17.00 (53.1%), value "), text.out());
  }

  @Test
  void refusesOptionsThatDoNotFit() {
    assertEquals(
        Sbs.INVALID,
        sbs("attribute", JOURNEYS.toString(), "--model", "last-touch", "--order", "2").code());
    Run order = sbs("attribute", JOURNEYS.toString(), "--model", "linear", "--order", "2");
    assertTrue(order.err().startsWith("sbs: --order applies to the markov model, not linear\n"));
    Run model = sbs("attribute", JOURNEYS.toString(), "--model", "markov(order=9)");
    assertEquals(Sbs.INVALID, model.code());
    Run lookback = sbs("attribute", JOURNEYS.toString(), "--lookback", "soon");
    assertTrue(
        lookback.err().startsWith("sbs: --lookback takes a number of days from 1 to 36500, or"));
    Run compare = attributeRetail("--compare", "-o", dir.resolve("out.yaml").toString());
    assertEquals(Sbs.INVALID, compare.code());
    assertFalse(Files.exists(dir.resolve("out.yaml")));
  }

  @Test
  void aStrategyWithoutAMappingIsAnError() throws IOException {
    Path plain = dir.resolve("plain.yaml");
    Files.writeString(
        plain,
        StrategyFiles.write(
            RetailSample.strategy().withoutAttribution(),
            org.socialstrategy.io.StrategyFormat.YAML));
    Run run = sbs("attribute", JOURNEYS.toString(), "--strategy", plain.toString());
    assertEquals(Sbs.INVALID, run.code());
    assertEquals(
        "sbs: "
            + plain
            + " has no touchpoint mapping: add an 'attribution' section that maps touchpoints to"
            + " tactics (see docs/format.md)\n",
        run.err());
  }

  @Test
  void helpShowsExamples() {
    Run run = sbs("attribute", "--help");
    assertEquals(Sbs.OK, run.code());
    assertTrue(run.out().contains("Examples:"), run.out());
    assertTrue(
        run.out().contains("sbs attribute journeys.csv --strategy retail.yaml -o retail.yaml"));
    String examples = run.out().substring(run.out().indexOf("Examples:"));
    for (String line : examples.substring(0, examples.indexOf("\n\n")).split("\n")) {
      assertTrue(
          line.equals("Examples:")
              || line.startsWith("  sbs attribute ")
              || line.startsWith("    "),
          "an example wrapped by the help's width: '" + line + "'");
    }
    assertTrue(sbs("--help").out().contains("attribute"));
  }
}
