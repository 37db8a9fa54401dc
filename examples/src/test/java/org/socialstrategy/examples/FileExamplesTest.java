package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.scorecard.MaturityStage;
import org.socialstrategy.scoring.scorecard.Portfolio;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;

class FileExamplesTest {

  private static final Path STRATEGIES = Path.of("strategies");

  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void loadsAndScoresAFile() {
    assertTrue(LoadAndScore.run(STRATEGIES.resolve("retail.yaml"), LocalDate.of(2027, 6, 30), out));
    assertTrue(
        printed()
            .startsWith(
                "Acme Outfitters as of 2027-06-30: results 75/100, plan 21/100, maturity Presence,"
                    + " 75% of tactics aligned\n"),
        printed());
  }

  @Test
  void printsEveryProblemOfABadFile() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad, "formatVersion: 1\norganization: {name: Acme, customerKind: consumer}\ngoal: []\n");
    assertFalse(LoadAndScore.run(bad, LocalDate.of(2027, 6, 30), out));
    assertEquals("bad.yaml:3:1: goal: unknown field 'goal' (did you mean 'goals'?)\n", printed());
  }

  @Test
  void ranksTacticsAfterTheThirdQuarter() {
    Scorecard card = RoiFromCsv.rank(STRATEGIES.resolve("retail.yaml"), out);
    // 410 + 525 in the first half, 190 + 210 + 260 in the third quarter: 1,595 customers at 85.00
    // = 135,575.00 USD; the shop runs through 2027, so by September 30 (273 of 365 days) it has
    // spent 5,000.00 x 273 / 365 = 3,739.73: (135575.00 - 3739.73) / 3739.73 = 35.2526
    assertEquals(
        new BigDecimal("35.2526"),
        card.roi(TacticId.of("fb-shop")).orElseThrow().roi().orElseThrow());
    assertTrue(printed().startsWith("1. Facebook shop: 3525.3%\n"), printed());
  }

  @Test
  void attributesTheRetailJourneysAndMergesTheCredit() {
    Scorecard card =
        AttributeJourneys.attribute(
            STRATEGIES.resolve("retail.yaml"), Path.of("analytics", "retail-journeys.csv"), out);
    assertTrue(printed().startsWith("Attribution by markov(order=1, "), printed());
    assertTrue(
        printed().contains("Touchpoints no rule maps: 3 keys, 9.87 conversions (30.8%)"),
        printed());
    assertTrue(
        printed().contains("first-touch credits 17.0 conversions to tactics that serve no goal\n"),
        printed());
    // 410 + 525 in the first half and, attributed by the Markov model over the third quarter,
    // about 13.976 more, set against the 3,739.73 spent by September 30 (5,000.00 x 273 / 365):
    // (948.976 x 85.00 - 3,739.73) / 3,739.73.
    assertEquals(
        new BigDecimal("20.5692"),
        card.roi(TacticId.of("fb-shop")).orElseThrow().roi().orElseThrow());
  }

  @Test
  void customRulesComeThroughTheApiAndTheServiceLoader() {
    ValidationReport report = CustomRule.validate(out);
    assertEquals(
        List.of(
            "warning ACME001 big-tactic-executive-owner tactics[fb-fan-contest]: tactic"
                + " 'fb-fan-contest' spends 12,000.00 USD without an executive owner"),
        report.byRule("ACME001").findings().stream().map(Finding::toString).toList());
    assertTrue(
        StrategyValidator.defaults().rules().contains(CustomRule.BIG_TACTIC_EXECUTIVE_OWNER),
        "discovered through META-INF/services");
  }

  @Test
  void rollsUpBusinessUnits() {
    Portfolio portfolio = PortfolioRollUp.rollUp(STRATEGIES, out);
    assertEquals(3, portfolio.units().size());
    assertEquals(MaturityStage.PRESENCE, portfolio.weakestStage());
    assertTrue(
        printed()
            .startsWith(
                "results "
                    + portfolio.results().display()
                    + "\nplan "
                    + portfolio.plan().display()
                    + "\nweakest stage Presence\n"),
        printed());
  }

  @Test
  void writesTheExecutiveReports() throws IOException {
    Path html = ExecutiveReport.write(STRATEGIES.resolve("retail.yaml"), dir);
    assertTrue(Files.readString(html).contains("<h1>Acme Outfitters</h1>"));
    assertTrue(Files.readString(dir.resolve("report.md")).contains("```mermaid"));
  }
}
