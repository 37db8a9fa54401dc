package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.scoring.validation.Baseline;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.ValidationReport;

/** The baseline file: written, read back equal, and refused with located problems when broken. */
class BaselineFileTest {

  private static Finding finding(String rule, String path, String message) {
    return Finding.builder()
        .ruleId(rule)
        .ruleName("some-rule")
        .severity(Severity.WARNING)
        .subject(Subject.STRATEGY)
        .path(StrategyPath.parse(path))
        .message(message)
        .fix("fix it")
        .build();
  }

  private static String problems(String json) {
    return assertThrows(StrategyFileException.class, () -> BaselineFile.read(json, "b.json"))
        .getMessage();
  }

  @Test
  void writesAndReadsItsFile() {
    Baseline baseline =
        Baseline.of(
                "strategies/retail.yaml",
                ValidationReport.of(List.of(finding("SBS101", "tactics[a]", "m")), List.of()))
            .with(
                "strategies\\gov.yaml",
                ValidationReport.of(
                    List.of(finding("ACME1", "tactics[x]", "a \"quoted\"\nmessage")), List.of()));
    String json = BaselineFile.write(baseline);
    assertTrue(json.startsWith("{\n  \"baselineVersion\": 1,\n  \"findings\": [\n    {\n"), json);
    assertTrue(json.contains("\"file\": \"strategies/gov.yaml\""), json);
    assertTrue(json.contains("\"message\": \"a \\\"quoted\\\"\\nmessage\""), json);
    assertTrue(json.endsWith("}\n"), json);
    assertEquals(baseline, BaselineFile.read(json, "sbs-baseline.json"));
    assertEquals(
        Baseline.empty(), BaselineFile.read(BaselineFile.write(Baseline.empty()), "empty.json"));
  }

  @Test
  void refusesABrokenFileWithLinesAndColumns() {
    assertTrue(
        problems("{\n  \"baselineVersion\": 1,\n  \"findings\": [\n")
            .startsWith("b.json: 1 problem\n  b.json:4:1: this is not JSON: "),
        problems("{\n  \"baselineVersion\": 1,\n  \"findings\": [\n"));
    assertEquals(
        "b.json: 2 problems\n"
            + "  b.json:1:51: findings[0].rulId: unknown field 'rulId'; a finding has file, ruleId,"
            + " ruleName, subject, path, message\n"
            + "  b.json:1:37: findings[0]: missing required field 'ruleId'",
        problems(
            "{\"baselineVersion\": 1, \"findings\": [{\"file\": \"a\", \"rulId\": \"x\","
                + " \"subject\": \"strategy\", \"path\": \"\"}]}"));
    assertEquals(
        "b.json: 1 problem\n  b.json:1:2: baselineVersion: this baseline uses format version 2;"
            + " this library reads version 1",
        problems("{\"baselineVersion\": 2, \"findings\": []}"));
    assertEquals(
        "b.json: 1 problem\n  b.json:1:38: findings[0].file: expected text",
        problems(
            "{\"baselineVersion\": 1, \"findings\": [{\"file\": 3, \"ruleId\": \"x\","
                + " \"subject\": \"strategy\", \"path\": \"\"}]}"));
    assertEquals(
        "b.json: 1 problem\n  b.json:1:1: missing required field 'findings'",
        problems("{\"baselineVersion\": 1}"));
  }
}
