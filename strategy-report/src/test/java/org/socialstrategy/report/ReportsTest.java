package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;

class ReportsTest {

  /** A tiny strategy whose every name tries to break out of its markup. */
  private static Strategy hostile() {
    return Strategy.builder()
        .organization(Organization.of("Acme <script>alert(1)</script> & Co", CustomerKind.CONSUMER))
        .addMetric(
            Metric.outcome("nnc", "Net \"new\" customers", "customers")
                .withAggregation(Aggregation.SUM)
                .withValuePerUnit(Money.of("85.00", "USD")))
        .addGoal(
            BusinessGoal.builder()
                .id("grow")
                .title("Grow | revenue \"fast\" <b>now</b>")
                .function(BusinessFunction.SALES)
                .addObjective(Objective.of("nnc", 1_200, 3_000, LocalDate.of(2027, 12, 31)))
                .build())
        .addTactic(
            Tactic.builder()
                .id("shop")
                .name("Shop: \"best\" # deals\nnow")
                .channel(Channel.FACEBOOK)
                .function(BusinessFunction.SALES)
                .addSupport("grow", 0.5)
                .tracks("nnc")
                .cost(Money.of("5000.00", "USD"))
                .value(ValueExchange.of(CustomerValue.SAVINGS, OrganizationValue.REVENUE))
                .build())
        .roadmap(
            Roadmap.builder()
                .horizon(DateRange.years(2027, 2029))
                .addInitiative(
                    Initiative.builder()
                        .id("launch")
                        .name("Launch: phase #1; now")
                        .window(DateRange.years(2027, 2027))
                        .addGoals("grow")
                        .addTactics("shop")
                        .build())
                .build())
        .addObservation(
            Observation.of("nnc", "shop", DateRange.years(2027, 2027), BigDecimal.valueOf(100)))
        .build();
  }

  @Test
  void htmlIsSelfContainedAndEscapesEveryName() {
    String html = HtmlReport.render(Scorecard.of(hostile(), LocalDate.of(2028, 1, 1)));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("<script"), "no scripts");
    assertTrue(html.contains("Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    assertFalse(
        Pattern.compile("(?i)(https?:|//[a-z]|url\\(|<link|<img|@import|src=)")
            .matcher(html)
            .find(),
        "nothing outside the page is referred to");
    for (String section :
        new String[] {
          "id=\"summary\"",
          "id=\"maturity\"",
          "id=\"factors\"",
          "id=\"alignment\"",
          "id=\"roadmap\"",
          "id=\"value\"",
          "id=\"roi\"",
          "id=\"objectives\"",
          "id=\"benchmark\"",
          "id=\"findings\""
        }) {
      assertTrue(html.contains(section), section);
    }
    // 100 customers x 85.00 = 8,500.00 USD for 5,000.00: (8500 - 5000) / 5000 = 70.0%
    assertTrue(html.contains("<td class=\"num\">70.0%</td>"), "ROI table");
  }

  @Test
  void htmlOfAHundredThousandTacticsStaysReadable() {
    Strategy large =
        StrategyGenerator.scaledTo(20_000).alignment(Alignment.MIXED).build().generate();
    String html = HtmlReport.render(Scorecard.of(large, LocalDate.of(2028, 6, 30)));
    assertTrue(html.contains("19,800 more tactics not shown."), "cut tables");
    assertTrue(html.length() < 3_000_000, "size " + html.length());
  }

  @Test
  void markdownUsesMermaidAndEscapesTableCells() {
    String markdown = MarkdownReport.render(Scorecard.of(hostile(), LocalDate.of(2028, 1, 1)));
    assertTrue(
        markdown.startsWith(
            "# Acme \\<script\\>alert(1)\\</script\\> \\& Co: social business strategy\n"));
    assertTrue(markdown.contains("```mermaid\nflowchart LR\n"));
    assertTrue(markdown.contains("```mermaid\ngantt\n"));
    assertTrue(
        markdown.contains(
            "| 1 | Shop: \"best\" \\# deals now | Facebook | 5,000.00 USD | 5,000.00 USD |"
                + " 8,500.00 USD | 70.0% | - |"),
        markdown);
  }

  @Test
  void mermaidGraphLinksTacticsToGoalsSafely() {
    assertEquals(
        "flowchart LR\n"
            + "  g0[\"Grow | revenue #quot;fast#quot; #60;b#62;now#60;/b#62;\"]:::goal\n"
            + "  g0o0([\"Net #quot;new#quot; customers: 1200 to 3000 by 2027-12-31\"]):::objective\n"
            + "  g0o0 -.- g0\n"
            + "  t0[\"Shop: #quot;best#quot; #35; deals now (Facebook)\"]:::tactic\n"
            + "  t0 -->|0.5| g0\n"
            + "  classDef goal fill:#dbeafe,stroke:#1d4ed8,color:#0b1f4d\n"
            + "  classDef objective fill:#f1f5f9,stroke:#64748b,color:#1e293b\n"
            + "  classDef tactic fill:#dcfce7,stroke:#15803d,color:#052e16\n"
            + "  classDef unaligned fill:#fee2e2,stroke:#b91c1c,color:#450a0a\n",
        Diagrams.mermaidGraph(hostile()));
  }

  @Test
  void ganttShowsEachInitiativeWithItsDates() {
    assertEquals(
        "gantt\n"
            + "  dateFormat YYYY-MM-DD\n"
            + "  title Roadmap 2027-01-01..2029-12-31\n"
            + "  section Initiatives\n"
            + "  Launch#58; phase #35;1#59; now :i0, 2027-01-01, 2028-01-01\n",
        Diagrams.mermaidGantt(hostile()).orElseThrow());
  }

  @Test
  void dotQuotesEveryLabel() {
    String dot = Diagrams.dot(hostile());
    assertTrue(dot.startsWith("digraph strategy {\n  rankdir=LR;\n"));
    assertTrue(
        dot.contains(
            "  \"tactic:shop\" [label=\"Shop: \\\"best\\\" # deals\\nnow\\nFacebook\", fillcolor=\"#dcfce7\"];\n"));
    assertTrue(dot.contains("  \"tactic:shop\" -> \"goal:grow\" [label=\"0.5\"];\n"));
    assertTrue(dot.endsWith("}\n"));
  }

  private static Scorecard example(String file) {
    return Scorecard.of(
        StrategyFiles.read(Path.of("..", "examples", "strategies", file)),
        LocalDate.of(2027, 12, 31));
  }

  @Test
  void reportsLeadWithResultsAndPlanThenMoneyAndResults() {
    Scorecard enterprise = example("enterprise.yaml");
    String text = ScorecardText.render(enterprise, TextStyle.PLAIN);
    assertTrue(
        text.startsWith(
            "Globex Industrial as of 2027-12-31\n"
                + "Results  47/100        what the strategy achieves: objectives and returns\n"
                + "Plan     97/100        how complete and aligned the strategy is\n\n"
                + "Money and results\n"
                + "  Best return: Social selling on LinkedIn: 159.1% on 16,401.59 EUR spent to"
                + " date of 60,000.00 EUR\n"
                + "  Worst return: Engineers' support community: -5.2% (loss) on 28,153.01 EUR"
                + " spent to date of 140,000.00 EUR\n"
                + "  Sales-qualified leads from social selling (Win more business accounts): 170"
                + " of 900 by 2029-12-31, off track\n"),
        text);
    String ansi = ScorecardText.render(enterprise, TextStyle.ANSI);
    assertTrue(ansi.contains("\u001b[31;1m-5.2% (loss)\u001b[0m"), "a loss is red and signed");
    String html = HtmlReport.render(enterprise);
    assertTrue(
        html.indexOf("results: what the strategy achieves")
            < html.indexOf("plan: how complete and aligned it is"));
    assertTrue(html.indexOf("id=\"summary\"") < html.indexOf("id=\"factors\""));
    assertTrue(
        html.contains("Worst return: Engineers&#39; support community, <span class=\"loss\">-5.2%"),
        "red and signed");
    assertTrue(html.contains("<td class=\"num\">no data</td></tr>"), "no data, never a grade");
    assertTrue(html.contains("id=\"chain\""));
    String markdown = MarkdownReport.render(enterprise);
    assertTrue(markdown.contains("**Results 47/100** · **Plan 97/100** · as of 2027-12-31\n"));
    assertTrue(markdown.contains("**-5.2% (loss)**"), markdown);
    assertFalse(markdown.contains("| hire-faster |"), "objectives by title, not id");
    assertTrue(
        markdown.contains("| Days from opening to accepted offer (Hire engineers faster) |"));
  }

  @Test
  void aStrategyWithoutRoadmapGetsASentenceNotAnEmptyChart() {
    String markdown = MarkdownReport.render(example("retail.yaml"));
    assertTrue(markdown.contains("## Roadmap\n\nThe strategy has no roadmap yet.\n"), markdown);
    assertFalse(markdown.contains("```mermaid\ngantt"));
    assertTrue(Diagrams.mermaidGantt(example("retail.yaml").strategy()).isEmpty());
  }

  @Test
  void mermaidChainRunsFromEachGoalToItsActuals() {
    assertEquals(
        "flowchart RL\n"
            + "  g0[\"Goal: Grow | revenue #quot;fast#quot; #60;b#62;now#60;/b#62;\"]:::goal\n"
            + "  g0o0[\"Objective: Net #quot;new#quot; customers / 100 of 3,000 by 2027-12-31,"
            + " off track\"]:::objective\n"
            + "  g0o0m[\"Metric: Net #quot;new#quot; customers (customers, summed)\"]:::metric\n"
            + "  g0o0 --> g0\n"
            + "  g0o0m --> g0o0\n"
            + "  g0o0mt0[\"Tactic: Shop: #quot;best#quot; #35; deals now / 70.0#37; return\"]:::tactic\n"
            + "  g0o0mt0a[\"Actuals: 100 customers\"]:::actual\n"
            + "  g0o0mt0 --> g0o0m\n"
            + "  g0o0mt0a --> g0o0mt0\n"
            + "  classDef goal fill:#dbeafe,stroke:#1d4ed8,color:#0b1f4d\n"
            + "  classDef objective fill:#f1f5f9,stroke:#64748b,color:#1e293b\n"
            + "  classDef metric fill:#fef9c3,stroke:#a16207,color:#422006\n"
            + "  classDef tactic fill:#dcfce7,stroke:#15803d,color:#052e16\n"
            + "  classDef loss fill:#fee2e2,stroke:#b91c1c,color:#450a0a\n"
            + "  classDef actual fill:#ffffff,stroke:#94a3b8,color:#0f172a\n",
        Diagrams.mermaidChain(Scorecard.of(hostile(), LocalDate.of(2028, 1, 1))));
  }

  @Test
  void everyScorecardOutputListsTheWaiversWithStateAndReason() {
    Scorecard government = example("government.yaml");
    String waiver =
        "SBS108 for tactic:town-hall: active, sets aside 1 finding; reason: The town hall runs all"
            + " year; it is judged at the annual review";
    assertTrue(
        ScorecardText.render(government, TextStyle.PLAIN).contains("  waiver " + waiver + "\n"),
        "text");
    assertTrue(
        MarkdownReport.render(government).contains("\n### Waivers\n\n- " + waiver + "\n"),
        "Markdown");
    assertTrue(HtmlReport.render(government).contains("<li>" + waiver + "</li>"), "HTML");
    assertTrue(
        ScorecardJson.render(government)
            .contains("\"waivers\": [\n      \"" + waiver + "\"\n    ]"),
        "JSON");
    assertFalse(MarkdownReport.render(example("enterprise.yaml")).contains("### Waivers"));
  }
}
