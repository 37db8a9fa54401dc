package org.socialstrategy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialstrategy.cli.SbsRuns.sbs;
import static org.socialstrategy.cli.SbsRuns.withStandardInput;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.cli.SbsRuns.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a new user meets first: help, inputs, unreadable files, outputs, quiet runs. */
class FirstContactTest {

  private static final Path RETAIL = Path.of("..", "examples", "strategies", "retail.yaml");
  private static final Path SARIF_SCHEMA =
      Path.of("..", "strategy-report", "src", "test", "resources", "sarif-schema-2.1.0.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void everyCommandTakesHelpWithExamples() {
    for (String command :
        List.of(
            "validate",
            "score",
            "report",
            "diagram",
            "attribute",
            "schema",
            "init",
            "rules",
            "set",
            "fmt",
            "diff",
            "baseline")) {
      for (String help : List.of("-h", "--help")) {
        Run run = sbs(command, help);
        assertEquals(Sbs.OK, run.code(), command + " " + help + ": " + run.err());
        assertTrue(run.out().startsWith("Usage: sbs " + command), run.out());
        assertTrue(run.out().contains("Example"), command + " shows examples");
      }
    }
  }

  @Test
  void withoutAFileNothingIsReadAndTheUsageSaysWhatToGive() {
    for (String command : List.of("validate", "score", "diagram")) {
      Run run = sbs(command);
      assertEquals(Sbs.INVALID, run.code(), command);
      assertTrue(
          run.err().startsWith("sbs: no file given: name strategy files or directories, - for"),
          run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void aDashReadsStandardInputInEitherNotation() throws Exception {
    String yaml = Files.readString(RETAIL);
    Run fromYaml = withStandardInput(yaml, "validate", "--color", "never", "-");
    assertEquals(Sbs.FINDINGS, fromYaml.code(), fromYaml.out() + fromYaml.err());
    assertTrue(fromYaml.out().contains("<stdin>:96:5: error SBS101"), fromYaml.out());
    String json = sbs("score", "--format", "json", RETAIL.toString()).out();
    assertTrue(json.startsWith("{"));
    Run score = withStandardInput(yaml, "score", "--color", "never", "-");
    assertEquals(Sbs.OK, score.code(), score.err());
    assertTrue(score.out().startsWith("Acme Outfitters as of 2027-06-30"), score.out());
    Run forcedJson =
        withStandardInput(yaml, "validate", "--stdin-format", "json", "--color", "never", "-");
    assertEquals(Sbs.INVALID, forcedJson.code(), "YAML read as JSON is a syntax error");
    assertTrue(forcedJson.out().startsWith("<stdin>:"), forcedJson.out());
  }

  @Test
  void foldersAreWalkedForStrategyFilesOnly() throws Exception {
    Files.copy(RETAIL, dir.resolve("retail.yaml"));
    Files.createDirectories(dir.resolve("units"));
    Files.copy(
        Path.of("..", "examples", "strategies", "government.yaml"),
        dir.resolve("units").resolve("government.yaml"));
    Files.writeString(dir.resolve("docker-compose.yml"), "services:\n  web: {image: nginx}\n");
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"site\"}\n");
    Files.createDirectories(dir.resolve(".github"));
    Files.copy(RETAIL, dir.resolve(".github").resolve("copy.yaml"));
    Run run = sbs("validate", "--color", "never", dir.toString());
    assertEquals(Sbs.FINDINGS, run.code(), run.out() + run.err());
    assertTrue(run.out().endsWith(" in 2 files\n"), run.out());
    assertTrue(run.out().contains(dir.resolve("units").resolve("government.yaml") + ":"));
    assertFalse(run.out().contains(".github"), "hidden folders are skipped");
    assertTrue(
        run.err().startsWith("sbs: skipped 2 files without a top-level formatVersion, such as "),
        run.err());
    Run single = sbs("score", dir.toString());
    assertEquals(Sbs.INVALID, single.code());
    assertTrue(single.err().contains("give one strategy file, not a folder"), single.err());
  }

  @Test
  void anUnreadableFileIsAResultInJsonAndSarif() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "formatVersion: 1\norganization: {name: Acme}\n");
    Run json = sbs("validate", "--format", "json", bad.toString(), RETAIL.toString());
    assertEquals(Sbs.INVALID, json.code());
    JsonNode document = JSON.readTree(json.out());
    assertEquals(2, document.get("files").asInt());
    assertEquals(1, document.get("counts").get("unreadable").asInt());
    JsonNode broken = document.get("results").get(0);
    assertFalse(broken.get("readable").asBoolean());
    assertEquals(
        "missing required field 'customerKind'",
        broken.get("problems").get(0).get("message").asString());
    assertEquals(2, broken.get("problems").get(0).get("line").asInt());
    assertTrue(document.get("results").get(1).get("readable").asBoolean());

    Run sarif = sbs("validate", "--format", "sarif", bad.toString());
    assertEquals(Sbs.INVALID, sarif.code());
    JsonNode log = JSON.readTree(sarif.out());
    assertEquals(List.of(), sarifProblems(log));
    JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
    assertEquals("error", notification.get("level").asString());
    assertEquals(
        2,
        notification
            .get("locations")
            .get(0)
            .get("physicalLocation")
            .get("region")
            .get("startLine")
            .asInt());
  }

  @Test
  void sarifLinksRuleHelpAndFingerprintsFindingsWithoutLines() throws Exception {
    Path inside = Path.of("target", "first-contact", "retail.yaml");
    Files.createDirectories(inside.getParent());
    Files.copy(RETAIL, inside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    JsonNode log = JSON.readTree(sbs("validate", "--format", "sarif", inside.toString()).out());
    assertEquals(List.of(), sarifProblems(log));
    JsonNode run = log.get("runs").get(0);
    JsonNode location = run.get("artifacts").get(0).get("location");
    assertEquals("target/first-contact/retail.yaml", location.get("uri").asString());
    assertEquals("%SRCROOT%", location.get("uriBaseId").asString());
    assertTrue(
        run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString().startsWith("file:"));
    JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
    assertTrue(rule.get("helpUri").asString().endsWith("/docs/rules.md#sbs001-no-business-goals"));
    assertFalse(rule.get("help").get("text").asString().isBlank());

    String moved = "# a comment that moves every line down\n\n" + Files.readString(RETAIL);
    Files.writeString(inside, moved);
    JsonNode after = JSON.readTree(sbs("validate", "--format", "sarif", inside.toString()).out());
    JsonNode first = run.get("results").get(0);
    JsonNode second = after.get("runs").get(0).get("results").get(0);
    assertEquals(
        first.get("partialFingerprints").toString(), second.get("partialFingerprints").toString());
    assertEquals(
        first.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()
            + 2,
        second
            .get("locations")
            .get(0)
            .get("physicalLocation")
            .get("region")
            .get("startLine")
            .asInt());
  }

  private static List<String> sarifProblems(JsonNode log) throws Exception {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(Files.readString(SARIF_SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON)
        .validate(log)
        .stream()
        .map(Error::toString)
        .toList();
  }

  @Test
  void outputGoesToAFileOrSaysWhyItCannot() throws Exception {
    Path card = dir.resolve("card.json");
    Run written = sbs("score", "--format", "json", "-o", card.toString(), RETAIL.toString());
    assertEquals(Sbs.OK, written.code(), written.err());
    assertEquals("", written.out());
    assertEquals("2027-06-30", JSON.readTree(Files.readString(card)).get("asOf").asString());

    Path findings = dir.resolve("findings.txt");
    Files.writeString(findings, "the old findings\n");
    Path nowhere = dir.resolve("no-such-folder").resolve("findings.txt");
    Run missing = sbs("validate", "-o", nowhere.toString(), RETAIL.toString());
    assertEquals(Sbs.INVALID, missing.code());
    assertEquals(
        "sbs: cannot write " + nowhere + ": no such folder " + nowhere.getParent() + "\n",
        missing.err());
    Run folder = sbs("validate", "-o", dir.toString(), RETAIL.toString());
    assertEquals("sbs: cannot write " + dir + ": it is a folder\n", folder.err());
    Run report =
        sbs("report", RETAIL.toString(), "-o", nowhere.resolveSibling("r.html").toString());
    assertEquals(Sbs.INVALID, report.code());
    assertTrue(report.err().contains(": no such folder "), report.err());
    assertEquals("the old findings\n", Files.readString(findings));
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("card.json", "findings.txt"),
          files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no temporary files are left behind");
    }
  }

  @Test
  void quietPrintsOnlyWhatFailsTheRun() throws Exception {
    Run quiet = sbs("validate", "--quiet", "--color", "never", RETAIL.toString());
    assertEquals(Sbs.FINDINGS, quiet.code());
    assertEquals(2, quiet.out().lines().count(), quiet.out());
    assertTrue(quiet.out().contains(" error SBS101 unaligned-tactic: "));
    assertEquals("", quiet.err());
    Run clean = sbs("validate", "-q", "--color", "never", RETAIL.toString(), "--disable", "SBS101");
    assertEquals(Sbs.OK, clean.code());
    assertEquals("", clean.out());
    Run sample = sbs("score", "-q", "--sample");
    assertEquals("", sample.err());
  }
}
