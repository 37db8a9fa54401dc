package org.socialstrategy.report;

import java.util.List;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.BenchmarkItem;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;

/**
 * A scorecard as Markdown for wikis and pull requests: summary, success factors, maturity,
 * alignment, objectives, returns, attribution (when the strategy carries attributed observations),
 * benchmark and findings as tables, with Mermaid diagrams of the goals and tactics and of the
 * roadmap, which common git hosts render. At most {@value #MAX_ROWS} rows per table; a line says
 * how many more there are.
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
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(Escaping.markdownProse(strategy.organization().name()))
        .append(": social business strategy\n\n");
    out.append(Summary.of(card, Escaping::markdownProse)).append("\n\n");

    out.append("## Success factors\n\n| # | factor | score | missing |\n|---|---|---|---|\n");
    for (FactorScore factor : card.successFactors()) {
      out.append("| ")
          .append(factor.factor().number())
          .append(" | ")
          .append(factor.factor().title())
          .append(" | ")
          .append(factor.score())
          .append(" | ")
          .append(Escaping.markdownCell(String.join("; ", factor.missing())))
          .append(" |\n");
    }
    out.append("\nOverall: **").append(card.overall()).append("/100**\n\n");

    out.append("## Maturity\n\nStage reached: **")
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
        .append(alignment.alignedTactics())
        .append(" of ")
        .append(Wording.count(alignment.tactics(), "tactic"))
        .append(" (")
        .append(Wording.percent(alignment.shareByCount()))
        .append(") serve a goal through a business outcome");
    if (alignment.shareByBudget().isPresent()) {
      out.append("; ")
          .append(Wording.percent(alignment.shareByBudget().getAsDouble()))
          .append(" of spend; unaligned spend ")
          .append(Wording.money(alignment.unalignedSpend()));
    }
    out.append(".\n\n```mermaid\n").append(Diagrams.mermaidGraph(strategy)).append("```\n");

    out.append("\n## Roadmap\n\n```mermaid\n")
        .append(Diagrams.mermaidGantt(strategy))
        .append("```\n");

    out.append("\n## Objectives\n\n| goal | metric | actual | target | status | grade |\n")
        .append("|---|---|---|---|---|---|\n");
    List<ObjectiveProgress> progress = card.progress();
    for (ObjectiveProgress objective : progress.subList(0, Math.min(progress.size(), MAX_ROWS))) {
      out.append("| ")
          .append(Escaping.markdownCell(objective.goal().value()))
          .append(" | ")
          .append(Escaping.markdownCell(objective.metric().value()))
          .append(" | ")
          .append(objective.actual().map(Wording::number).orElse("-"))
          .append(" | ")
          .append(Wording.number(objective.target()))
          .append(" | ")
          .append(objective.status())
          .append(" | ")
          .append(objective.grade())
          .append(" |\n");
    }
    more(out, progress.size(), "objective");

    out.append("\n## Return on investment\n\n| rank | tactic | channel | cost | value | ROI |\n")
        .append("|---|---|---|---|---|---|\n");
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
          .append(Wording.money(roi.cost()))
          .append(" | ")
          .append(Wording.money(roi.value()))
          .append(" | ")
          .append(roi.computable() ? roi.roiPercent() : Escaping.markdownCell(roi.explanation()))
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
    return out.toString();
  }

  private static void more(StringBuilder out, int total, String noun) {
    if (total > MAX_ROWS) {
      out.append("\n")
          .append(Wording.count(total - MAX_ROWS, "more " + noun))
          .append(" not shown.\n");
    }
  }
}
