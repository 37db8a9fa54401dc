package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.scorecard.ProgressStatus;
import org.socialstrategy.scoring.scorecard.Scorecard;

class ScoreRetailTest {

  @Test
  void theShopPaysBackAndTheObjectiveIsOnTrack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Scorecard card =
        ScoreRetail.print(
            ScoreRetail.withFirstQuarter(),
            LocalDate.of(2027, 3, 31),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // 180 + 230 + 290 = 700 customers at 85.00 USD = 59,500.00 USD for 5,000.00 USD:
    // (59500 - 5000) / 5000 = 10.9
    assertEquals(
        new BigDecimal("10.9000"),
        card.roi(TacticId.of("fb-shop")).orElseThrow().roi().orElseThrow());
    // 700 in 90 of 365 days: forecast 700 x 365 / 90 = 2838.8889;
    // projected (2838.8889 - 1200) / 1800 = 0.9105
    assertEquals(ProgressStatus.AT_RISK, card.progress().get(0).status());
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.contains(
            "fb-shop returns 1090.0% on 5,000.00 USD (its whole cost, no time window)"),
        printed);
    assertTrue(printed.contains("net-new-customers: 700 of 3000, at risk\n"), printed);
    assertTrue(printed.startsWith(card.toString() + "\nresults "), printed);
  }
}
