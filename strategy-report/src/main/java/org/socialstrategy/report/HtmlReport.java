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
import org.socialstrategy.scoring.scorecard.Headline;
import org.socialstrategy.scoring.scorecard.MaturityStage;
import org.socialstrategy.scoring.scorecard.ObjectiveProgress;
import org.socialstrategy.scoring.scorecard.OutcomeUnits;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.scorecard.TacticRoi;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;

/**
 * A scorecard as one self-contained HTML page an executive can read, on a desk or a phone: no
 * network, no scripts, no external fonts or images; charts are HTML and inline SVG, tables scroll
 * inside their card on narrow screens. It opens with the two headline figures, results and plan,
 * and a summary that puts money and results first (best and worst returns, unaligned spend,
 * objectives at risk or off track), then the plan; then how each figure is made, the chain from
 * goals to actuals, maturity and what the next stage needs, the seven success factors as a chart,
 * the alignment matrix of goals and tactics, the roadmap timeline, the value exchange of each
 * tactic, returns on investment, objectives, the survey benchmark, and the findings. Losses are red
 * and keep their minus sign. Tables show at most {@value #MAX_ROWS} rows (the matrix {@value
 * #MAX_MATRIX_GOALS} goals), with a note of what was left out.
 */
public final class HtmlReport {

  /** The most rows a table shows. */
  public static final int MAX_ROWS = 200;

  /** The most goals the alignment matrix shows as columns. */
  public static final int MAX_MATRIX_GOALS = 25;

  private static final String STYLE =
      "*{box-sizing:border-box}"
          + "body{margin:0;background:#f8fafc;color:#0f172a;font:15px/1.5 system-ui,-apple-system,"
          + "'Segoe UI',Roboto,Helvetica,Arial,sans-serif}"
          + "main{max-width:980px;margin:0 auto;padding:24px}"
          + "header{background:#0f172a;color:#f8fafc;padding:24px;border-radius:10px}"
          + "header h1{margin:0;font-size:26px;overflow-wrap:anywhere}"
          + "header p{margin:4px 0 0;color:#cbd5e1}"
          + ".kpis{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}"
          + ".kpi{background:#1e293b;border-radius:8px;padding:10px 14px;min-width:120px;"
          + "flex:1 1 120px}"
          + ".kpi b{display:block;font-size:22px;color:#fff}.kpi span{color:#94a3b8;font-size:13px}"
          + ".kpi.headline{flex:1 1 150px;background:#1d4ed8}.kpi.headline span{color:#dbeafe}"
          + ".kpi.headline b{font-size:28px}"
          + "section{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:18px 22px;"
          + "margin-top:18px;overflow-wrap:anywhere}"
          + "h2{margin:0 0 12px;font-size:19px}h3{font-size:16px;margin:14px 0 6px}"
          + ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;"
          + "background:linear-gradient(90deg,#fff 30%,rgba(255,255,255,0)) left/40px 100%"
          + " no-repeat local,linear-gradient(270deg,#fff 30%,rgba(255,255,255,0)) right/40px"
          + " 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(15,23,42,.25),"
          + "rgba(15,23,42,0)) left/12px 100% no-repeat scroll,radial-gradient(farthest-side at"
          + " 100% 50%,rgba(15,23,42,.25),rgba(15,23,42,0)) right/12px 100% no-repeat scroll}"
          + "table{border-collapse:collapse;width:100%;font-size:14px}"
          + "th,td{border-bottom:1px solid #e2e8f0;padding:6px 8px;text-align:left;"
          + "vertical-align:top;overflow-wrap:normal}"
          + "th{background:#f1f5f9;font-weight:600}td.num{text-align:right;white-space:nowrap}"
          + ".badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;"
          + "white-space:nowrap;font-weight:600;color:#fff}"
          + ".error,.off-track{background:#b91c1c}.warning,.at-risk{background:#b45309}"
          + ".info,.no-data{background:#64748b}.achieved,.on-track,.yes{background:#15803d}"
          + ".no{background:#94a3b8}"
          + ".loss{color:#b91c1c;font-weight:700}.gain{color:#15803d;font-weight:700}"
          + ".matrix td{text-align:center}.matrix td.name{text-align:left}"
          + ".hit{color:#1d4ed8;font-weight:700}.unaligned{background:#fef2f2}"
          + "details{margin:6px 0}summary{cursor:pointer}"
          + ".note{color:#64748b;font-size:13px}"
          + ".figures{display:flex;flex-wrap:wrap;gap:18px}.figures>div{flex:1 1 280px;min-width:0}"
          + ".steps{display:grid;grid-template-columns:repeat(auto-fit,minmax(110px,1fr));gap:8px;"
          + "list-style:none;margin:0 0 12px;padding:0}"
          + ".steps li{border-radius:8px;padding:8px;background:#e5e7eb;text-align:center}"
          + ".steps li.done{background:#1d4ed8;color:#fff}.steps b{display:block}"
          + ".steps span{font-size:12px}"
          + ".bars{display:grid;grid-template-columns:minmax(0,1fr) minmax(80px,1.2fr) 3.5em;"
          + "gap:6px 10px;align-items:center;margin-bottom:10px}"
          + ".bar{background:#e5e7eb;border-radius:3px;height:16px;overflow:hidden}"
          + ".bar i{display:block;height:100%}.good{background:#15803d}.fair{background:#b45309}"
          + ".poor{background:#b91c1c}.bars b{text-align:right}"
          + ".bars em{grid-column:2 / 4;color:#64748b;font-size:13px}"
          + ".chain-goal{border-top:1px solid #e2e8f0;padding:10px 0}"
          + ".tree{list-style:none;margin:4px 0 0 10px;padding:0 0 0 12px;"
          + "border-left:2px solid #cbd5e1}.tree li{margin:6px 0}"
          + ".node{display:inline-block;vertical-align:top;border:1px solid #94a3b8;"
          + "border-radius:8px;padding:4px 8px;font-size:13px;background:#fff;max-width:90%}"
          + ".node.goal{background:#dbeafe;border-color:#1d4ed8;font-weight:600}"
          + ".node.objective{background:#f1f5f9}.node.metric{background:#fef9c3;border-color:#a16207}"
          + ".node.tactic{background:#dcfce7;border-color:#15803d}"
          + ".node.lossy{background:#fee2e2;border-color:#b91c1c}"
          + ".arrow{color:#64748b;font-weight:700}"
          + "svg{max-width:100%;height:auto}svg.timeline{min-width:560px}"
          + "svg text{font:13px system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,"
          + "sans-serif;fill:#0f172a}svg .axis{fill:#64748b;font-size:12px}"
          + "ul{margin:6px 0;padding-left:20px}"
          + "@media (max-width:600px){main{padding:10px}header{padding:16px}"
          + "header h1{font-size:21px}section{padding:14px 12px}.kpi b{font-size:19px}"
          + ".kpi.headline b{font-size:24px}}";

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
    summary(out, card);
    figures(out, card);
    chain(out, card);
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
    out.append("<header><h1>")
        .append(organization)
        .append("</h1><p>Social business strategy scorecard as of ")
        .append(card.asOf())
        .append("</p><div class=\"kpis\">");
    kpi(out, "headline", card.results().display(), "results: what the strategy achieves");
    kpi(out, "headline", card.plan().display(), "plan: how complete and aligned it is");
    kpi(out, "", card.maturity().stage().title(), "maturity stage");
    kpi(out, "", Wording.money(card.alignment().unalignedSpend()), "unaligned spend");
    kpi(out, "", String.valueOf(card.validation().count(Severity.ERROR)), "errors");
    out.append("</div></header>\n");
  }

  private static void kpi(StringBuilder out, String kind, String value, String label) {
    out.append("<div class=\"kpi")
        .append(kind.isEmpty() ? "" : " " + kind)
        .append("\"><b>")
        .append(Escaping.html(value))
        .append("</b><span>")
        .append(label)
        .append("</span></div>");
  }

  private static void summary(StringBuilder out, Scorecard card) {
    Strategy strategy = card.strategy();
    Summary summary = Summary.of(card);
    section(out, "summary", "Money and results").append("<ul>");
    if (!card.results().measured()) {
      out.append("<li>Results are not measured yet: nothing has been observed.</li>");
    }
    summary
        .best()
        .ifPresent(r -> out.append("<li>Best return: ").append(returnHtml(r)).append("</li>"));
    summary
        .worst()
        .ifPresent(r -> out.append("<li>Worst return: ").append(returnHtml(r)).append("</li>"));
    summary
        .unalignedSpend()
        .ifPresent(
            s -> out.append("<li>Unaligned spend: ").append(Escaping.html(s)).append("</li>"));
    for (ObjectiveProgress p : summary.atRisk()) {
      out.append("<li>")
          .append(Escaping.html(Summary.objectiveTitle(strategy, p)))
          .append(": ")
          .append(Escaping.html(Summary.objectiveFigures(p)))
          .append(' ')
          .append(badge(p.status().key(), p.status().words()))
          .append("</li>");
    }
    for (String first : summary.measureFirst()) {
      out.append("<li>Measure first: ").append(Escaping.html(first)).append("</li>");
    }
    out.append("</ul><h3>Plan</h3><p>")
        .append(Escaping.html(summary.plan()))
        .append("</p></section>\n");
  }

  private static String returnHtml(Summary.Return r) {
    return Escaping.html(r.tactic())
        + ", "
        + percent(r.percent(), r.loss())
        + " "
        + Escaping.html(r.detail());
  }

  /** A percentage, in red when it is a loss; its minus sign stays, so colour never stands alone. */
  private static String percent(String percent, boolean loss) {
    return loss ? "<span class=\"loss\">" + Escaping.html(percent) + "</span>" : percent;
  }

  private static void figures(StringBuilder out, Scorecard card) {
    section(out, "figures", "How the two figures are made").append("<div class=\"figures\">");
    for (Headline figure : List.of(card.results(), card.plan())) {
      out.append("<div><h3>")
          .append(figure.title().equals("plan") ? "Plan " : "Results ")
          .append(Escaping.html(figure.display()))
          .append("</h3><ul>");
      for (String item : figure.evidence()) {
        out.append("<li>").append(Escaping.html(item)).append("</li>");
      }
      out.append("</ul></div>");
    }
    out.append("</div></section>\n");
  }

  private static void chain(StringBuilder out, Scorecard card) {
    Chain chain = Chain.of(card);
    section(out, "chain", "From goals to actuals")
        .append(
            "<p class=\"note\">Each goal, the objective that quantifies it, the metric that"
                + " measures it, the tactics that move it and what was observed for them; the"
                + " arrows point from what is observed toward the goal.</p>");
    for (Chain.Goal goal : chain.goals()) {
      out.append("<div class=\"chain-goal\"><span class=\"node goal\">Goal: ")
          .append(Escaping.html(goal.title()))
          .append("</span>");
      if (goal.objectives().isEmpty()) {
        out.append("<p class=\"note\">No objective quantifies this goal.</p>");
      }
      for (Chain.Link link : goal.objectives()) {
        out.append("<ul class=\"tree\"><li>");
        node(out, "objective", "Objective: " + link.title(), link.state(), false);
        out.append("<ul class=\"tree\"><li>");
        node(out, "metric", "Metric: " + link.metric(), "", false);
        out.append("<ul class=\"tree\">");
        link.strategyWide()
            .ifPresent(
                actual -> {
                  out.append("<li>");
                  node(out, "actual", "Actuals, whole strategy: " + actual, "", false);
                  out.append("</li>");
                });
        for (Chain.Step step : link.tactics()) {
          out.append("<li>");
          node(
              out,
              step.loss() ? "lossy" : "tactic",
              "Tactic: " + step.name(),
              step.roi(),
              step.loss());
          out.append("<ul class=\"tree\"><li>");
          node(out, "actual", "Actuals: " + step.actuals(), "", false);
          out.append("</li></ul></li>");
        }
        if (link.moreTactics() > 0) {
          out.append("<li class=\"note\">")
              .append(Wording.count(link.moreTactics(), "more tactic"))
              .append(" not shown</li>");
        }
        if (link.tactics().isEmpty() && link.strategyWide().isEmpty()) {
          out.append(
              "<li class=\"note\">No tactic moves this metric and nothing was observed.</li>");
        }
        out.append("</ul></li></ul></li></ul>");
      }
      out.append("</div>");
    }
    note(out, chain.goals().size() + chain.moreGoals(), chain.goals().size(), "goal");
    out.append("</section>\n");
  }

  /** One box of the chain, with an arrow toward the box above it. */
  private static void node(
      StringBuilder out, String kind, String title, String detail, boolean loss) {
    out.append("<span class=\"arrow\">&#8593;</span> <span class=\"node ")
        .append(kind)
        .append("\">")
        .append(Escaping.html(title));
    if (!detail.isEmpty()) {
      out.append("<br>").append(loss ? percent(detail, true) : Escaping.html(detail));
    }
    out.append("</span>");
  }

  private static StringBuilder section(StringBuilder out, String id, String title) {
    return out.append("<section id=\"").append(id).append("\"><h2>").append(title).append("</h2>");
  }

  private static void maturity(StringBuilder out, Scorecard card) {
    MaturityStage reached = card.maturity().stage();
    section(out, "maturity", "Maturity").append("<ol class=\"steps\">");
    for (MaturityStage stage : MaturityStage.values()) {
      if (stage == MaturityStage.NOT_STARTED) {
        continue;
      }
      out.append("<li")
          .append(stage.level() <= reached.level() ? " class=\"done\"" : "")
          .append("><b>")
          .append(stage.level())
          .append(". ")
          .append(stage.title())
          .append("</b><span>")
          .append(stage.motto())
          .append("</span></li>");
    }
    out.append("</ol><p>Stage reached: <b>").append(reached.title()).append("</b>.</p>");
    if (card.maturity().nextStageNeeds().isEmpty()) {
      out.append("<p>Every criterion of every stage is met.</p>");
    } else {
      out.append("<p>To reach <b>").append(reached.next().title()).append("</b>:</p><ul>");
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
    section(out, "factors", "The seven success factors").append("<div class=\"bars\">");
    for (FactorScore factor : card.successFactors()) {
      out.append("<span>")
          .append(factor.factor().number())
          .append(". ")
          .append(Escaping.html(factor.factor().title()))
          .append("</span>");
      if (factor.score().isPresent()) {
        int score = factor.score().getAsInt();
        out.append("<span class=\"bar\"><i class=\"")
            .append(score >= 75 ? "good" : score >= 50 ? "fair" : "poor")
            .append("\" style=\"width:")
            .append(score)
            .append("%\"></i></span><b>")
            .append(score)
            .append("</b>");
      } else {
        out.append("<em>not applicable</em>");
      }
    }
    out.append("</div>");
    for (FactorScore factor : card.successFactors()) {
      out.append("<details><summary>")
          .append(factor.factor().number())
          .append(". ")
          .append(Escaping.html(factor.factor().title()))
          .append(": ")
          .append(factor.display())
          .append("</summary>");
      list(out, "What counted", factor.evidence());
      list(out, "What is missing", factor.missing());
      list(out, "Not applicable", factor.notApplicable());
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
        .append(
            Wording.partOf(
                alignment.alignedTactics(), alignment.tactics(), "tactic", "serves", "serve"))
        .append(" a goal through a business outcome (")
        .append(Wording.percent(alignment.shareByCount()))
        .append(" by count");
    if (alignment.shareByBudget().isPresent()) {
      out.append(", ")
          .append(Wording.percent(alignment.shareByBudget().getAsDouble()))
          .append(" by budget");
    }
    out.append("); ")
        .append(Wording.partOf(alignment.supportedGoals(), alignment.goals(), "goal", "is", "are"))
        .append(" served.</p>");
    out.append(
            "<div class=\"scroll\"><table><tr><th>business function</th><th>tactics</th><th>aligned</th>")
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
    out.append("</table></div>");
    List<BusinessGoal> goals =
        strategy.goals().subList(0, Math.min(strategy.goals().size(), MAX_MATRIX_GOALS));
    List<Tactic> tactics =
        strategy.tactics().subList(0, Math.min(strategy.tactics().size(), MAX_ROWS));
    out.append(
        "<h3>Goals and the tactics that serve them</h3><div class=\"scroll\"><table class=\"matrix\"><tr><th>tactic</th>");
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
    out.append("</table></div>");
    note(out, strategy.tactics().size(), tactics.size(), "tactic");
    note(out, strategy.goals().size(), goals.size(), "goal");
    out.append("</section>\n");
  }

  private static void roadmap(StringBuilder out, Strategy strategy) {
    section(out, "roadmap", "Roadmap");
    if (strategy.roadmap().isEmpty() || strategy.initiatives().isEmpty()) {
      out.append("<p>").append(Escaping.html(Diagrams.noGantt(strategy))).append("</p>");
    } else {
      out.append("<div class=\"scroll\">")
          .append(Svg.timeline(strategy.roadmap().get().horizon(), strategy.initiatives()))
          .append("</div>");
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
        .append("<div class=\"scroll\"><table><tr><th>tactic</th><th>the customer receives</th>")
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
    out.append("</table></div>");
    note(out, strategy.tactics().size(), tactics.size(), "tactic");
    out.append("</section>\n");
  }

  private static void returns(StringBuilder out, Scorecard card) {
    section(out, "roi", "Return on investment")
        .append(
            "<p class=\"note\">A tactic's cost is spent over its time window: while it runs, its"
                + " return sets the cost incurred to date against the returns to date, and the"
                + " projection carries the run rate to the end of the window.</p>")
        .append("<div class=\"scroll\"><table><tr><th>#</th><th>tactic</th><th>channel</th>")
        .append("<th>cost to date</th><th>of cost</th><th>outcome value</th><th>net</th>")
        .append("<th>ROI</th><th>projected</th><th>cost per unit</th></tr>");
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
          .append(Escaping.html(Wording.money(roi.costToDate())))
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(roi.cost())))
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(roi.value())))
          .append("</td><td class=\"num\">")
          .append(
              roi.net().isPresent() && roi.net().get().isNegative()
                  ? percent(Wording.money(roi.net()), true)
                  : Escaping.html(Wording.money(roi.net())))
          .append("</td>");
      if (roi.computable()) {
        out.append("<td class=\"num\">")
            .append(percent(Wording.percent(roi.roi().orElseThrow()), roi.isLoss()))
            .append("</td><td class=\"num\">")
            .append(
                roi.projectedRoi()
                    .map(p -> percent(Wording.percent(p), p.signum() < 0))
                    .orElse("-"))
            .append("</td><td class=\"num\">");
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
        out.append("<td colspan=\"3\" class=\"note\">")
            .append(Escaping.html(roi.explanation()))
            .append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</table></div>");
    note(out, card.returns().size(), returns.size(), "tactic");
    out.append("</section>\n");
  }

  private static void objectives(StringBuilder out, Scorecard card) {
    section(out, "objectives", "Objectives")
        .append("<div class=\"scroll\"><table><tr><th>objective</th><th>baseline</th>")
        .append("<th>actual</th><th>target</th><th>due</th><th>forecast</th><th>status</th>")
        .append("<th>grade</th></tr>");
    List<ObjectiveProgress> progress =
        card.progress().subList(0, Math.min(card.progress().size(), MAX_ROWS));
    for (ObjectiveProgress objective : progress) {
      boolean data = objective.actual().isPresent();
      out.append("<tr><td>")
          .append(Escaping.html(Summary.objectiveTitle(card.strategy(), objective)))
          .append("</td><td class=\"num\">")
          .append(Wording.number(objective.baseline()))
          .append("</td><td class=\"num\">")
          .append(objective.actual().map(Wording::number).orElse("no data"))
          .append("</td><td class=\"num\">")
          .append(Wording.number(objective.target()))
          .append("</td><td class=\"num\">")
          .append(objective.due())
          .append("</td><td class=\"num\">")
          .append(objective.forecast().map(Wording::number).orElse("-"))
          .append("</td><td>")
          .append(badge(objective.status().key(), objective.status().words()))
          .append("</td><td class=\"num\">")
          .append(data ? objective.grade().toPlainString() : "no data")
          .append("</td></tr>");
    }
    out.append("</table></div>");
    note(out, card.progress().size(), progress.size(), "objective");
    out.append("</section>\n");
  }

  private static void benchmark(StringBuilder out, Scorecard card) {
    section(out, "benchmark", "Against the survey")
        .append(
            "<div class=\"scroll\"><table><tr><th>measure</th><th>surveyed businesses</th><th>this strategy</th></tr>");
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
    out.append("</table></div></section>\n");
  }

  private static void findings(StringBuilder out, Scorecard card) {
    List<Finding> all = card.validation().findings();
    section(out, "findings", "Findings")
        .append("<p>")
        .append(Escaping.html(card.validation().summary()))
        .append("</p>");
    if (!all.isEmpty()) {
      out.append(
          "<div class=\"scroll\"><table><tr><th>severity</th><th>rule</th><th>finding</th><th>fix</th></tr>");
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
      out.append("</table></div>");
      note(out, all.size(), Math.min(all.size(), MAX_ROWS), "finding");
    }
    list(out, "Waivers", card.validation().waivers().stream().map(Wording::waiver).toList());
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
