package org.socialstrategy.scoring.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.testkit.RetailSample;

/** Reviews of a change: what changed, findings introduced and resolved, headline figures. */
class ChangeReviewTest {

  private static final LocalDate DAY = LocalDate.of(2027, 6, 30);

  @Test
  void aChangeIntroducesAndResolvesFindings() {
    Strategy before = RetailSample.strategy();
    Strategy after =
        before.withTactic(
            org.socialstrategy.model.Tactic.builder()
                .from(before.tactic(org.socialstrategy.model.TacticId.of("fb-shop")).orElseThrow())
                .owner(Optional.empty())
                .build());
    ChangeReview review = ChangeReview.of(before, after, DAY, StrategyValidator.defaults());
    assertEquals(
        List.of("- tactics[fb-shop].owner: social-lead"),
        review.diff().changes().stream().map(Object::toString).toList());
    assertEquals(
        List.of("tactics[fb-shop] SBS104"),
        review.introduced().stream().map(f -> f.path() + " " + f.ruleId()).toList());
    ChangeReview back = ChangeReview.of(after, before, DAY, StrategyValidator.defaults());
    assertEquals(review.introduced(), back.resolved());
    assertEquals(
        List.of(
            "results", "plan", "maturity", "alignedTactics", "unalignedSpend", "errorsAndWarnings"),
        review.figures().stream().map(FigureChange::key).toList());
    assertEquals(Scorecard.of(after, DAY).results().display(), review.figures().get(0).after());
    assertEquals(Scorecard.of(after, DAY).plan().display(), review.figures().get(1).after());
    Scorecard earlier = Scorecard.of(before, DAY);
    int warnings = earlier.validation().count(Severity.WARNING);
    int errors = earlier.validation().count(Severity.ERROR);
    assertEquals(
        errors + " error" + (errors == 1 ? "" : "s") + ", " + (warnings + 1) + " warnings",
        review.figures().get(5).after());
    assertEquals(review.figures().get(3).before(), review.figures().get(3).after());
  }

  @Test
  void noChangeMeansNothingToReview() {
    Strategy strategy = RetailSample.strategy();
    ChangeReview review = ChangeReview.of(strategy, strategy, DAY, StrategyValidator.defaults());
    assertTrue(review.isEmpty());
    assertTrue(review.figures().stream().noneMatch(FigureChange::changed));
    assertEquals(List.<Finding>of(), review.introduced());
  }
}
