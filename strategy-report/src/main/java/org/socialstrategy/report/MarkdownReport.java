package org.socialstrategy.report;

import java.util.List;
import java.util.Optional;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.BenchmarkItem;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.Headline;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Waiver;

/**
 * A scorecard as Markdown for wikis and pull requests. It leads with the two headline figures,
 * results and plan, and a summary that puts money and results first (best and worst returns,
 * unaligned spend, objectives at risk or off track), then the plan; then how each figure is made,
 * the chain from goals to actuals as a Mermaid diagram, success factors, maturity, alignment,
 * roadmap, objectives, returns, value exchange, attribution (when the strategy carries attributed
 * observations), benchmark and findings as tables. Losses carry their minus sign and the word
 * "loss". At most {@value #MAX_ROWS} rows per table; a line says how many more there are.
 */
public final class MarkdownReport {

  /** The most rows a table shows. */
  public static final int MAX_ROWS = 200;

  private MarkdownReport() {}

  /**
   * Renders a scorecard.
   *
   * @param card the scorecard
   * @return the Markdown text
   */
  public static String render(Scorecard card) {
    Strategy strategy = card.strategy();
    Summary summary = Summary.of(card);
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(Escaping.markdownProse(strategy.organization().name()))
        .append(": social business strategy\n\n");
    out.append("**Results ")
        .append(card.results().display())
        .append("** · **Plan ")
        .append(card.plan().display())
        .append("** · as of ")
        .append(card.asOf())
        .append("\n\n");

    out.append("## Money and results\n\n");
    if (!card.results().measured()) {
      out.append("- Results are not measured yet: nothing has been observed.\n");
    }
    summary.best().ifPresent(r -> out.append("- Best return: ").append(returnText(r)).append('\n'));
    summary
        .worst()
        .ifPresent(r -> out.append("- Worst return: ").append(returnText(r)).append('\n'));
    summary
        .unalignedSpend()
        .ifPresent(
            s -> out.append("- Unaligned spend: ").append(Escaping.markdownProse(s)).append('\n'));
    for (ObjectiveProgress p : summary.atRisk()) {
      out.append("- ")
          .append(Escaping.markdownProse(Summary.objectiveTitle(strategy, p)))
          .append(": ")
          .append(Summary.objectiveState(p))
          .append('\n');
    }
    for (String first : summary.measureFirst()) {
      out.append("- Measure first: ").append(Escaping.markdownProse(first)).append('\n');
    }
    out.append("\n## Plan\n\n").append(Escaping.markdownProse(summary.plan())).append("\n\n");

    evidence(out, card.results());
    evidence(out, card.plan());

    out.append("## From goals to actuals\n\n```mermaid\n")
        .append(Diagrams.mermaidChain(card))
        .append("```\n\n");

    out.append("## Success factors\n\n| # | factor | score | missing |\n|---|---|---|---|\n");
    for (FactorScore factor : card.successFactors()) {
      out.append("| ")
          .append(factor.factor().number())
          .append(" | ")
          .append(factor.factor().title())
          .append(" | ")
          .append(factor.display())
          .append(" | ")
          .append(
              Escaping.markdownCell(
                  String.join(
                      "; ", factor.applicable() ? factor.missing() : factor.notApplicable())))
          .append(" |\n");
    }

    out.append("\n## Maturity\n\nStage reached: **")
        .append(card.maturity().stage().title())
        .append("**");
    if (!card.maturity().nextStageNeeds().isEmpty()) {
      out.append(". To reach ").append(card.maturity().stage().next().title()).append(":\n\n");
      for (Criterion needed : card.maturity().nextStageNeeds()) {
        out.append("- ")
            .append(Escaping.markdownProse(needed.description()))
            .append(" (")
            .append(Escaping.markdownCell(needed.detail()))
            .append(")\n");
      }
    } else {
      out.append(".\n");
    }

    AlignmentScore alignment = card.alignment();
    out.append("\n## Alignment\n\n")
        .append(
            Wording.partOf(
                alignment.alignedTactics(), alignment.tactics(), "tactic", "serves", "serve"))
        .append(" a goal through a business outcome (")
        .append(Wording.percent(alignment.shareByCount()))
        .append(")");
    if (alignment.shareByBudget().isPresent()) {
      out.append("; ")
          .append(Wording.percent(alignment.shareByBudget().getAsDouble()))
          .append(" of spend; unaligned spend ")
          .append(Wording.money(alignment.unalignedSpend()));
    }
    out.append(".\n\n```mermaid\n").append(Diagrams.mermaidGraph(strategy)).append("```\n");

    out.append("\n## Roadmap\n\n");
    Optional<String> gantt = Diagrams.mermaidGantt(strategy);
    if (gantt.isPresent()) {
      out.append("```mermaid\n").append(gantt.get()).append("```\n");
    } else {
      out.append(Diagrams.noGantt(strategy)).append('\n');
    }

    out.append("\n## Objectives\n\n| objective | actual | target | due | status | grade |\n")
        .append("|---|---|---|---|---|---|\n");
    List<ObjectiveProgress> progress = card.progress();
    for (ObjectiveProgress objective : progress.subList(0, Math.min(progress.size(), MAX_ROWS))) {
      out.append("| ")
          .append(Escaping.markdownCell(Summary.objectiveTitle(strategy, objective)))
          .append(" | ")
          .append(objective.actual().map(Wording::number).orElse("no data"))
          .append(" | ")
          .append(Wording.number(objective.target()))
          .append(" | ")
          .append(objective.due())
          .append(" | ")
          .append(objective.status().words())
          .append(" | ")
          .append(objective.actual().isPresent() ? objective.grade().toPlainString() : "no data")
          .append(" |\n");
    }
    more(out, progress.size(), "objective");

    out.append(
            "\n## Return on investment\n\n"
                + "| rank | tactic | channel | cost to date | of cost | value | ROI | projected |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    List<TacticRoi> returns = card.returns();
    for (TacticRoi roi : returns.subList(0, Math.min(returns.size(), MAX_ROWS))) {
      out.append("| ")
          .append(roi.rank().isPresent() ? String.valueOf(roi.rank().getAsInt()) : "-")
          .append(" | ")
          .append(Escaping.markdownCell(roi.name()))
          .append(" | ")
          .append(Escaping.markdownCell(roi.channel().label()))
          .append(roi.channel().isSocial() ? "" : " (" + Wording.channelNote(roi.channel()) + ")")
          .append(" | ")
          .append(Wording.money(roi.costToDate()))
          .append(" | ")
          .append(Wording.money(roi.cost()))
          .append(" | ")
          .append(Wording.money(roi.value()))
          .append(" | ")
          .append(
              roi.computable()
                  ? percent(Wording.percent(roi.roi().orElseThrow()), roi.isLoss())
                  : Escaping.markdownCell(roi.explanation()))
          .append(" | ")
          .append(
              roi.projectedRoi().map(p -> percent(Wording.percent(p), p.signum() < 0)).orElse("-"))
          .append(" |\n");
    }
    more(out, returns.size(), "tactic");
    out.append(AttributionSection.markdown(card));

    out.append(
            "\n## Value exchange\n\n| tactic | the customer receives | the organization captures |\n")
        .append("|---|---|---|\n");
    List<Tactic> tactics = strategy.tactics();
    for (Tactic tactic : tactics.subList(0, Math.min(tactics.size(), MAX_ROWS))) {
      out.append("| ")
          .append(Escaping.markdownCell(tactic.name()))
          .append(" | ")
          .append(Escaping.markdownCell(Wording.side(tactic.value().customer())))
          .append(" | ")
          .append(Escaping.markdownCell(Wording.side(tactic.value().organization())))
          .append(" |\n");
    }
    more(out, tactics.size(), "tactic");

    out.append("\n## Against the survey\n\n");
    for (BenchmarkItem item : card.benchmark().items()) {
      out.append("- ")
          .append(Escaping.markdownProse(item.measure()))
          .append(": ")
          .append(Escaping.markdownCell(item.statement()))
          .append('\n');
    }

    out.append("\n## Findings\n\n").append(card.validation().summary()).append("\n\n");
    List<Finding> findings = card.validation().findings();
    if (!findings.isEmpty()) {
      out.append("| severity | rule | where | finding | fix |\n|---|---|---|---|---|\n");
      for (Finding finding : findings.subList(0, Math.min(findings.size(), MAX_ROWS))) {
        out.append("| ")
            .append(finding.severity().key())
            .append(" | ")
            .append(Escaping.markdownCell(finding.ruleId() + " " + finding.ruleName()))
            .append(" | ")
            .append(Escaping.markdownCell(finding.path().toString()))
            .append(" | ")
            .append(Escaping.markdownCell(finding.message()))
            .append(" | ")
            .append(Escaping.markdownCell(finding.fix()))
            .append(" |\n");
      }
      more(out, findings.size(), "finding");
    }
    List<Waiver> waivers = card.validation().waivers();
    if (!waivers.isEmpty()) {
      out.append("\n### Waivers\n\n");
      for (Waiver waiver : waivers.subList(0, Math.min(waivers.size(), MAX_ROWS))) {
        out.append("- ").append(Escaping.markdownProse(Wording.waiver(waiver))).append('\n');
      }
      more(out, waivers.size(), "waiver");
    }
    return out.toString();
  }

  private static void evidence(StringBuilder out, Headline figure) {
    out.append("### How the ").append(figure.title()).append(" figure is made\n\n");
    for (String item : figure.evidence()) {
      out.append("- ").append(Escaping.markdownProse(item)).append('\n');
    }
    out.append('\n');
  }

  private static String returnText(Summary.Return r) {
    return Escaping.markdownProse(r.tactic())
        + ", "
        + percent(r.percent(), r.loss())
        + " "
        + Escaping.markdownProse(r.detail());
  }

  /** A percentage, bold with the word "loss" when negative: the sign never stands alone. */
  private static String percent(String percent, boolean loss) {
    return loss ? "**" + percent + " (loss)**" : percent;
  }

  /** Says how many rows a list cut at {@link #MAX_ROWS} left out, if any. */
  static void more(StringBuilder out, int total, String noun) {
    if (total > MAX_ROWS) {
      out.append("\n")
          .append(Wording.count(total - MAX_ROWS, "more " + noun))
          .append(" not shown.\n");
    }
  }
}
