package org.socialstrategy.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.Scorecard;

/**
 * Diagrams of a strategy: goals with their objectives and the tactics that serve them (Mermaid
 * flowchart or Graphviz DOT), the roadmap as a Mermaid Gantt chart, and, from a scorecard, the
 * chain from each goal to the actuals observed. Unaligned tactics stand out in red. At most {@value
 * #MAX_TACTICS} tactics and {@value #MAX_INITIATIVES} initiatives are drawn; a note says how many
 * more there are.
 */
public final class Diagrams {

  /** The most tactics a diagram draws. */
  public static final int MAX_TACTICS = 150;

  /** The most initiatives a Gantt chart draws. */
  public static final int MAX_INITIATIVES = 150;

  private Diagrams() {}

  /**
   * Draws goals, objectives and tactics as a Mermaid flowchart.
   *
   * @param strategy the strategy
   * @return the Mermaid source, starting with {@code flowchart LR}
   */
  public static String mermaidGraph(Strategy strategy) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    Map<GoalId, String> goalNodes = new HashMap<>();
    List<BusinessGoal> goals = strategy.goals();
    for (int i = 0; i < goals.size(); i++) {
      BusinessGoal goal = goals.get(i);
      String node = "g" + i;
      goalNodes.put(goal.id(), node);
      out.append("  ")
          .append(node)
          .append("[\"")
          .append(Escaping.mermaidLabel(goal.title()))
          .append("\"]:::goal\n");
      for (int j = 0; j < goal.objectives().size(); j++) {
        String objectiveNode = node + "o" + j;
        out.append("  ")
            .append(objectiveNode)
            .append("([\"")
            .append(Escaping.mermaidLabel(objectiveLabel(strategy, goal.objectives().get(j))))
            .append("\"]):::objective\n")
            .append("  ")
            .append(objectiveNode)
            .append(" -.- ")
            .append(node)
            .append('\n');
      }
    }
    List<Tactic> tactics = strategy.tactics();
    for (int i = 0; i < Math.min(tactics.size(), MAX_TACTICS); i++) {
      Tactic tactic = tactics.get(i);
      String node = "t" + i;
      out.append("  ")
          .append(node)
          .append("[\"")
          .append(Escaping.mermaidLabel(tactic.name() + " (" + tactic.channel().label() + ")"))
          .append("\"]:::")
          .append(AlignmentScore.isAligned(strategy, tactic) ? "tactic" : "unaligned")
          .append('\n');
      for (GoalSupport support : tactic.supports()) {
        out.append("  ").append(node).append(" -->");
        if (support.weight().isPresent()) {
          out.append("|").append(weight(support.weight().getAsDouble())).append("|");
        }
        out.append(' ').append(goalNodes.get(support.goal())).append('\n');
      }
    }
    if (tactics.size() > MAX_TACTICS) {
      out.append("  more[\"")
          .append(Wording.count(tactics.size() - MAX_TACTICS, "more tactic"))
          .append(" not drawn\"]\n");
    }
    out.append("  classDef goal fill:#dbeafe,stroke:#1d4ed8,color:#0b1f4d\n")
        .append("  classDef objective fill:#f1f5f9,stroke:#64748b,color:#1e293b\n")
        .append("  classDef tactic fill:#dcfce7,stroke:#15803d,color:#052e16\n")
        .append("  classDef unaligned fill:#fee2e2,stroke:#b91c1c,color:#450a0a\n");
    return out.toString();
  }

  /**
   * Draws the chain from each goal to what was observed, as a Mermaid flowchart: goal, objective
   * (where it stands), metric, the tactics that serve the goal and move the metric (their return),
   * and their actuals, arrows pointing from the actuals toward the goal. At most {@value
   * Chain#MAX_GOALS} goals and {@value Chain#MAX_TACTICS} tactics per objective are drawn.
   *
   * @param card the scorecard
   * @return the Mermaid source, starting with {@code flowchart RL}
   */
  public static String mermaidChain(Scorecard card) {
    StringBuilder out = new StringBuilder("flowchart RL\n");
    Chain chain = Chain.of(card);
    for (int g = 0; g < chain.goals().size(); g++) {
      Chain.Goal goal = chain.goals().get(g);
      String goalNode = "g" + g;
      node(out, goalNode, "Goal: " + goal.title(), "goal");
      for (int o = 0; o < goal.objectives().size(); o++) {
        Chain.Link link = goal.objectives().get(o);
        String objective = goalNode + "o" + o;
        String metric = objective + "m";
        node(out, objective, "Objective: " + link.title() + " / " + link.state(), "objective");
        node(out, metric, "Metric: " + link.metric(), "metric");
        arrow(out, goalNode, objective);
        arrow(out, objective, metric);
        if (link.strategyWide().isPresent()) {
          String actual = metric + "w";
          node(out, actual, "Actuals, whole strategy: " + link.strategyWide().get(), "actual");
          arrow(out, metric, actual);
        }
        for (int t = 0; t < link.tactics().size(); t++) {
          Chain.Step step = link.tactics().get(t);
          String tactic = metric + "t" + t;
          node(
              out,
              tactic,
              "Tactic: " + step.name() + " / " + step.roi(),
              step.loss() ? "loss" : "tactic");
          node(out, tactic + "a", "Actuals: " + step.actuals(), "actual");
          arrow(out, metric, tactic);
          arrow(out, tactic, tactic + "a");
        }
        if (link.moreTactics() > 0) {
          node(out, metric + "x", Wording.count(link.moreTactics(), "more tactic"), "actual");
          arrow(out, metric, metric + "x");
        }
        if (link.tactics().isEmpty() && link.strategyWide().isEmpty()) {
          node(out, metric + "n", "No tactic moves it, nothing observed", "loss");
          arrow(out, metric, metric + "n");
        }
      }
    }
    if (chain.moreGoals() > 0) {
      out.append("  more[\"")
          .append(Wording.count(chain.moreGoals(), "more goal"))
          .append(" not drawn\"]\n");
    }
    return out.append("  classDef goal fill:#dbeafe,stroke:#1d4ed8,color:#0b1f4d\n")
        .append("  classDef objective fill:#f1f5f9,stroke:#64748b,color:#1e293b\n")
        .append("  classDef metric fill:#fef9c3,stroke:#a16207,color:#422006\n")
        .append("  classDef tactic fill:#dcfce7,stroke:#15803d,color:#052e16\n")
        .append("  classDef loss fill:#fee2e2,stroke:#b91c1c,color:#450a0a\n")
        .append("  classDef actual fill:#ffffff,stroke:#94a3b8,color:#0f172a\n")
        .toString();
  }

  private static void node(StringBuilder out, String id, String label, String style) {
    out.append("  ")
        .append(id)
        .append("[\"")
        .append(Escaping.mermaidLabel(label))
        .append("\"]:::")
        .append(style)
        .append('\n');
  }

  /** An arrow from what feeds a step to the step; right to left, so the goal stands first. */
  private static void arrow(StringBuilder out, String to, String from) {
    out.append("  ").append(from).append(" --> ").append(to).append('\n');
  }

  /**
   * Draws the roadmap's initiatives as a Mermaid Gantt chart.
   *
   * @param strategy the strategy
   * @return the Mermaid source, starting with {@code gantt}; empty when the strategy has no roadmap
   *     or its roadmap no initiatives, since an empty chart says nothing (and does not render)
   */
  public static Optional<String> mermaidGantt(Strategy strategy) {
    StringBuilder out = new StringBuilder("gantt\n  dateFormat YYYY-MM-DD\n");
    Roadmap roadmap = strategy.roadmap().orElse(null);
    if (roadmap == null || roadmap.initiatives().isEmpty()) {
      return Optional.empty();
    }
    out.append("  title Roadmap ").append(roadmap.horizon()).append('\n');
    out.append("  section Initiatives\n");
    List<Initiative> initiatives = roadmap.initiatives();
    for (int i = 0; i < Math.min(initiatives.size(), MAX_INITIATIVES); i++) {
      Initiative initiative = initiatives.get(i);
      out.append("  ")
          .append(Escaping.mermaidGanttText(initiative.name(), "initiative"))
          .append(" :")
          .append(initiative.goals().isEmpty() ? "crit, " : "")
          .append("i")
          .append(i)
          .append(", ")
          .append(initiative.window().start())
          .append(", ")
          .append(initiative.window().end().plusDays(1))
          .append('\n');
    }
    if (initiatives.size() > MAX_INITIATIVES) {
      out.append("  ")
          .append(Wording.count(initiatives.size() - MAX_INITIATIVES, "more initiative"))
          .append(" not drawn :milestone, ")
          .append(roadmap.horizon().end())
          .append(", 0d\n");
    }
    return Optional.of(out.toString());
  }

  /**
   * Says in a sentence why there is no Gantt chart, for a strategy {@link #mermaidGantt} draws none
   * for.
   *
   * @param strategy the strategy
   * @return {@code "The strategy has no roadmap yet."}, or that its roadmap has no initiatives
   */
  public static String noGantt(Strategy strategy) {
    return strategy.roadmap().isEmpty()
        ? "The strategy has no roadmap yet."
        : "The roadmap " + strategy.roadmap().get().horizon() + " has no initiatives yet.";
  }

  /**
   * Draws goals, objectives and tactics as a Graphviz DOT digraph.
   *
   * @param strategy the strategy
   * @return the DOT source
   */
  public static String dot(Strategy strategy) {
    StringBuilder out =
        new StringBuilder("digraph strategy {\n")
            .append("  rankdir=LR;\n")
            .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
    for (BusinessGoal goal : strategy.goals()) {
      String node = Escaping.dotString("goal:" + goal.id());
      out.append("  ")
          .append(node)
          .append(" [label=")
          .append(Escaping.dotString(goal.title()))
          .append(", fillcolor=\"#dbeafe\"];\n");
      for (int j = 0; j < goal.objectives().size(); j++) {
        String objective = Escaping.dotString("objective:" + goal.id() + ":" + j);
        out.append("  ")
            .append(objective)
            .append(" [shape=note, label=")
            .append(Escaping.dotString(objectiveLabel(strategy, goal.objectives().get(j))))
            .append(", fillcolor=\"#f1f5f9\"];\n")
            .append("  ")
            .append(objective)
            .append(" -> ")
            .append(node)
            .append(" [style=dashed, arrowhead=none];\n");
      }
    }
    List<Tactic> tactics = strategy.tactics();
    for (int i = 0; i < Math.min(tactics.size(), MAX_TACTICS); i++) {
      Tactic tactic = tactics.get(i);
      String node = Escaping.dotString("tactic:" + tactic.id());
      out.append("  ")
          .append(node)
          .append(" [label=")
          .append(Escaping.dotString(tactic.name() + "\n" + tactic.channel().label()))
          .append(", fillcolor=")
          .append(AlignmentScore.isAligned(strategy, tactic) ? "\"#dcfce7\"" : "\"#fee2e2\"")
          .append("];\n");
      for (GoalSupport support : tactic.supports()) {
        out.append("  ")
            .append(node)
            .append(" -> ")
            .append(Escaping.dotString("goal:" + support.goal()));
        if (support.weight().isPresent()) {
          out.append(" [label=\"").append(weight(support.weight().getAsDouble())).append("\"]");
        }
        out.append(";\n");
      }
    }
    if (tactics.size() > MAX_TACTICS) {
      out.append("  more [shape=plaintext, style=\"\", label=")
          .append(
              Escaping.dotString(
                  Wording.count(tactics.size() - MAX_TACTICS, "more tactic") + " not drawn"))
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** Describes an objective: metric, baseline to target, due date. */
  static String objectiveLabel(Strategy strategy, Objective objective) {
    String metric =
        strategy.metric(objective.metric()).map(m -> m.name()).orElse(objective.metric().value());
    return objective.statement().orElse(metric)
        + ": "
        + Wording.plain(objective.baseline())
        + " to "
        + Wording.plain(objective.target())
        + " by "
        + objective.due();
  }

  private static String weight(double weight) {
    return Wording.plain(BigDecimal.valueOf(weight).stripTrailingZeros());
  }
}
