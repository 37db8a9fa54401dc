package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialstrategy.scoring.validation.Sound.findings;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

class GoalRulesTest {

  private static Strategy withGoals(BusinessGoal... goals) {
    return Sound.builder().goals(List.of(goals)).build();
  }

  @Test
  void soundStrategyPassesEveryBuiltInRule() {
    assertEquals(List.of(), StrategyValidator.defaults().validate(Sound.strategy()).findings());
  }

  @Test
  void flagsStrategyWithoutGoals() {
    Strategy strategy =
        Sound.builder()
            .goals(List.of())
            .tactics(List.of())
            .governance(Sound.governance().raci(List.of()).build())
            .roadmap(java.util.Optional.empty())
            .build();
    assertEquals(
        List.of(
            "error SBS001 no-business-goals goals: the strategy has no business goals, so no"
                + " tactic can show what it is for"),
        findings(GoalRules.NO_BUSINESS_GOALS, strategy));
  }

  @Test
  void passesStrategyWithGoals() {
    assertEquals(List.of(), findings(GoalRules.NO_BUSINESS_GOALS, Sound.strategy()));
  }

  @Test
  void flagsGoalWithoutObjective() {
    Strategy strategy =
        withGoals(Sound.revenueGoal().objectives(List.of()).build(), Sound.costGoal().build());
    assertEquals(
        List.of(
            "warning SBS002 goal-without-objective goals[grow-online-revenue]: goal"
                + " 'grow-online-revenue' has no measurable objective"),
        findings(GoalRules.GOAL_WITHOUT_OBJECTIVE, strategy));
  }

  @Test
  void passesGoalWithObjective() {
    assertEquals(List.of(), findings(GoalRules.GOAL_WITHOUT_OBJECTIVE, Sound.strategy()));
  }

  @Test
  void flagsObjectivesMeasuredByVanityOrEngagement() {
    LocalDate due = LocalDate.of(2027, 12, 31);
    Strategy strategy =
        withGoals(
            Sound.revenueGoal()
                .addObjective(Objective.of("fans", 10_000, 50_000, due))
                .addObjective(Objective.of("comments", 100, 500, due))
                .build(),
            Sound.costGoal().build());
    assertEquals(
        List.of(
            "warning SBS003 vanity-objective goals[grow-online-revenue].objectives[1]: goal"
                + " 'grow-online-revenue' is measured by 'fans', a vanity metric, not by a"
                + " business outcome",
            "warning SBS003 vanity-objective goals[grow-online-revenue].objectives[2]: goal"
                + " 'grow-online-revenue' is measured by 'comments', an engagement metric, not by"
                + " a business outcome"),
        findings(GoalRules.VANITY_OBJECTIVE, strategy));
  }

  @Test
  void passesObjectivesMeasuredByOutcomes() {
    assertEquals(List.of(), findings(GoalRules.VANITY_OBJECTIVE, Sound.strategy()));
  }

  @Test
  void flagsObjectiveDueOutsideTheRoadmapHorizon() {
    Strategy strategy =
        withGoals(
            Sound.revenueGoal()
                .objectives(
                    List.of(
                        Objective.of("net-new-customers", 1_200, 3_000, LocalDate.of(2031, 6, 30))))
                .build(),
            Sound.costGoal().build());
    assertEquals(
        List.of(
            "warning SBS004 objective-outside-horizon goals[grow-online-revenue].objectives[0]:"
                + " goal 'grow-online-revenue' has an objective due 2031-06-30, outside the"
                + " roadmap horizon 2027-01-01..2029-12-31"),
        findings(GoalRules.OBJECTIVE_OUTSIDE_HORIZON, strategy));
  }

  @Test
  void passesObjectivesDueInsideTheHorizonOrWithoutRoadmap() {
    assertEquals(List.of(), findings(GoalRules.OBJECTIVE_OUTSIDE_HORIZON, Sound.strategy()));
    Strategy noRoadmap =
        Sound.builder()
            .roadmap(java.util.Optional.empty())
            .governance(Sound.governance().raci(List.of()).build())
            .build();
    assertEquals(List.of(), findings(GoalRules.OBJECTIVE_OUTSIDE_HORIZON, noRoadmap));
  }

  @Test
  void flagsGoalTitleThatNamesAChannel() {
    Strategy strategy =
        withGoals(
            Sound.revenueGoal().title("Grow our Facebook fan base").build(),
            Sound.costGoal().title("Answer more tweets").build());
    assertEquals(
        List.of(
            "warning SBS005 goal-names-channel goals[grow-online-revenue].title: goal"
                + " 'grow-online-revenue' names the channel 'facebook' in its title: a goal says"
                + " what the business achieves, not how",
            "warning SBS005 goal-names-channel goals[reduce-cost-to-serve].title: goal"
                + " 'reduce-cost-to-serve' names the channel 'tweets' in its title: a goal says"
                + " what the business achieves, not how"),
        findings(GoalRules.GOAL_NAMES_CHANNEL, strategy));
  }

  @Test
  void flagsCustomSocialChannelsTheTacticsUse() {
    Tactic mastodon =
        Sound.shop()
            .channel(
                org.socialstrategy.model.Channel.custom(
                    "Mastodon", org.socialstrategy.model.ChannelKind.SOCIAL_NETWORK))
            .build();
    Strategy strategy =
        Sound.builder()
            .goals(
                List.of(
                    Sound.revenueGoal().title("Win customers on Mastodon").build(),
                    Sound.costGoal().build()))
            .tactics(List.of(mastodon, Sound.community().build()))
            .build();
    assertEquals(1, findings(GoalRules.GOAL_NAMES_CHANNEL, strategy).size());
  }

  @Test
  void passesGoalTitlesThatMerelyContainAChannelsLetters() {
    Strategy strategy =
        withGoals(
            Sound.revenueGoal().title("Expand the X-ray clinic's revenue").build(),
            Sound.costGoal().title("Make the blogosphere of tips cheaper to serve").build());
    assertEquals(List.of(), findings(GoalRules.GOAL_NAMES_CHANNEL, strategy));
  }

  @Test
  void flagsGoalNoTacticServes() {
    Strategy strategy =
        Sound.builder()
            .tactics(List.of(Sound.shop().build(), Sound.community().supports(List.of()).build()))
            .build();
    assertEquals(
        List.of(
            "warning SBS006 unsupported-goal goals[reduce-cost-to-serve]: no tactic serves goal"
                + " 'reduce-cost-to-serve'"),
        findings(GoalRules.UNSUPPORTED_GOAL, strategy));
  }

  @Test
  void passesGoalsServedByTactics() {
    assertEquals(List.of(), findings(GoalRules.UNSUPPORTED_GOAL, Sound.strategy()));
  }

  @Test
  void flagsGoalWithoutSponsor() {
    Strategy strategy =
        withGoals(
            Sound.revenueGoal().sponsor(java.util.Optional.empty()).build(),
            Sound.costGoal().build());
    assertEquals(
        List.of(
            "warning SBS007 goal-without-sponsor goals[grow-online-revenue]: goal"
                + " 'grow-online-revenue' has no sponsor"),
        findings(GoalRules.GOAL_WITHOUT_SPONSOR, strategy));
  }

  @Test
  void passesSponsoredGoals() {
    assertEquals(List.of(), findings(GoalRules.GOAL_WITHOUT_SPONSOR, Sound.strategy()));
  }
}
