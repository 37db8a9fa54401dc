package org.socialstrategy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialstrategy.cli.SbsRuns.sbs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.cli.SbsRuns.Run;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.scoring.scorecard.Scorecard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SbsTest {

  private static final Path RETAIL = Path.of("..", "examples", "strategies", "retail.yaml");
  private static final Path ENTERPRISE = Path.of("..", "examples", "strategies", "enterprise.yaml");
  private static final Path SARIF_SCHEMA =
      Path.of("..", "strategy-report", "src", "test", "resources", "sarif-schema-2.1.0.json");

  @TempDir Path dir;

  @Test
  void validatesTheBundledSampleOnlyWhenAskedAndSaysSo() {
    Run run = sbs("validate", "--color", "never", "--sample");
    assertEquals(Sbs.FINDINGS, run.code());
    assertEquals("sbs: using the bundled sample strategy retail.yaml\n", run.err());
    assertTrue(
        run.out()
            .contains(
                "retail.yaml:96:5: error SBS101 unaligned-tactic: tactic 'fb-fan-contest' supports"
                    + " no business goal; its 12,000.00 USD has no business case\n"
                    + "    fix: link it to a goal it moves, or stop funding it\n"),
        run.out());
    assertTrue(
        run.out().endsWith("12 findings (1 error, 5 warnings, 6 infos) in 1 file\n"), run.out());
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertEquals(Sbs.OK, sbs("validate", RETAIL.toString(), "--disable", "SBS101").code());
    assertEquals(
        Sbs.FINDINGS,
        sbs("validate", RETAIL.toString(), "--disable", "SBS101", "--fail-on", "warning").code());
    assertEquals(Sbs.OK, sbs("validate", RETAIL.toString(), "--severity", "SBS101=warning").code());
  }

  @Test
  void namesTheFileAsTheUserWroteIt() {
    Run run = sbs("validate", "--color", "never", RETAIL.toString());
    assertTrue(run.out().contains(RETAIL + ":96:5: error SBS101"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void reportsEveryProblemOfABadFileWithExitTwo() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "formatVersion: 1\n"
            + "organization: {name: Acme, customerKind: consumer}\n"
            + "tactics:\n"
            + "  - id: shop\n"
            + "    nam: Shop\n"
            + "    channel: facebook\n"
            + "    function: sales\n"
            + "    supports: [grow]\n",
        StandardCharsets.UTF_8);
    Run run = sbs("validate", "--color", "never", bad.toString(), RETAIL.toString());
    assertEquals(Sbs.INVALID, run.code());
    assertTrue(
        run.out().contains(bad + ":5:5: error: tactics[0].nam: unknown field 'nam'"), run.out());
    assertTrue(
        run.out().contains(bad + ":8:16: error: tactics[0].supports[0]: unknown goal 'grow'"),
        run.out());
    assertTrue(
        run.out().endsWith(" in 2 files; 1 file could not be read\n"),
        "the readable file is still validated, and the summary counts the unreadable one");
  }

  @Test
  void refusesWhatItCannotReadWithoutAStackTrace() {
    Path missingFile = dir.resolve("missing.yaml");
    Run missing = sbs("validate", "--color", "never", missingFile.toString());
    assertEquals(Sbs.INVALID, missing.code());
    assertEquals(
        missingFile
            + ":1:1: error: cannot read the file: no such file\n"
            + "0 findings (0 errors, 0 warnings, 0 infos) in 1 file; 1 file could not be read\n",
        missing.out());
    assertFalse(missing.out().contains("\tat ") || missing.err().contains("\tat "));
    Run text = sbs("validate", "--color", "never", "notes.txt");
    assertEquals(Sbs.INVALID, text.code());
    assertTrue(text.out().startsWith("notes.txt:1:1: error: not a strategy file"), text.out());
    Run score = sbs("score", missingFile.toString());
    assertEquals(Sbs.INVALID, score.code());
    assertEquals(missingFile + ":1:1: error: cannot read the file: no such file\n", score.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    Run rule = sbs("validate", "--disable", "unaligned-tactics");
    assertEquals(Sbs.INVALID, rule.code());
    assertTrue(
        rule.err()
            .startsWith("sbs: unknown rule 'unaligned-tactics' (did you mean 'unaligned-tactic'?)"),
        rule.err());
    Run format = sbs("validate", "--format", "xml");
    assertEquals(Sbs.INVALID, format.code());
    assertTrue(format.err().contains("--format"), format.err());
    assertEquals(Sbs.INVALID, sbs("score", "--as-of", "June").code());
    assertEquals(Sbs.INVALID, sbs("frobnicate").code());
  }

  @Test
  void writesJsonAndValidSarif() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    Run findings = sbs("validate", "--format", "json", RETAIL.toString());
    JsonNode document = json.readTree(findings.out());
    assertEquals(1, document.get("counts").get("errors").asInt());
    Run sarif = sbs("validate", "--format", "sarif", RETAIL.toString());
    JsonNode log = json.readTree(sarif.out());
    assertEquals(
        List.of(),
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(Files.readString(SARIF_SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON)
            .validate(log)
            .stream()
            .map(Error::toString)
            .toList());
    assertEquals(
        RETAIL.toAbsolutePath().normalize().toUri().toString(),
        log.get("runs").get(0).get("artifacts").get(0).get("location").get("uri").asString(),
        "a file outside the source root (the working folder) gets an absolute URI");
  }

  @Test
  void scoresAsOfTheLatestObservationByDefault() {
    Run run = sbs("score", "--color", "never", RETAIL.toString());
    assertEquals(Sbs.OK, run.code());
    assertTrue(
        run.out()
            .startsWith(
                "Acme Outfitters as of 2027-06-30\n"
                    + "Results  75/100        what the strategy achieves: objectives and returns\n"
                    + "Plan     21/100        how complete and aligned the strategy is\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "  1. Facebook shop: 3,105.4% on 2,479.45 USD spent to date of 5,000.00 USD\n"),
        run.out());
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(
                sbs("score", "--format", "json", "--as-of", "2027-03-31", RETAIL.toString()).out());
    assertEquals("2027-03-31", json.get("asOf").asString());
  }

  @Test
  void readmeShowsWhatTheQuickStartPrints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String start = "```console\n$ ./sbs score --sample\n";
    int from = readme.indexOf(start);
    assertTrue(from >= 0, "the README shows the quick start's output");
    String block = readme.substring(from + start.length(), readme.indexOf("```", from + 3));
    Run run = sbs("score", "--color", "never", "--sample");
    String printed = run.err() + run.out();
    int at = 0;
    for (String line : block.lines().toList()) {
      if (line.equals("...")) {
        continue;
      }
      int found = printed.indexOf(line + "\n", at);
      assertTrue(found >= at, "sbs score --sample prints, in order, the README's line: " + line);
      at = found + line.length();
    }
  }

  @Test
  void scoresAStrategyWithoutObservationsAsTheLibraryDoes() throws IOException {
    String retail = Files.readString(RETAIL);
    Path planned = dir.resolve("planned.yaml");
    Files.writeString(planned, retail.substring(0, retail.indexOf("\nobservations:") + 1));
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(sbs("score", "--format", "json", planned.toString()).out());
    assertEquals("2027-01-01", json.get("asOf").asString());
    assertEquals(LocalDate.of(2027, 1, 1), Scorecard.defaultAsOf(StrategyFiles.read(planned)));
  }

  @Test
  void writesReportsByTheirEnding() throws IOException {
    Path html = dir.resolve("report.html");
    Run run = sbs("report", RETAIL.toString(), "-o", html.toString());
    assertEquals(Sbs.OK, run.code(), run.err());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    Path markdown = dir.resolve("STRATEGY.md");
    assertEquals(Sbs.OK, sbs("report", RETAIL.toString(), "-o", markdown.toString()).code());
    assertTrue(Files.readString(markdown).contains("```mermaid"));
    Run wrong = sbs("report", "-o", dir.resolve("report.txt").toString());
    assertEquals(Sbs.INVALID, wrong.code());
    assertTrue(wrong.err().contains("the report's name must end in .html or .md"), wrong.err());
  }

  @Test
  void drawsDiagrams() {
    assertTrue(sbs("diagram", RETAIL.toString()).out().startsWith("flowchart LR\n"));
    assertTrue(
        sbs("diagram", "--format", "dot", RETAIL.toString())
            .out()
            .startsWith("digraph strategy {"));
    assertTrue(sbs("diagram", "--roadmap", ENTERPRISE.toString()).out().startsWith("gantt\n"));
    Run none = sbs("diagram", "--roadmap", "--sample");
    assertEquals(Sbs.OK, none.code());
    assertEquals("", none.out(), "no empty chart");
    assertTrue(
        none.err().endsWith("The strategy has no roadmap yet. No chart to draw.\n"), none.err());
    assertEquals(Sbs.INVALID, sbs("diagram", "--roadmap", "--format", "dot", "--sample").code());
  }

  @Test
  void printsTheSchema() {
    Run run = sbs("schema");
    assertEquals(Sbs.OK, run.code());
    assertTrue(
        run.out().contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
            || run.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""),
        run.out().substring(0, 200));
  }

  @Test
  void initWritesAStarterThatValidatesCleanly() {
    Path starter = dir.resolve("acme.yaml");
    Run init = sbs("init", starter.toString());
    assertEquals(Sbs.OK, init.code(), init.err());
    Run validate = sbs("validate", "--color", "never", "--fail-on", "warning", starter.toString());
    assertEquals(Sbs.OK, validate.code(), validate.out() + validate.err());
    assertEquals(Sbs.INVALID, sbs("init", starter.toString()).code());
    assertEquals(Sbs.OK, sbs("init", "--force", starter.toString()).code());
  }

  @Test
  void listsRulesAndHelps() {
    assertTrue(sbs("rules").out().contains("SBS101   unaligned-tactic"));
    Run help = sbs("--help");
    assertEquals(Sbs.OK, help.code());
    assertTrue(help.out().contains("validate") && help.out().contains("Exit codes"));
    assertEquals(Sbs.INVALID, sbs().code());
    assertTrue(sbs("--version").out().startsWith("sbs "));
  }
}
