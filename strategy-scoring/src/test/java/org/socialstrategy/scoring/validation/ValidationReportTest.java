package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;

class ValidationReportTest {

  @Test
  void reportsOfTheSameFindingsAreEqual() {
    Strategy strategy = Sound.strategy();
    ValidationReport first = StrategyValidator.defaults().validate(strategy);
    ValidationReport second =
        StrategyValidator.defaults().validate(Strategy.builder().from(strategy).build());
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(
        ValidationReport.of(first.findings(), first.suppressed()),
        ValidationReport.of(second.findings(), second.suppressed()));
  }

  @Test
  void reportsOfOtherFindingsOrSuppressionsDiffer() {
    ValidationReport report = StrategyValidator.defaults().validate(Sound.strategy());
    Finding extra =
        Finding.builder()
            .ruleId("ACME001")
            .ruleName("extra")
            .severity(Severity.INFO)
            .subject(org.socialstrategy.model.Subject.STRATEGY)
            .path(org.socialstrategy.model.StrategyPath.ROOT)
            .message("one more")
            .fix("none")
            .build();
    List<Finding> more = new java.util.ArrayList<>(report.findings());
    more.add(extra);
    assertNotEquals(report, ValidationReport.of(more, report.suppressed()));
    assertNotEquals(
        report,
        ValidationReport.of(
            report.findings(), List.of(SuppressedFinding.of(extra, "accepted by the board"))));
  }
}
