package org.socialstrategy.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.report.FindingsJson;
import org.socialstrategy.report.HtmlReport;
import org.socialstrategy.report.MarkdownReport;
import org.socialstrategy.report.SarifReport;
import org.socialstrategy.report.ScorecardJson;
import org.socialstrategy.report.ValidatedFile;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.StrategyValidator;

/** The library inside an application whose Jackson is Spring Boot 3's. */
class SpringBootThreeConsumerTest {

  private static final Path RETAIL = Path.of("..", "..", "examples", "strategies", "retail.yaml");

  @TempDir Path dir;

  @Test
  void theApplicationRunsOnSpringBootsJacksonTwo() {
    assertEquals(
        "2.19",
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString().substring(0, 4));
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"),
        "the annotations Jackson 3's data binding needs (2.22) are not there");
  }

  @Test
  void readsValidatesScoresRendersAndWritesStrategies() throws Exception {
    StrategyDocument document = StrategyFiles.load(RETAIL);
    Strategy strategy = document.strategy();
    StrategyValidator validator = StrategyValidator.defaults();
    ValidatedFile validated =
        new ValidatedFile("retail.yaml", document, validator.validate(strategy));
    Scorecard card = Scorecard.of(strategy, LocalDate.of(2027, 6, 30), validator);

    ObjectMapper jackson2 = new ObjectMapper();
    JsonNode findings = jackson2.readTree(FindingsJson.render(List.of(validated)));
    assertEquals(1, findings.get("counts").get("errors").asInt());
    JsonNode sarif =
        jackson2.readTree(SarifReport.render(List.of(validated), validator.rules(), "test"));
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode scorecard = jackson2.readTree(ScorecardJson.render(card));
    assertEquals("2027-06-30", scorecard.get("asOf").asText());
    assertTrue(HtmlReport.render(card).startsWith("<!DOCTYPE html>"));
    assertTrue(MarkdownReport.render(card).contains("Acme Outfitters"));

    Path json = dir.resolve("retail.json");
    Path yaml = dir.resolve("retail.yaml");
    StrategyFiles.write(strategy, json);
    StrategyFiles.write(strategy, yaml);
    assertEquals(strategy, StrategyFiles.read(json));
    assertEquals(strategy, StrategyFiles.read(yaml));
    assertEquals(
        "Acme Outfitters",
        jackson2.readTree(Files.readString(json)).get("organization").get("name").asText());
  }
}
