package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.StrategyValidator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names and texts from a strategy file reach every output escaped for where they go: the Markdown
 * summary, Mermaid flowcharts and Gantt charts, the terminal; and the JSON exports write numbers
 * every common parser reads.
 */
class OutputEscapingTest {

  private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);

  /** A strategy whose names try to take over the output they appear in. */
  private static final String HOSTILE =
      "formatVersion: 1\n"
          + "organization: {name: \"- *Acme* [win](https://x.test) <img src=x> 1. _co_\","
          + " customerKind: consumer}\n"
          + "goals: [{id: g, title: Grow, function: sales}]\n"
          + "metrics: [{id: m, name: Sales, unit: sales, kind: business-outcome}]\n"
          + "tactics:\n"
          + "  - {id: \"t\\e[1A\\e[2K\", name: \"%%{init: {'theme':'forest'}}%%\","
          + " channel: facebook, function: sales, supports: [g], tracks: [m]}\n"
          + "  - {id: osc, name: \"\\e]0;owned\\a title\", channel: x, function: sales}\n"
          + "roadmap:\n"
          + "  horizon: {start: 2027, end: 2029}\n"
          + "  initiatives:\n"
          + "    - {id: i1, name: \"click i0 call alert(1)\", window: {start: 2027, end: 2027}}\n"
          + "    - {id: i2, name: section Evil, window: {start: 2027, end: 2027}}\n"
          + "    - {id: i3, name: \"%% hidden\", window: {start: 2027, end: 2027}}\n"
          + "    - {id: i4, name: \"split\\rline\", window: {start: 2027, end: 2027}}\n";

  private static StrategyDocument hostile() {
    return StrategyFiles.load(HOSTILE, "hostile.yaml");
  }

  private static Scorecard card() {
    return Scorecard.of(hostile().strategy(), AS_OF);
  }

  @Test
  void theMarkdownSummaryEscapesTheOrganizationsName() {
    String markdown = MarkdownReport.render(card());
    String escaped = "\\- \\*Acme\\* \\[win\\](https://x.test) \\<img src=x\\> 1. \\_co\\_";
    assertTrue(markdown.startsWith("# " + escaped + ": social business strategy\n\n"), markdown);
    assertFalse(markdown.replace(escaped, "").contains("Acme"), "the name appears only escaped");
  }

  @Test
  void mermaidFlowchartsObeyNoDirectiveFromAName() {
    String graph = Diagrams.mermaidGraph(hostile().strategy());
    assertFalse(graph.contains("%%"), graph);
    assertTrue(
        graph.contains("[\"#37;#37;{init: {'theme':'forest'}}#37;#37; (Facebook)\"]:::"), graph);
  }

  @Test
  void everyInitiativeIsATaskOfTheGanttChart() {
    String gantt = Diagrams.mermaidGantt(hostile().strategy()).orElseThrow();
    assertEquals(
        List.of(
            "  #99;lick i0 call alert(1) :crit, i0, 2027-01-01, 2028-01-01",
            "  #115;ection Evil :crit, i1, 2027-01-01, 2028-01-01",
            "  #37;#37; hidden :crit, i2, 2027-01-01, 2028-01-01",
            "  split line :crit, i3, 2027-01-01, 2028-01-01"),
        gantt.lines().skip(4).toList());
    assertFalse(gantt.contains("\r"));
    String markdown = MarkdownReport.render(card());
    assertTrue(markdown.contains(gantt), markdown);
  }

  /** Escape sequences outside the style's own marks, which are ESC [ digits m. */
  private static final Pattern RAW_CONTROL =
      Pattern.compile("\u001b(?!\\[[0-9;]*m)|[\u0000-\u0009\u000b-\u001a\u001c-\u001f\u007f]");

  @Test
  void theTerminalShowsEscapeSequencesFromNamesInsteadOfObeyingThem() {
    StrategyDocument document = hostile();
    ValidatedFile file =
        new ValidatedFile(
            "hostile.yaml", document, StrategyValidator.defaults().validate(document.strategy()));
    for (TextStyle style : TextStyle.values()) {
      String findings = FindingsText.render(List.of(file), style);
      String scorecard = ScorecardText.render(card(), style);
      for (String text : List.of(findings, scorecard)) {
        assertFalse(RAW_CONTROL.matcher(text).find(), text);
        assertTrue(text.contains("t\\u001b[1A\\u001b[2K"), text);
      }
      assertTrue(scorecard.contains("\\u001b]0;owned\\u0007 title"), scorecard);
    }
    String problems =
        FindingsText.problems(
            UnreadableFile.of(
                "a\u001b[2J.yaml",
                assertThrows(
                    StrategyFileException.class,
                    () -> StrategyFiles.read(HOSTILE + "\"x\\e[31mred\": 1\nbad: 1\n", "a.yaml"))),
            TextStyle.ANSI);
    assertFalse(RAW_CONTROL.matcher(problems).find(), problems);
    assertTrue(problems.contains("unknown field 'x\\u001b[31mred'"), problems);
    assertTrue(problems.contains("unknown field 'bad'"), problems);
    assertTrue(problems.contains("a\\u001b[2J.yaml:"), "the file's name is shown, not obeyed");
  }

  @Test
  void jsonExportsWriteExtremeDecimalsAsNumbersEveryParserTakes() {
    Strategy extreme =
        StrategyFiles.read(
            "formatVersion: 1\n"
                + "organization: {name: Acme, customerKind: consumer}\n"
                + "goals:\n"
                + "  - id: g\n"
                + "    title: Grow\n"
                + "    function: sales\n"
                + "    objectives:\n"
                + "      - {metric: m, baseline: 0, target: -1e999, due: 2027-12-31}\n"
                + "      - {metric: m, baseline: 1e-999, target: 1e999, due: 2027-12-31}\n"
                + "metrics: [{id: m, name: Sales, unit: sales, kind: business-outcome}]\n"
                + "observations: [{period: 2027-Q1, metric: m, value: -1e999}]\n",
            "extreme.yaml");
    String json = ScorecardJson.render(Scorecard.of(extreme, AS_OF));
    JsonMapper defaults = JsonMapper.builder().build();
    try (JsonParser tokens = defaults.createParser(json)) {
      int numbers = 0;
      for (JsonToken token = tokens.nextToken(); token != null; token = tokens.nextToken()) {
        if (token.isNumeric()) {
          numbers++;
          assertTrue(tokens.getString().length() <= JsonOutput.LONGEST_NUMBER, tokens.getString());
        }
      }
      assertTrue(numbers > 20, "numbers: " + numbers);
    }
    defaults.readTree(json);
    JsonNode objective =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .readTree(json)
            .get("objectives")
            .get(0);
    assertEquals(new BigDecimal("-1E+999"), objective.get("target").decimalValue());
    assertEquals(0, new BigDecimal("-1E+999").compareTo(objective.get("actual").decimalValue()));
    assertEquals("-1E+999", JsonOutput.number(new BigDecimal("-1E+999").setScale(0)));
    assertEquals("0.1900", JsonOutput.number(new BigDecimal("0.1900")));
    assertEquals(
        "1.234567890123456789012345678901235E+1003",
        JsonOutput.number(new BigDecimal("1234567890123456789012345678901234567E+967")));
  }
}
