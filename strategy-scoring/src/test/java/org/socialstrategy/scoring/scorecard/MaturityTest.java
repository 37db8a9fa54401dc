package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.GovernanceModel;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.scoring.validation.Sound;

class MaturityTest {

  private static MaturityAssessment maturity(Strategy strategy) {
    return Scorecard.of(strategy, Scored.MID_YEAR).maturity();
  }

  private static List<String> needs(MaturityAssessment assessment) {
    return assessment.nextStageNeeds().stream().map(Criterion::description).toList();
  }

  @Test
  void anOrganizationWithNothingInPlaceHasNotStarted() {
    MaturityAssessment assessment =
        maturity(Strategy.builder().organization(Sound.strategy().organization()).build());
    assertEquals(MaturityStage.NOT_STARTED, assessment.stage());
    assertEquals(
        List.of(
            "business goals are defined",
            "the organization listens or pilots: a listening platform, observations or a live"
                + " tactic"),
        needs(assessment));
  }

  @Test
  void formalizedUntilMostTacticsAreAlignedAndDepartmentHeadsTakePart() {
    MaturityAssessment assessment = maturity(Scored.strategy());
    assertEquals(MaturityStage.FORMALIZED, assessment.stage());
    assertEquals(
        List.of("at least 75% of tactics are aligned", "department heads are involved"),
        needs(assessment));
    Criterion aligned = assessment.of(MaturityStage.STRATEGIC).criteria().get(1);
    assertEquals("67% aligned", aligned.detail());
    assertFalse(aligned.met());
  }

  @Test
  void strategicOnceTheGapsClose() {
    Strategy strategic =
        Scored.withoutContest()
            .withTactic(
                Sound.shop()
                    .id("marketing-shop")
                    .function(org.socialstrategy.model.BusinessFunction.MARKETING)
                    .build())
            .withStakeholder(
                Stakeholder.builder()
                    .id("head-of-service")
                    .title("Head of customer service")
                    .role(StakeholderRole.DEPARTMENT_HEAD)
                    .build());
    MaturityAssessment assessment = maturity(strategic);
    assertEquals(MaturityStage.STRATEGIC, assessment.stage());
    assertEquals(
        List.of(
            "social is woven in: tactics in five or more business functions",
            "every executive is aligned",
            "organization-wide governance: a holistic or multiple hub-and-spoke model"),
        needs(assessment));
  }

  @Test
  void anOrganizationIsOnlyAsMatureAsItsWeakestDimension() {
    Strategy takingOnly = Scored.strategy();
    for (Tactic tactic : Scored.strategy().tactics()) {
      takingOnly =
          takingOnly.withTactic(
              tactic.withValue(
                  ValueExchange.of(
                      org.socialstrategy.model.ValueSide.none(), tactic.value().organization())));
    }
    MaturityAssessment assessment = maturity(takingOnly);
    assertTrue(assessment.of(MaturityStage.FORMALIZED).met());
    assertEquals(MaturityStage.PRESENCE, assessment.stage());
    assertEquals(List.of("value flows both ways in most tactics"), needs(assessment));
  }

  @Test
  void convergedNeedsEveryCriterionOfEveryStage() {
    Strategy converged =
        Scored.withoutContest()
            .withGovernance(Sound.governance().model(GovernanceModel.HOLISTIC).build());
    for (String id : List.of("coo")) {
      converged =
          converged.withStakeholder(
              Stakeholder.builder()
                  .from(
                      converged
                          .stakeholder(org.socialstrategy.model.StakeholderId.of(id))
                          .orElseThrow())
                  .alignment(ExecutiveAlignment.ALIGNED)
                  .role(StakeholderRole.DEPARTMENT_HEAD)
                  .build());
    }
    for (String function : List.of("marketing", "human-resources", "product-innovation")) {
      converged =
          converged.withTactic(
              Sound.shop()
                  .id("shop-" + function)
                  .function(org.socialstrategy.model.BusinessFunction.of(function))
                  .build());
    }
    converged =
        converged.withRoadmap(
            org.socialstrategy.model.Roadmap.builder()
                .from(converged.roadmap().orElseThrow())
                .initiatives(
                    List.of(
                        Sound.commerce()
                            .addTactics(
                                "shop-marketing", "shop-human-resources", "shop-product-innovation")
                            .build(),
                        Sound.communityCare().build(),
                        Sound.scale().build()))
                .build());
    MaturityAssessment assessment = maturity(converged);
    assertEquals(MaturityStage.CONVERGED, assessment.stage());
    assertEquals(List.of(), assessment.nextStageNeeds());
    assertEquals(MaturityStage.CONVERGED, MaturityStage.CONVERGED.next());
    assertThrows(IllegalArgumentException.class, () -> assessment.of(MaturityStage.NOT_STARTED));
  }
}
