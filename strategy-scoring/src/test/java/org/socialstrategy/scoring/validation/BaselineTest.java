package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;

/** Baselines: a check fails only on findings the baseline does not hold. */
class BaselineTest {

  private static final LocalDate DAY = LocalDate.of(2027, 6, 30);
  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  private static final Strategy UNOWNED =
      Sound.strategy().withTactic(Sound.shop().owner(Optional.empty()).build());

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

  @Test
  void knownFindingsPassAndNewOnesDoNot() {
    Baseline baseline = Baseline.of("retail.yaml", VALIDATOR.validate(UNOWNED, DAY));
    Strategy worse = UNOWNED.withTactic(Sound.community().owner(Optional.empty()).build());
    BaselineMatch match = baseline.match("./retail.yaml", VALIDATOR.validate(worse, DAY));
    assertEquals(
        List.of(
            "warning SBS104 tactic-without-owner tactics[support-community]: tactic"
                + " 'support-community' has no owner"),
        match.newFindings().stream().map(Finding::toString).toList());
    assertTrue(
        match.known().stream().anyMatch(f -> f.path().toString().equals("tactics[fb-shop]")));
    assertEquals(match.newFindings(), match.report().findings());
    assertTrue(baseline.match("other.yaml", VALIDATOR.validate(UNOWNED, DAY)).known().isEmpty());
  }

  @Test
  void keysLeavePositionsOutAndMatchingCountsRepeats() {
    Finding first = finding("SBS201", "goals[grow].objectives[0].due", "due 2027-12-31");
    Finding moved = finding("SBS201", "goals[grow].objectives[3].due", "due 2028-12-31");
    assertEquals(FindingKey.of(first), FindingKey.of(moved));
    assertEquals("goals[grow].objectives[].due", FindingKey.of(first).path());
    assertEquals(32, FindingKey.of(first).fingerprint().length());
    Baseline baseline = Baseline.of("a.yaml", ValidationReport.of(List.of(first), List.of()));
    BaselineMatch match =
        baseline.match("a.yaml", ValidationReport.of(List.of(moved, first), List.of()));
    assertEquals(List.of(moved), match.known());
    assertEquals(List.of(first), match.newFindings());
    BaselineMatch fixed = baseline.match("a.yaml", ValidationReport.of(List.of(), List.of()));
    assertEquals(baseline.entries(), fixed.gone());
  }
}
