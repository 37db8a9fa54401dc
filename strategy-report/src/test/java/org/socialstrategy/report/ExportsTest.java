package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.StrategyValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportsTest {

  private static final Path RETAIL = Path.of("..", "examples", "strategies", "retail.yaml");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  private static ValidatedFile validated(String name, StrategyDocument document) {
    return new ValidatedFile(name, document, VALIDATOR.validate(document.strategy()));
  }

  private static Schema sarifSchema() throws IOException {
    try (InputStream in = ExportsTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  @Test
  void findingsPointAtTheLineOfTheirElement() {
    StrategyDocument retail = StrategyFiles.load(RETAIL);
    Finding unaligned =
        VALIDATOR.validate(retail.strategy()).byRule("unaligned-tactic").findings().get(0);
    assertEquals("tactics[fb-fan-contest]", unaligned.path().toString());
    assertEquals(new FilePosition(96, 5), retail.locate(unaligned.path()));
    assertEquals("retail.yaml", retail.source());
  }

  @Test
  void sarifIsValidAndLocatesEveryResult() throws IOException {
    StrategyDocument retail = StrategyFiles.load(RETAIL);
    StrategyDocument suppressed =
        StrategyFiles.load(
            Files.readString(RETAIL)
                + "suppressions:\n"
                + "  - rule: unaligned-tactic\n"
                + "    subject: tactic:fb-fan-contest\n"
                + "    reason: brand awareness test, ends in March\n",
            "retail copy.yaml");
    String sarif =
        SarifReport.render(
            List.of(
                validated("examples/strategies/retail.yaml", retail),
                validated("examples/strategies/retail copy.yaml", suppressed)),
            VALIDATOR.rules(),
            "0.1.0");
    JsonNode log = JSON.readTree(sarif);
    assertEquals(List.of(), sarifSchema().validate(log).stream().map(Error::toString).toList());
    JsonNode run = log.get("runs").get(0);
    assertEquals("sbs", run.get("tool").get("driver").get("name").asString());
    JsonNode first = run.get("results").get(0);
    assertEquals("SBS101", first.get("ruleId").asString());
    assertEquals("error", first.get("level").asString());
    JsonNode region = first.get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(96, region.get("startLine").asInt());
    assertEquals(
        "examples/strategies/retail%20copy.yaml",
        run.get("artifacts").get(1).get("location").get("uri").asString());
    boolean justified = false;
    for (JsonNode result : run.get("results")) {
      if (result.has("suppressions")) {
        justified = true;
        assertEquals(
            "brand awareness test, ends in March",
            result.get("suppressions").get(0).get("justification").asString());
      }
    }
    assertTrue(justified, "the suppressed finding is kept with its justification");
  }

  @Test
  void findingsJsonCountsAndLocatesFindings() {
    StrategyDocument retail = StrategyFiles.load(RETAIL);
    ValidatedFile file = validated("retail.yaml", retail);
    JsonNode json = JSON.readTree(FindingsJson.render(List.of(file)));
    assertEquals(1, json.get("files").asInt());
    assertEquals(
        file.report().count(org.socialstrategy.scoring.validation.Severity.ERROR),
        json.get("counts").get("errors").asInt());
    JsonNode finding = json.get("results").get(0).get("findings").get(0);
    assertEquals("SBS101", finding.get("ruleId").asString());
    assertEquals("tactic:fb-fan-contest", finding.get("subject").asString());
    assertEquals(96, finding.get("line").asInt());
    assertEquals(5, finding.get("column").asInt());
  }

  @Test
  void scorecardJsonCarriesEveryFigure() {
    Scorecard card = Scorecard.of(StrategyFiles.read(RETAIL), LocalDate.of(2027, 6, 30));
    JsonNode json = JSON.readTree(ScorecardJson.render(card));
    assertEquals("Acme Outfitters", json.get("organization").asString());
    List<String> fields = new ArrayList<>();
    json.propertyNames().forEach(fields::add);
    assertEquals(List.of("organization", "asOf", "results", "plan"), fields.subList(0, 4));
    assertEquals(card.results().score().getAsInt(), json.get("results").get("score").asInt());
    assertTrue(json.get("results").get("measured").asBoolean());
    assertEquals(card.plan().score().getAsInt(), json.get("plan").get("score").asInt());
    assertEquals(7, json.get("successFactors").size());
    JsonNode technology = json.get("successFactors").get(6);
    assertFalse(technology.get("applicable").asBoolean(), "retail has no platforms");
    assertFalse(technology.has("score"), "no number for a factor that does not apply");
    assertEquals("presence", json.get("maturity").get("stage").asString());
    assertEquals("off-track", json.get("objectives").get(0).get("status").asString());
    assertEquals("to-date", json.get("returns").get(0).get("basis").asString());
    assertEquals("no-outcome-metric", json.get("returns").get(1).get("gaps").get(0).asString());
    assertEquals(card.maturity().stage().level(), json.get("maturity").get("level").asInt());
    JsonNode shop = json.get("returns").get(0);
    assertTrue(shop.get("cost").get("amount").isString(), "money is exact text");
    assertEquals(
        0, card.returns().get(0).roi().orElseThrow().compareTo(shop.get("roi").decimalValue()));
  }
}
