package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.FindingKey;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Waivers in the validation outputs: each listed with its state, reason and last day; an expired
 * one turns back into its finding; a stale one is listed and reported; SARIF fingerprints are the
 * finding keys baselines match by.
 */
class WaiverReportsTest {

  private static final Path RETAIL = Path.of("..", "examples", "strategies", "retail.yaml");
  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ValidatedFile waived(LocalDate day) throws IOException {
    StrategyDocument document =
        StrategyFiles.load(
            Files.readString(RETAIL)
                + "suppressions:\n"
                + "  - rule: unaligned-tactic\n"
                + "    subject: tactic:fb-fan-contest\n"
                + "    reason: brand test, ends in June\n"
                + "    until: 2027-06-30\n"
                + "  - rule: SBS104\n"
                + "    subject: tactic:fb-shop\n"
                + "    reason: the shop has an owner now\n",
            "waived.yaml");
    return new ValidatedFile("waived.yaml", document, VALIDATOR.validate(document.strategy(), day));
  }

  @Test
  void textListsEveryWaiverWithItsStateReasonAndLastDay() throws IOException {
    String text = FindingsText.render(List.of(waived(LocalDate.of(2027, 6, 30))), TextStyle.PLAIN);
    assertTrue(
        text.contains(
            "waived.yaml:207:5: waiver unaligned-tactic for tactic:fb-fan-contest: active until"
                + " 2027-06-30, sets aside 1 finding; reason: brand test, ends in June\n"),
        text);
    assertTrue(
        text.contains(
            "waived.yaml:211:5: waiver SBS104 for tactic:fb-shop: stale, sets nothing aside;"
                + " reason: the shop has an owner now\n"),
        text);
    assertTrue(text.contains("info SBS902 unused-suppression"), text);
    assertTrue(!text.contains("error SBS101"), text);
  }

  @Test
  void anExpiredWaiverTurnsBackIntoItsFindingWithANote() throws IOException {
    String text = FindingsText.render(List.of(waived(LocalDate.of(2027, 7, 1))), TextStyle.PLAIN);
    assertTrue(
        text.contains(
            "waived.yaml:96:5: error SBS101 unaligned-tactic: tactic 'fb-fan-contest' supports no"
                + " business goal; its 12,000.00 USD has no business case (its waiver expired on"
                + " 2027-06-30: brand test, ends in June)\n"),
        text);
    assertTrue(
        text.contains(
            "waiver unaligned-tactic for tactic:fb-fan-contest: expired on 2027-06-30, its 1"
                + " finding reported again; reason: brand test, ends in June\n"),
        text);
  }

  @Test
  void jsonListsWaiversAndTheLastDayOfSuppressedFindings() throws IOException {
    JsonNode file =
        JSON.readTree(FindingsJson.render(List.of(waived(LocalDate.of(2027, 6, 30)))))
            .get("results")
            .get(0);
    JsonNode active = file.get("waivers").get(0);
    assertEquals("active", active.get("state").asString());
    assertEquals("2027-06-30", active.get("until").asString());
    assertEquals(1, active.get("setAside").asInt());
    assertEquals("suppressions[0]", active.get("path").asString());
    assertEquals(207, active.get("line").asInt());
    assertEquals("unused", file.get("waivers").get(1).get("state").asString());
    assertTrue(!file.get("waivers").get(1).has("until"));
    assertEquals("2027-06-30", file.get("suppressed").get(0).get("until").asString());
  }

  @Test
  void sarifFingerprintsAreTheFindingKeysBaselinesMatchBy() throws IOException {
    ValidatedFile file = waived(LocalDate.of(2027, 6, 30));
    JsonNode results =
        JSON.readTree(SarifReport.render(List.of(file), VALIDATOR.rules(), "0.1.0"))
            .get("runs")
            .get(0)
            .get("results");
    ValidationReport report = file.report();
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      assertEquals(
          FindingKey.of(finding).fingerprint(),
          results.get(i).get("partialFingerprints").get("sbsFinding/v2").asString());
    }
    JsonNode suppressed = results.get(results.size() - 1);
    assertEquals(
        "brand test, ends in June (until 2027-06-30)",
        suppressed.get("suppressions").get(0).get("justification").asString());
  }

  @Test
  void aFindingKeepsItsFingerprintWhenLinesMove() throws IOException {
    String moved = Files.readString(RETAIL).replace("formatVersion: 1\n", "formatVersion: 1\n\n\n");
    StrategyDocument later = StrategyFiles.load(moved, "retail.yaml");
    StrategyDocument earlier = StrategyFiles.load(RETAIL);
    String before =
        SarifReport.render(
            List.of(
                new ValidatedFile("retail.yaml", earlier, VALIDATOR.validate(earlier.strategy()))),
            VALIDATOR.rules(),
            "0.1.0");
    String after =
        SarifReport.render(
            List.of(new ValidatedFile("retail.yaml", later, VALIDATOR.validate(later.strategy()))),
            VALIDATOR.rules(),
            "0.1.0");
    JsonNode a = JSON.readTree(before).get("runs").get(0).get("results").get(0);
    JsonNode b = JSON.readTree(after).get("runs").get(0).get("results").get(0);
    assertEquals(
        a.get("partialFingerprints").get("sbsFinding/v2"),
        b.get("partialFingerprints").get("sbsFinding/v2"));
    assertEquals(
        a.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()
            + 2,
        b.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
  }
}
