package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialstrategy.scoring.validation.Sound.findings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;

class GovernanceRulesTest {

  private static Strategy with(Governance governance) {
    return Sound.strategy().withGovernance(governance);
  }

  @Test
  void flagsMissingHub() {
    assertEquals(
        List.of(
            "warning SBS301 no-hub governance.hub: the strategy has no hub or center of excellence"
                + " to lead it"),
        findings(GovernanceRules.NO_HUB, with(Sound.governance().hub(Optional.empty()).build())));
  }

  @Test
  void passesStrategyWithHub() {
    assertEquals(List.of(), findings(GovernanceRules.NO_HUB, Sound.strategy()));
  }

  @Test
  void flagsItemsWithoutExactlyOneAccountable() {
    Governance governance =
        Sound.governance()
            .addRaci(GoalId.of("grow-online-revenue"), "ceo", RaciRole.ACCOUNTABLE)
            .addRaci(TacticId.of("fb-shop"), "social-lead", RaciRole.RESPONSIBLE)
            .build();
    assertEquals(
        List.of(
            "warning SBS302 raci-accountable governance.raci[0]: goal 'grow-online-revenue' has 2"
                + " accountable stakeholders ('cmo' and 'ceo'); exactly one answers for it",
            "warning SBS302 raci-accountable governance.raci[8]: tactic 'fb-shop' has RACI"
                + " assignments but nobody accountable"),
        findings(GovernanceRules.RACI_ACCOUNTABLE, with(governance)));
  }

  @Test
  void passesItemsWithOneAccountable() {
    assertEquals(List.of(), findings(GovernanceRules.RACI_ACCOUNTABLE, Sound.strategy()));
  }

  @Test
  void flagsItemsWithoutResponsible() {
    Governance governance =
        Sound.governance()
            .addRaci(InitiativeId.of("scale"), "hub-lead", RaciRole.ACCOUNTABLE)
            .addRaci(InitiativeId.of("scale"), "ceo", RaciRole.CONSULTED)
            .build();
    assertEquals(
        List.of(
            "warning SBS303 raci-responsible governance.raci[7]: initiative 'scale' has RACI"
                + " assignments but nobody responsible"),
        findings(GovernanceRules.RACI_RESPONSIBLE, with(governance)));
  }

  @Test
  void passesItemsWithAResponsible() {
    assertEquals(List.of(), findings(GovernanceRules.RACI_RESPONSIBLE, Sound.strategy()));
  }

  @Test
  void flagsStakeholderWithTwoLettersForOneItem() {
    Governance governance =
        Sound.governance()
            .addRaci(GoalId.of("grow-online-revenue"), "cmo", RaciRole.RESPONSIBLE)
            .build();
    assertEquals(
        List.of(
            "warning SBS304 raci-double-role governance.raci[0]: stakeholder 'cmo' holds 2 RACI"
                + " letters (RA) for goal 'grow-online-revenue'"),
        findings(GovernanceRules.RACI_DOUBLE_ROLE, with(governance)));
  }

  @Test
  void passesOneLetterPerStakeholderAndItemEvenWhenRepeated() {
    Governance repeated =
        Sound.governance()
            .addRaci(GoalId.of("grow-online-revenue"), "cmo", RaciRole.ACCOUNTABLE)
            .build();
    assertEquals(List.of(), findings(GovernanceRules.RACI_DOUBLE_ROLE, with(repeated)));
  }

  @Test
  void flagsMissingGuidelines() {
    assertEquals(
        List.of(
            "warning SBS305 no-guidelines governance.guidelines: the strategy has no guidelines or"
                + " policies"),
        findings(
            GovernanceRules.NO_GUIDELINES, with(Sound.governance().guidelines(List.of()).build())));
  }

  @Test
  void passesStrategyWithGuidelines() {
    assertEquals(List.of(), findings(GovernanceRules.NO_GUIDELINES, Sound.strategy()));
  }

  @Test
  void flagsStrategyWithoutAnyRaci() {
    assertEquals(
        List.of(
            "info SBS306 no-raci governance.raci: no roles and responsibilities are assigned for"
                + " any goal, tactic or initiative"),
        findings(GovernanceRules.NO_RACI, with(Sound.governance().raci(List.of()).build())));
  }

  @Test
  void passesStrategyWithRaci() {
    assertEquals(List.of(), findings(GovernanceRules.NO_RACI, Sound.strategy()));
  }
}
