package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.scoring.SuccessFactor;

/** Rules about business goals and their objectives (SBS0xx). */
public final class GoalRules {

  /** SBS001: the strategy has no business goals. */
  public static final Rule NO_BUSINESS_GOALS =
      Rule.builder("SBS001", "no-business-goals")
          .title("Strategy has no business goals")
          .severity(Severity.ERROR)
          .family(RuleFamily.GOALS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "A social business strategy starts from what the business is trying to achieve; without"
                  + " goals, no tactic can show what it is for.")
          .perStrategy(
              (strategy, context) -> {
                if (strategy.goals().isEmpty()) {
                  context.report(
                      Subject.STRATEGY,
                      StrategyPath.ROOT.field("goals"),
                      "the strategy has no business goals, so no tactic can show what it is for",
                      "add the goals the business is pursuing, in the words of the C-suite:"
                          + " revenue, cost to serve, retention, time to hire");
                }
              });

  /** SBS002: a goal has no measurable objective. */
  public static final Rule GOAL_WITHOUT_OBJECTIVE =
      Rule.builder("SBS002", "goal-without-objective")
          .title("Goal has no measurable objective")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOALS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "An objective quantifies a goal: a metric moved from a baseline to a target by a due"
                  + " date. A goal nobody can measure cannot show progress or return.")
          .perStrategy(
              (strategy, context) -> {
                List<BusinessGoal> goals = strategy.goals();
                for (int i = 0; i < goals.size(); i++) {
                  BusinessGoal goal = goals.get(i);
                  if (goal.objectives().isEmpty()) {
                    context.report(
                        Subject.of(goal.id()),
                        Elements.goal(i, goal.id()),
                        "goal " + Elements.quoted(goal.id()) + " has no measurable objective",
                        "quantify it: a business metric, its baseline, a target and a due date");
                  }
                }
              });

  /** SBS003: an objective is measured by a vanity or engagement metric. */
  public static final Rule VANITY_OBJECTIVE =
      Rule.builder("SBS003", "vanity-objective")
          .title("Objective measured by a vanity or engagement metric")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOALS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "Fans, followers, likes and even comments are not business results; engagement that"
                  + " cannot be tied to an outcome is meaningless. Objectives measure outcomes.")
          .perStrategy(
              (strategy, context) -> {
                List<BusinessGoal> goals = strategy.goals();
                for (int i = 0; i < goals.size(); i++) {
                  BusinessGoal goal = goals.get(i);
                  for (int j = 0; j < goal.objectives().size(); j++) {
                    Metric metric =
                        strategy.metric(goal.objectives().get(j).metric()).orElseThrow();
                    if (metric.kind() != MetricKind.BUSINESS_OUTCOME) {
                      context.report(
                          Subject.of(goal.id()),
                          Elements.goal(i, goal.id()).index("objectives", j),
                          "goal "
                              + Elements.quoted(goal.id())
                              + " is measured by "
                              + Elements.quoted(metric.id())
                              + ", "
                              + (metric.kind() == MetricKind.VANITY
                                  ? "a vanity metric"
                                  : "an engagement metric")
                              + ", not by a business outcome",
                          "measure the goal by a business outcome such as net new customers,"
                              + " revenue or cost to serve");
                    }
                  }
                }
              });

  /** SBS004: an objective falls due outside the roadmap's horizon. */
  public static final Rule OBJECTIVE_OUTSIDE_HORIZON =
      Rule.builder("SBS004", "objective-outside-horizon")
          .title("Objective due outside the roadmap horizon")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOALS)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "The roadmap is the plan that delivers the goals; a target due after it ends, or before"
                  + " it starts, has no plan behind it.")
          .perStrategy(
              (strategy, context) ->
                  strategy
                      .roadmap()
                      .ifPresent(
                          roadmap -> {
                            DateRange horizon = roadmap.horizon();
                            List<BusinessGoal> goals = strategy.goals();
                            for (int i = 0; i < goals.size(); i++) {
                              BusinessGoal goal = goals.get(i);
                              for (int j = 0; j < goal.objectives().size(); j++) {
                                Objective objective = goal.objectives().get(j);
                                if (!horizon.contains(objective.due())) {
                                  context.report(
                                      Subject.of(goal.id()),
                                      Elements.goal(i, goal.id()).index("objectives", j),
                                      "goal "
                                          + Elements.quoted(goal.id())
                                          + " has an objective due "
                                          + objective.due()
                                          + ", outside the roadmap horizon "
                                          + horizon,
                                      "plan for it on the roadmap, or bring the due date inside"
                                          + " the roadmap's horizon");
                                }
                              }
                            }
                          }));

  /** SBS005: a goal's title names a channel. */
  public static final Rule GOAL_NAMES_CHANNEL =
      Rule.builder("SBS005", "goal-names-channel")
          .title("Goal title names a channel")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOALS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "An end never says how. A goal such as 'grow our Facebook fans' is a social media"
                  + " goal, an end in itself; the business goal is what those fans were meant to"
                  + " bring, and the channel belongs to a tactic.")
          .perStrategy(
              (strategy, context) -> {
                Set<String> channels = channelNames(strategy, context);
                List<BusinessGoal> goals = strategy.goals();
                for (int i = 0; i < goals.size(); i++) {
                  BusinessGoal goal = goals.get(i);
                  StrategyPath title = Elements.goal(i, goal.id()).field("title");
                  channelIn(goal.title(), channels)
                      .ifPresent(
                          channel ->
                              context.report(
                                  Subject.of(goal.id()),
                                  title,
                                  "goal "
                                      + Elements.quoted(goal.id())
                                      + " names the channel '"
                                      + channel
                                      + "' in its title: a goal says what the business achieves, not"
                                      + " how",
                                  "state the business result (for example, grow online revenue) and"
                                      + " let tactics name the channels"));
                }
              });

  /** SBS006: no tactic serves a goal. */
  public static final Rule UNSUPPORTED_GOAL =
      Rule.builder("SBS006", "unsupported-goal")
          .title("Goal no tactic serves")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOALS)
          .factor(SuccessFactor.BUSINESS_GOALS)
          .rationale(
              "A strategy is the plan for reaching its goals; a goal with no tactic behind it is a"
                  + " wish.")
          .perStrategy(
              (strategy, context) -> {
                List<BusinessGoal> goals = strategy.goals();
                for (int i = 0; i < goals.size(); i++) {
                  BusinessGoal goal = goals.get(i);
                  if (strategy.tacticsSupporting(goal.id()).isEmpty()) {
                    context.report(
                        Subject.of(goal.id()),
                        Elements.goal(i, goal.id()),
                        "no tactic serves goal " + Elements.quoted(goal.id()),
                        "add a tactic that moves it, social or not, or drop the goal");
                  }
                }
              });

  /** SBS007: a goal has no sponsor. */
  public static final Rule GOAL_WITHOUT_SPONSOR =
      Rule.builder("SBS007", "goal-without-sponsor")
          .title("Goal has no sponsor")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOALS)
          .factor(SuccessFactor.EXECUTIVE_SUPPORT)
          .rationale(
              "Executives back what they answer for; a goal without a sponsor has nobody in the"
                  + " C-suite asking for its results.")
          .perStrategy(
              (strategy, context) -> {
                List<BusinessGoal> goals = strategy.goals();
                for (int i = 0; i < goals.size(); i++) {
                  BusinessGoal goal = goals.get(i);
                  if (goal.sponsor().isEmpty()) {
                    context.report(
                        Subject.of(goal.id()),
                        Elements.goal(i, goal.id()),
                        "goal " + Elements.quoted(goal.id()) + " has no sponsor",
                        "name the executive who answers for it");
                  }
                }
              });

  private static final int LONGEST_NAME = 4;
  private static final Pattern PARENTHESES = Pattern.compile("\\(.*\\)");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private GoalRules() {}

  /**
   * The names a goal title must not carry: the well-known social channels, the social channels the
   * strategy's tactics use, and a few words for social media itself, each as lower-case words
   * joined by single spaces. Single letters (X) are left out; they are too often plain words.
   */
  private static Set<String> channelNames(Strategy strategy, RuleContext context) {
    Set<Channel> channels = new HashSet<>(Channel.wellKnown());
    channels.addAll(TacticFacts.of(context).customChannels());
    Set<String> names =
        new HashSet<>(List.of("twitter", "tweets", "social media", "social network"));
    for (Channel channel : channels) {
      if (channel.isSocial()) {
        String name = String.join(" ", words(PARENTHESES.matcher(channel.label()).replaceAll("")));
        if (name.length() > 1) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * Finds the first run of up to {@value #LONGEST_NAME} words of the title that is a channel's
   * name, looking at each start word once: linear in the title, whatever the number of channels.
   */
  private static Optional<String> channelIn(String title, Set<String> channels) {
    List<String> words = words(title);
    for (int start = 0; start < words.size(); start++) {
      StringBuilder run = new StringBuilder();
      for (int end = start; end < Math.min(words.size(), start + LONGEST_NAME); end++) {
        if (end > start) {
          run.append(' ');
        }
        run.append(words.get(end));
        if (channels.contains(run.toString())) {
          return Optional.of(run.toString());
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
