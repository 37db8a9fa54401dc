package org.socialstrategy.report;

import java.util.List;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.scorecard.AlignmentRow;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.BenchmarkItem;
import org.socialstrategy.scoring.scorecard.Criterion;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.OutcomeUnits;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;

/**
 * A scorecard as one self-contained HTML page an executive can read: no network, no scripts, no
 * external fonts or images; charts are inline SVG. It opens with a summary in business language,
 * then the scorecard, maturity and what the next stage needs, the seven success factors as a chart,
 * the alignment matrix of goals and tactics, the roadmap timeline, the value exchange of each
 * tactic, returns on investment, objectives, the survey benchmark, and the findings. Tables show at
 * most {@value #MAX_ROWS} rows (the matrix {@value #MAX_MATRIX_GOALS} goals), with a note of what
 * was left out.
 */
public final class HtmlReport {

  /** The most rows a table shows. */
  public static final int MAX_ROWS = 200;

  /** The most goals the alignment matrix shows as columns. */
  public static final int MAX_MATRIX_GOALS = 25;

  private static final String STYLE =
      "body{margin:0;background:#f8fafc;color:#0f172a;font:15px/1.5 system-ui,-apple-system,"
          + "'Segoe UI',Roboto,Helvetica,Arial,sans-serif}"
          + "main{max-width:980px;margin:0 auto;padding:24px}"
          + "header{background:#0f172a;color:#f8fafc;padding:24px;border-radius:10px}"
          + "header h1{margin:0;font-size:26px}header p{margin:4px 0 0;color:#cbd5e1}"
          + ".kpis{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}"
          + ".kpi{background:#1e293b;border-radius:8px;padding:10px 14px;min-width:120px}"
          + ".kpi b{display:block;font-size:22px;color:#fff}.kpi span{color:#94a3b8;font-size:13px}"
          + "section{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:18px 22px;"
          + "margin-top:18px}"
          + "h2{margin:0 0 12px;font-size:19px}"
          + "table{border-collapse:collapse;width:100%;font-size:14px}"
          + "th,td{border-bottom:1px solid #e2e8f0;padding:6px 8px;text-align:left;vertical-align:top}"
          + "th{background:#f1f5f9;font-weight:600}td.num{text-align:right;white-space:nowrap}"
          + ".badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;white-space:nowrap;"
          + "font-weight:600;color:#fff}"
          + ".error,.OFF_TRACK{background:#b91c1c}.warning,.AT_RISK{background:#b45309}"
          + ".info,.NO_DATA{background:#64748b}.ACHIEVED,.ON_TRACK,.yes{background:#15803d}"
          + ".no{background:#94a3b8}"
          + ".matrix td{text-align:center}.matrix td.name{text-align:left}"
          + ".hit{color:#1d4ed8;font-weight:700}.unaligned{background:#fef2f2}"
          + "details{margin:6px 0}summary{cursor:pointer}"
          + ".note{color:#64748b;font-size:13px}"
          + "svg text{font:13px system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
          + "fill:#0f172a}svg .step-done{fill:#fff;font-weight:600}svg .motto,svg .axis{fill:#64748b;"
          + "font-size:12px}svg .value{font-weight:600}"
          + "ul{margin:6px 0;padding-left:20px}";

  private HtmlReport() {}

  /**
   * Renders a scorecard as a complete HTML document.
   *
   * @param card the scorecard
   * @return the HTML text
   */
  public static String render(Scorecard card) {
    Strategy strategy = card.strategy();
    String organization = Escaping.html(strategy.organization().name());
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(organization)
        .append(": social business strategy</title><style>")
        .append(STYLE)
        .append("</style></head><body><main>\n");
    header(out, card, organization);
    section(out, "summary", "Summary")
        .append("<p>")
        .append(Summary.of(card, Escaping::html))
        .append("</p></section>\n");
    maturity(out, card);
    factors(out, card);
    alignment(out, card);
    roadmap(out, strategy);
    valueExchange(out, strategy);
    returns(out, card);
    out.append(AttributionSection.html(card));
    objectives(out, card);
    benchmark(out, card);
    findings(out, card);
    out.append("<p class=\"note\">Scorecard as of ")
        .append(card.asOf())
        .append(". Every figure and formula is explained in the library's docs/scoring.md.</p>")
        .append("</main></body></html>\n");
    return out.toString();
  }

  private static void header(StringBuilder out, Scorecard card, String organization) {
    AlignmentScore alignment = card.alignment();
    out.append("<header><h1>")
        .append(organization)
        .append("</h1><p>Social business strategy scorecard as of ")
        .append(card.asOf())
        .append("</p><div class=\"kpis\">");
    kpi(out, card.overall() + "/100", "overall score");
    kpi(out, card.maturity().stage().title(), "maturity stage");
    kpi(out, Wording.percent(alignment.shareByCount()), "tactics aligned");
    kpi(out, Wording.money(alignment.unalignedSpend()), "unaligned spend");
    kpi(out, String.valueOf(card.validation().count(Severity.ERROR)), "errors");
    out.append("</div></header>\n");
  }

  private static void kpi(StringBuilder out, String value, String label) {
    out.append("<div class=\"kpi\"><b>")
        .append(Escaping.html(value))
        .append("</b><span>")
        .append(label)
        .append("</span></div>");
  }

  private static StringBuilder section(StringBuilder out, String id, String title) {
    return out.append("<section id=\"").append(id).append("\"><h2>").append(title).append("</h2>");
  }

  private static void maturity(StringBuilder out, Scorecard card) {
    section(out, "maturity", "Maturity").append(Svg.maturitySteps(card.maturity().stage()));
    if (card.maturity().nextStageNeeds().isEmpty()) {
      out.append("<p>Every criterion of every stage is met.</p>");
    } else {
      out.append("<p>To reach <b>")
          .append(card.maturity().stage().next().title())
          .append("</b>:</p><ul>");
      for (Criterion needed : card.maturity().nextStageNeeds()) {
        out.append("<li>")
            .append(Escaping.html(needed.description()))
            .append(" <span class=\"note\">(")
            .append(Escaping.html(needed.detail()))
            .append(")</span></li>");
      }
      out.append("</ul>");
    }
    out.append("</section>\n");
  }

  private static void factors(StringBuilder out, Scorecard card) {
    section(out, "factors", "The seven success factors")
        .append(Svg.factorBars(card.successFactors()));
    for (FactorScore factor : card.successFactors()) {
      out.append("<details><summary>")
          .append(factor.factor().number())
          .append(". ")
          .append(Escaping.html(factor.factor().title()))
          .append(": ")
          .append(factor.score())
          .append("</summary>");
      list(out, "What counted", factor.evidence());
      list(out, "What is missing", factor.missing());
      if (!factor.findings().isEmpty()) {
        list(
            out,
            "Findings",
            factor.findings().stream().map(f -> f.ruleId() + " " + f.message()).toList());
      }
      out.append("</details>");
    }
    out.append("</section>\n");
  }

  private static void list(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<p class=\"note\">").append(title).append("</p><ul>");
    for (String item : items.subList(0, Math.min(items.size(), MAX_ROWS))) {
      out.append("<li>").append(Escaping.html(item)).append("</li>");
    }
    out.append("</ul>");
  }

  private static void alignment(StringBuilder out, Scorecard card) {
    Strategy strategy = card.strategy();
    AlignmentScore alignment = card.alignment();
    section(out, "alignment", "Alignment")
        .append("<p>")
        .append(alignment.alignedTactics())
        .append(" of ")
        .append(Wording.count(alignment.tactics(), "tactic"))
        .append(" serve a goal through a business outcome (")
        .append(Wording.percent(alignment.shareByCount()))
        .append(" by count");
    if (alignment.shareByBudget().isPresent()) {
      out.append(", ")
          .append(Wording.percent(alignment.shareByBudget().getAsDouble()))
          .append(" by budget");
    }
    out.append("); ")
        .append(alignment.supportedGoals())
        .append(" of ")
        .append(Wording.count(alignment.goals(), "goal"))
        .append(" are served.</p>");
    out.append("<table><tr><th>business function</th><th>tactics</th><th>aligned</th>")
        .append("<th>spend</th><th>aligned spend</th></tr>");
    for (AlignmentRow row : alignment.byFunction()) {
      out.append("<tr><td>")
          .append(Escaping.html(row.label()))
          .append("</td><td class=\"num\">")
          .append(row.tactics())
          .append("</td><td class=\"num\">")
          .append(Wording.percent(row.share()))
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(row.spend())))
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(row.alignedSpend())))
          .append("</td></tr>");
    }
    out.append("</table>");
    List<BusinessGoal> goals =
        strategy.goals().subList(0, Math.min(strategy.goals().size(), MAX_MATRIX_GOALS));
    List<Tactic> tactics =
        strategy.tactics().subList(0, Math.min(strategy.tactics().size(), MAX_ROWS));
    out.append(
        "<h3>Goals and the tactics that serve them</h3><table class=\"matrix\"><tr><th>tactic</th>");
    for (BusinessGoal goal : goals) {
      out.append("<th title=\"")
          .append(Escaping.html(goal.title()))
          .append("\">")
          .append(Escaping.html(goal.title()))
          .append("</th>");
    }
    out.append("<th>aligned</th></tr>");
    for (Tactic tactic : tactics) {
      boolean aligned = AlignmentScore.isAligned(strategy, tactic);
      out.append("<tr")
          .append(aligned ? "" : " class=\"unaligned\"")
          .append("><td class=\"name\">")
          .append(Escaping.html(tactic.name()))
          .append("</td>");
      for (BusinessGoal goal : goals) {
        out.append("<td>");
        for (GoalSupport support : tactic.supports()) {
          if (support.goal().equals(goal.id())) {
            out.append("<span class=\"hit\">")
                .append(
                    support.weight().isPresent()
                        ? Wording.percent(support.weight().getAsDouble())
                        : "&#10003;")
                .append("</span>");
          }
        }
        out.append("</td>");
      }
      out.append("<td>")
          .append(badge(aligned ? "yes" : "no", aligned ? "yes" : "no"))
          .append("</td></tr>");
    }
    out.append("</table>");
    note(out, strategy.tactics().size(), tactics.size(), "tactic");
    note(out, strategy.goals().size(), goals.size(), "goal");
    out.append("</section>\n");
  }

  private static void roadmap(StringBuilder out, Strategy strategy) {
    section(out, "roadmap", "Roadmap");
    if (strategy.roadmap().isEmpty()) {
      out.append("<p>The strategy has no roadmap.</p>");
    } else {
      out.append(Svg.timeline(strategy.roadmap().get().horizon(), strategy.initiatives()));
      note(
          out,
          strategy.initiatives().size(),
          Math.min(strategy.initiatives().size(), Svg.MAX_TIMELINE_ROWS),
          "initiative");
    }
    out.append("</section>\n");
  }

  private static void valueExchange(StringBuilder out, Strategy strategy) {
    section(out, "value", "Value exchange: what each side gets")
        .append("<table><tr><th>tactic</th><th>the customer receives</th>")
        .append("<th>the organization captures</th></tr>");
    List<Tactic> tactics =
        strategy.tactics().subList(0, Math.min(strategy.tactics().size(), MAX_ROWS));
    for (Tactic tactic : tactics) {
      out.append("<tr")
          .append(tactic.value().isOneSided() ? " class=\"unaligned\"" : "")
          .append("><td>")
          .append(Escaping.html(tactic.name()))
          .append("</td><td>")
          .append(Escaping.html(Wording.side(tactic.value().customer())))
          .append("</td><td>")
          .append(Escaping.html(Wording.side(tactic.value().organization())))
          .append("</td></tr>");
    }
    out.append("</table>");
    note(out, strategy.tactics().size(), tactics.size(), "tactic");
    out.append("</section>\n");
  }

  private static void returns(StringBuilder out, Scorecard card) {
    section(out, "roi", "Return on investment")
        .append("<table><tr><th>#</th><th>tactic</th><th>channel</th><th>cost</th>")
        .append("<th>outcome value</th><th>net</th><th>ROI</th><th>cost per unit</th></tr>");
    List<TacticRoi> returns = card.returns().subList(0, Math.min(card.returns().size(), MAX_ROWS));
    for (TacticRoi roi : returns) {
      out.append("<tr><td class=\"num\">")
          .append(roi.rank().isPresent() ? String.valueOf(roi.rank().getAsInt()) : "")
          .append("</td><td>")
          .append(Escaping.html(roi.name()))
          .append("</td><td>")
          .append(Escaping.html(roi.channel().label()))
          .append(
              roi.channel().isSocial()
                  ? ""
                  : " <span class=\"note\">(" + Wording.channelNote(roi.channel()) + ")</span>")
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(roi.cost())))
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(roi.value())))
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(roi.net())))
          .append("</td>");
      if (roi.computable()) {
        out.append("<td class=\"num\">").append(roi.roiPercent()).append("</td><td class=\"num\">");
        for (OutcomeUnits units : roi.outcomes()) {
          units
              .costPerUnit()
              .ifPresent(
                  cost ->
                      out.append(Escaping.html(cost.display()))
                          .append(" per ")
                          .append(Escaping.html(Wording.singular(units.unit())))
                          .append("<br>"));
        }
        out.append("</td>");
      } else {
        out.append("<td colspan=\"2\" class=\"note\">")
            .append(Escaping.html(roi.explanation()))
            .append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</table>");
    note(out, card.returns().size(), returns.size(), "tactic");
    out.append("</section>\n");
  }

  private static void objectives(StringBuilder out, Scorecard card) {
    section(out, "objectives", "Objectives")
        .append("<table><tr><th>goal</th><th>metric</th><th>baseline</th><th>actual</th>")
        .append("<th>target</th><th>due</th><th>forecast</th><th>status</th><th>grade</th></tr>");
    List<ObjectiveProgress> progress =
        card.progress().subList(0, Math.min(card.progress().size(), MAX_ROWS));
    for (ObjectiveProgress objective : progress) {
      out.append("<tr><td>")
          .append(Escaping.html(objective.goal().value()))
          .append("</td><td>")
          .append(Escaping.html(objective.metric().value()))
          .append("</td><td class=\"num\">")
          .append(Wording.number(objective.baseline()))
          .append("</td><td class=\"num\">")
          .append(objective.actual().map(Wording::number).orElse("-"))
          .append("</td><td class=\"num\">")
          .append(Wording.number(objective.target()))
          .append("</td><td class=\"num\">")
          .append(objective.due())
          .append("</td><td class=\"num\">")
          .append(objective.forecast().map(Wording::number).orElse("-"))
          .append("</td><td>")
          .append(
              badge(
                  objective.status().name(),
                  objective.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
          .append("</td><td class=\"num\">")
          .append(objective.grade())
          .append("</td></tr>");
    }
    out.append("</table>");
    note(out, card.progress().size(), progress.size(), "objective");
    out.append("</section>\n");
  }

  private static void benchmark(StringBuilder out, Scorecard card) {
    section(out, "benchmark", "Against the survey")
        .append(
            "<table><tr><th>measure</th><th>surveyed businesses</th><th>this strategy</th></tr>");
    for (BenchmarkItem item : card.benchmark().items()) {
      out.append("<tr><td>")
          .append(Escaping.html(item.measure()))
          .append("</td><td class=\"num\">")
          .append(Wording.percent(item.surveyShare()))
          .append("</td><td>")
          .append(badge(item.meets() ? "yes" : "no", item.meets() ? "yes" : "not yet"))
          .append(' ')
          .append(Escaping.html(item.strategyValue()))
          .append("</td></tr>");
    }
    out.append("</table></section>\n");
  }

  private static void findings(StringBuilder out, Scorecard card) {
    List<Finding> all = card.validation().findings();
    section(out, "findings", "Findings")
        .append("<p>")
        .append(Escaping.html(card.validation().summary()))
        .append("</p>");
    if (!all.isEmpty()) {
      out.append("<table><tr><th>severity</th><th>rule</th><th>finding</th><th>fix</th></tr>");
      for (Finding finding : all.subList(0, Math.min(all.size(), MAX_ROWS))) {
        out.append("<tr><td>")
            .append(badge(finding.severity().key(), finding.severity().key()))
            .append("</td><td>")
            .append(finding.ruleId())
            .append("<br><span class=\"note\">")
            .append(finding.ruleName())
            .append("</span></td><td>")
            .append(Escaping.html(finding.message()))
            .append("<br><span class=\"note\">")
            .append(Escaping.html(finding.path().toString()))
            .append("</span></td><td>")
            .append(Escaping.html(finding.fix()))
            .append("</td></tr>");
      }
      out.append("</table>");
      note(out, all.size(), Math.min(all.size(), MAX_ROWS), "finding");
    }
    out.append("</section>\n");
  }

  private static String badge(String style, String text) {
    return "<span class=\"badge " + style + "\">" + Escaping.html(text) + "</span>";
  }

  private static void note(StringBuilder out, int total, int shown, String noun) {
    if (total > shown) {
      out.append("<p class=\"note\">")
          .append(Wording.count(total - shown, "more " + noun))
          .append(" not shown.</p>");
    }
  }
}
