package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.scorecard.Scorecard;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scoring and every output are total: a strategy built in code at every edge the model allows (the
 * first and last day, the largest and smallest decimals, the smallest weight, names holding escape
 * sequences and half a character) gets a scorecard and every output at any date, without an
 * exception; only writing it to a file refuses, saying why.
 */
class ModelEdgesTest {

  private static final LocalDate FIRST = LocalDate.of(Strategy.FIRST_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(Strategy.LAST_YEAR, 12, 31);
  private static final Currency USD = Currency.getInstance("USD");

  private static Strategy atTheEdges(BigDecimal number) {
    Money money = Money.of(number, USD);
    return Strategy.builder()
        .organization(Organization.of("Acme \ud83d \u001b[2K \u202e", CustomerKind.CONSUMER))
        .addStakeholder(Stakeholder.builder().id("cmo").title("CMO").executive(true).build())
        .addMetric(
            Metric.outcome("m", "M", "u").withValuePerUnit(money).withAggregation(Aggregation.SUM))
        .addGoal(
            BusinessGoal.builder()
                .id("g")
                .title("%%{init: {'theme':'forest'}}%%")
                .function(BusinessFunction.SALES)
                .addObjective(
                    Objective.builder()
                        .metric("m")
                        .baseline(BigDecimal.ZERO)
                        .target(number)
                        .baselineDate(FIRST)
                        .due(LAST)
                        .build())
                .addObjective(
                    Objective.builder()
                        .metric("m")
                        .baseline(number)
                        .target(number.negate())
                        .due(FIRST)
                        .build())
                .build())
        .addTactic(
            Tactic.builder()
                .id("t")
                .name("click i0 call alert(1)")
                .channel(Channel.FACEBOOK)
                .function(BusinessFunction.SALES)
                .addSupport("g", Double.MIN_VALUE)
                .tracks("m")
                .cost(money)
                .window(DateRange.of(FIRST, LAST))
                .build())
        .roadmap(
            Roadmap.builder()
                .horizon(DateRange.of(FIRST, LAST))
                .addInitiatives(
                    Initiative.builder()
                        .id("i")
                        .name("section x\r\n%% y")
                        .window(DateRange.of(FIRST, LAST))
                        .goals(List.of(GoalId.of("g")))
                        .build())
                .build())
        .funding(Funding.builder().putPerYear(Strategy.LAST_YEAR, money, 1).build())
        .addObservation(Observation.of("m", "t", DateRange.of(FIRST, FIRST), number))
        .addObservation(Observation.of("m", DateRange.of(LAST, LAST), number.negate()))
        .build();
  }

  @Test
  void everyOutputIsMadeAtEveryDate() {
    JsonMapper json = JsonMapper.builder().build();
    for (String number : List.of("1E+1000", "1E-1000", "9".repeat(200))) {
      Strategy strategy = atTheEdges(new BigDecimal(number));
      for (LocalDate asOf :
          List.of(LocalDate.MIN, FIRST, LocalDate.of(2027, 6, 30), LAST, LocalDate.MAX)) {
        Scorecard card = Scorecard.of(strategy, asOf);
        List<String> outputs =
            List.of(
                HtmlReport.render(card),
                MarkdownReport.render(card),
                ScorecardText.render(card, TextStyle.ANSI),
                ScorecardJson.render(card),
                Diagrams.mermaidGraph(strategy),
                Diagrams.mermaidGantt(strategy).orElse(""),
                Diagrams.dot(strategy));
        json.readTree(outputs.get(3));
        for (String output : outputs) {
          assertFalse(output.contains("\ud83d"), output);
        }
        assertTrue(outputs.get(2).contains("Acme \\ud83d \\u001b[2K \\u202e"), outputs.get(2));
      }
    }
  }

  @Test
  void onlyWritingAFileRefusesWhatAFileCannotHold() {
    Strategy strategy = atTheEdges(BigDecimal.ONE);
    assertEquals(
        "cannot write the organization: its name holds a lone surrogate \\ud83d at character 6,"
            + " which is not a character (text must be Unicode)",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyFiles.write(strategy, StrategyFormat.YAML))
            .getMessage());
  }
}
