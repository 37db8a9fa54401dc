package org.socialstrategy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialstrategy.cli.SbsRuns.sbs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.cli.SbsRuns.Run;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of the fuzzing run that broke the commands: each is now refused with its problem at a
 * line and column, or scored and reported, and every report is written in one step.
 */
class RobustCommandsTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** A strategy of one goal with one objective on one metric, observed once. */
  private Path measured(String name, String objective, String observation) throws IOException {
    return file(
        name,
        "formatVersion: 1\n"
            + "organization: {name: Acme, customerKind: consumer}\n"
            + "goals:\n"
            + "  - id: g\n"
            + "    title: Grow\n"
            + "    function: sales\n"
            + "    objectives: ["
            + objective
            + "]\n"
            + "metrics: [{id: m, name: Sales, unit: sales, kind: business-outcome}]\n"
            + "observations: ["
            + observation
            + "]\n");
  }

  @Test
  void aLoneSurrogateIsAProblemOfTheFileNotAnInputLength() throws IOException {
    Path broken =
        file(
            "broken.json",
            "{\"formatVersion\": 1, \"organization\":"
                + " {\"name\": \"a\\ud83db\", \"customerKind\": \"consumer\"}}\n");
    Path report = dir.resolve("report.html");
    for (Run run :
        new Run[] {
          sbs("report", broken.toString(), "-o", report.toString()),
          sbs("score", broken.toString()),
          sbs("validate", "--color", "never", broken.toString())
        }) {
      String said = run.out() + run.err();
      assertEquals(Sbs.INVALID, run.code(), said);
      assertTrue(
          said.contains(
              broken
                  + ":1:47: error: organization.name: the text holds a lone surrogate"
                  + " \\ud83d at character 2"),
          said);
      assertFalse(said.contains("Input length"), said);
    }
    assertFalse(Files.exists(report));
  }

  @Test
  void aLongWindowWithOneEarlyObservationIsScoredAndReported() throws IOException {
    Path strategy =
        measured(
            "long.yaml",
            "{metric: m, baseline: 0, target: 10, baselineDate: 2027-01-01, due: 9999-12-31}",
            "{period: 2027-01-01, metric: m, value: 1}");
    Run score = sbs("score", strategy.toString());
    assertEquals(Sbs.OK, score.code(), score.err());
    assertTrue(score.out().contains(": 1 of 10 by 9999-12-31, on track"), score.out());
    Path report = dir.resolve("long.md");
    Run run = sbs("report", strategy.toString(), "-o", report.toString());
    assertEquals(Sbs.OK, run.code(), run.err());
    assertTrue(Files.readString(report).contains("## Objectives"));
  }

  @Test
  void scoresAsJsonThatDefaultJacksonReads() throws IOException {
    Path strategy =
        measured(
            "extreme.yaml",
            "{metric: m, baseline: 0, target: -1e999, due: 2027-12-31}",
            "{period: 2027-Q1, metric: m, value: -1e999}");
    Run run = sbs("score", "--format", "json", strategy.toString());
    assertEquals(Sbs.OK, run.code(), run.err());
    JsonMapper.builder().build().readTree(run.out());
    assertTrue(run.out().contains("\"target\": -1E+999,"), run.out());
  }

  @Test
  void aReportThatCannotBeWrittenSaysWhichAndLeavesNothingBehind() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("taken.html"));
    Run run = sbs("report", "--sample", "-o", folder.toString());
    assertEquals(Sbs.INVALID, run.code());
    assertTrue(run.err().contains("sbs: cannot write " + folder + ": it is a folder"), run.err());
    try (var left = Files.list(dir)) {
      assertEquals(1, left.count());
    }
  }
}
