package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.scorecard.MaturityStage;
import org.socialstrategy.scoring.scorecard.ProgressStatus;
import org.socialstrategy.scoring.scorecard.RoiBasis;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;

/**
 * The three seed cases lead with their two figures, results and plan, as of the end of their latest
 * observed period (what {@code sbs score} uses by default).
 */
class SeedCasesTest {

  private static Scorecard card(String file, LocalDate asOf) {
    return Scorecard.of(StrategyFiles.read(Path.of("strategies", file)), asOf);
  }

  @Test
  void retailReturnsItsCostManyTimesButSpendsMostOfItOnAContestThatServesNoGoal() {
    Scorecard retail = card("retail.yaml", LocalDate.of(2027, 6, 30));
    assertEquals(OptionalInt.of(75), retail.results().score());
    // 54.67 complete, 7,700.00 of 19,700.00 USD aligned: 54.67 x 0.3909 = 21
    assertEquals(OptionalInt.of(21), retail.plan().score());
    assertEquals(MaturityStage.PRESENCE, retail.maturity().stage());
    assertEquals("not applicable", retail.successFactor(7).display(), "no platforms");
  }

  @Test
  void governmentCountsItsSatisfactionSurveyAndSaysWhatToMeasureNext() {
    Scorecard government = card("government.yaml", LocalDate.of(2027, 12, 31));
    assertEquals(OptionalInt.of(73), government.results().score());
    assertEquals(OptionalInt.of(61), government.plan().score());
    assertEquals(MaturityStage.ENGAGEMENT, government.maturity().stage());
    // the 2027 survey (66) ends inside the objective's window: at risk, not "no data"
    assertEquals(ProgressStatus.AT_RISK, government.progress().get(1).status());
    assertEquals(
        List.of("record the outcomes of 'Citizen help forum' (14,214.71 USD spent to date)"),
        government.results().measureFirst());
  }

  @Test
  void enterpriseHasACompletePlanAndMiddlingResults() {
    Scorecard enterprise = card("enterprise.yaml", LocalDate.of(2027, 12, 31));
    assertEquals(OptionalInt.of(47), enterprise.results().score());
    assertEquals(OptionalInt.of(97), enterprise.plan().score());
    assertEquals(MaturityStage.STRATEGIC, enterprise.maturity().stage());
    assertEquals(ProgressStatus.OFF_TRACK, enterprise.progress().get(0).status());
    // early returns read against the cost spent so far, not the three-year budget:
    // 60,000.00 EUR over 1,006 days, 275 of them by 2027-12-31: 16,401.59 spent;
    // 170 leads x 250.00 = 42,500.00: (42500.00 - 16401.59) / 16401.59 = 1.5912
    TacticRoi selling = enterprise.roi(TacticId.of("linkedin-selling")).orElseThrow();
    assertEquals(RoiBasis.TO_DATE, selling.basis());
    assertEquals(new BigDecimal("1.5912"), selling.roi().orElseThrow());
    // 140,000.00 EUR over 915 days, 184 of them: 28,153.01 spent; 1,450 calls x 18.40 =
    // 26,680.00: (26680.00 - 28153.01) / 28153.01 = -0.0523, a small loss, not -80.9%
    TacticRoi community = enterprise.roi(TacticId.of("engineer-community")).orElseThrow();
    assertEquals(new BigDecimal("-0.0523"), community.roi().orElseThrow());
    assertTrue(community.isLoss());
  }
}
