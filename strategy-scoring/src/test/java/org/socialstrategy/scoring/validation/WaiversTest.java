package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.TacticId;

/** Suppressions with a last day: waivers that expire, and where each waiver stands. */
class WaiversTest {

  private static final LocalDate LAST_DAY = LocalDate.of(2027, 6, 30);

  private static final Strategy WAIVED =
      Strategy.builder()
          .from(Sound.strategy().withTactic(Sound.shop().owner(Optional.empty()).build()))
          .addSuppression(
              Suppression.of(
                  "tactic-without-owner",
                  Subject.of(TacticId.of("fb-shop")),
                  "the agency runs it until the new hire starts",
                  LAST_DAY))
          .addSuppression(
              Suppression.of(
                  "SBS104",
                  Subject.of(TacticId.of("support-community")),
                  "the community has an owner now",
                  LAST_DAY))
          .addSuppression(Suppression.of("SBS1O4", Subject.STRATEGY, "a typo"))
          .build();

  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  @Test
  void aWaiverHoldsUntilItsLastDayIncluded() {
    ValidationReport report = VALIDATOR.validate(WAIVED, LAST_DAY);
    assertTrue(report.byRule("SBS104").isEmpty());
    assertEquals(1, report.suppressed().size());
    assertEquals(Optional.of(LAST_DAY), report.suppressed().get(0).until());
  }

  @Test
  void anExpiredWaiverTurnsBackIntoItsFindingWithANote() {
    ValidationReport report = VALIDATOR.validate(WAIVED, LAST_DAY.plusDays(1));
    assertEquals(
        List.of(
            "warning SBS104 tactic-without-owner tactics[fb-shop]: tactic 'fb-shop' has no owner"
                + " (its waiver expired on 2027-06-30: the agency runs it until the new hire"
                + " starts)"),
        report.byRule("SBS104").findings().stream().map(Finding::toString).toList());
    assertTrue(report.suppressed().isEmpty());
  }

  @Test
  void listsEveryWaiverWithWhereItStands() {
    assertEquals(
        List.of("ACTIVE 1", "UNUSED 0", "UNKNOWN_RULE 0"),
        states(VALIDATOR.validate(WAIVED, LAST_DAY)));
    assertEquals(
        List.of("EXPIRED 1", "EXPIRED 0", "UNKNOWN_RULE 0"),
        states(VALIDATOR.validate(WAIVED, LAST_DAY.plusDays(1))));
    assertEquals(
        "suppressions[1]", VALIDATOR.validate(WAIVED, LAST_DAY).waivers().get(1).path().toString());
  }

  @Test
  void aStaleWaiverIsReported() {
    assertEquals(
        List.of(
            "info SBS902 unused-suppression suppressions[1]: suppression of tactic-without-owner"
                + " for tactic:support-community sets nothing aside"),
        VALIDATOR.validate(WAIVED, LAST_DAY).byRule("SBS902").findings().stream()
            .map(Finding::toString)
            .toList());
  }

  private static List<String> states(ValidationReport report) {
    return report.waivers().stream().map(w -> w.state() + " " + w.setAside()).toList();
  }
}
