package org.socialstrategy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.socialstrategy.cli.SbsRuns.sbs;
import static org.socialstrategy.cli.SbsRuns.withStandardInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.cli.SbsRuns.Run;
import org.socialstrategy.io.StrategyFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands for strategy files that live in git: {@code set}, {@code fmt}, {@code diff} (also
 * against a git revision), {@code baseline} and {@code validate --baseline}, and waivers that
 * expire, as a new user meets them.
 */
class GitFilesCommandsTest {

  private static final Path RETAIL = Path.of("..", "examples", "strategies", "retail.yaml");
  private static final Path DIFF = Path.of("..", "strategy-report", "src", "test", "resources");

  @TempDir Path dir;

  private Path retail() throws IOException {
    Path copy = dir.resolve("retail.yaml");
    Files.copy(RETAIL, copy);
    return copy;
  }

  /** The numbers of the lines that differ between two texts of the same number of lines. */
  private static List<Integer> changedLines(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    assertEquals(a.size(), b.size(), "the edit added or removed lines");
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        changed.add(i + 1);
      }
    }
    return changed;
  }

  @Test
  void setRewritesOnlyTheLinesOfTheValuesItSets() throws IOException {
    Path file = retail();
    String before = Files.readString(file);
    Run run =
        sbs(
            "set",
            "--color",
            "never",
            file.toString(),
            "tactics[fb-shop].cost.amount=6000.00",
            "tactics[fb-shop].name=Facebook store");
    assertEquals(Sbs.OK, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals(List.of(66, 75), changedLines(before, Files.readString(file)));
    assertEquals(
        "sbs: changed "
            + file
            + ":\n"
            + "  ~ tactics[fb-shop].name: Facebook shop -> Facebook store\n"
            + "  ~ tactics[fb-shop].cost: 5,000.00 USD -> 6,000.00 USD\n",
        run.err());
    assertEquals(
        "Facebook store",
        StrategyFiles.read(file).tactics().stream()
            .filter(t -> t.id().value().equals("fb-shop"))
            .findFirst()
            .orElseThrow()
            .name());
  }

  @Test
  void setRefusesABadPathOrValueWithLocatedMessagesAndLeavesTheFileUntouched() throws IOException {
    Path file = retail();
    byte[] before = Files.readAllBytes(file);
    Run unknown = sbs("set", "--color", "never", file.toString(), "tactics[fb-shopp].name=X");
    assertEquals(Sbs.INVALID, unknown.code());
    assertEquals(
        file
            + ":64:1: error: tactics: tactics has no element 'fb-shopp' (did you mean"
            + " 'fb-shop'?)\n",
        unknown.err());
    Run notANumber =
        sbs(
            "set",
            "--color",
            "never",
            file.toString(),
            "tactics[fb-shop].name=Fine",
            "tactics[fb-shop].cost.amount=lots");
    assertEquals(Sbs.INVALID, notANumber.code());
    assertEquals(
        file
            + ":75:15: error: tactics[fb-shop].cost.amount: 'lots' is not a decimal number"
            + " (write a number such as 1200 or 0.25)\n",
        notANumber.err());
    Run refusedByTheModel =
        sbs("set", "--color", "never", file.toString(), "tactics[fb-shop].supports=[nope]");
    assertEquals(Sbs.INVALID, refusedByTheModel.code());
    assertTrue(
        refusedByTheModel.err().contains("tactics[fb-shop].supports[0]: unknown goal 'nope'"),
        refusedByTheModel.err());
    Run noEquals = sbs("set", file.toString(), "tactics[fb-shop].name");
    assertEquals(Sbs.INVALID, noEquals.code());
    assertTrue(noEquals.err().startsWith("sbs: expected PATH=VALUE"), noEquals.err());
    Run nothing = sbs("set", file.toString());
    assertEquals(Sbs.INVALID, nothing.code());
    assertTrue(nothing.err().startsWith("sbs: no edit given"), nothing.err());
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void setWritesToStandardOutputForAPipeAndRemovesElements() throws IOException {
    Path file = retail();
    byte[] before = Files.readAllBytes(file);
    Run run =
        withStandardInput(
            Files.readString(file),
            "set",
            "-q",
            "-",
            "-o",
            "-",
            "--remove",
            "vision.internalValue");
    assertEquals(Sbs.OK, run.code(), run.err());
    assertEquals("", run.err());
    assertEquals(
        Files.readString(file)
            .replace(
                "  internalValue: Sales and buying hear customers directly, not through reports\n",
                ""),
        run.out());
    assertArrayEquals(before, Files.readAllBytes(file));
    Run inPlace = sbs("set", "-", "a=b");
    assertEquals(Sbs.INVALID, inPlace.code());
    assertTrue(inPlace.err().contains("standard input cannot be changed in place"), inPlace.err());
  }

  @Test
  void fmtChecksAndRewritesInTheCanonicalLayoutKeepingTheTopComments() throws IOException {
    Path file = retail();
    Run check = sbs("fmt", "--check", "--color", "never", file.toString());
    assertEquals(Sbs.FINDINGS, check.code());
    assertEquals(file + "\n", check.out());
    assertEquals("sbs: 1 file to format of 1\n", check.err());
    Run format = sbs("fmt", "--color", "never", file.toString());
    assertEquals(Sbs.OK, format.code(), format.err());
    assertEquals("sbs: formatted 1 file of 1\n", format.err());
    String formatted = Files.readString(file);
    assertTrue(formatted.startsWith("# yaml-language-server: $schema="), formatted);
    assertEquals(StrategyFiles.read(RETAIL), StrategyFiles.read(file));
    assertEquals(Sbs.OK, sbs("fmt", "--check", file.toString()).code());
    Run piped = withStandardInput(Files.readString(RETAIL), "fmt", "-");
    assertEquals(formatted, piped.out());
  }

  @Test
  void diffMatchesTheGoldenFilesOfTheReports() throws IOException {
    String before = RETAIL.toString();
    String after = DIFF.resolve("diff").resolve("retail-new.yaml").toString();
    Run text = sbs("diff", "--color", "never", before, after);
    assertEquals(Sbs.OK, text.code(), text.err());
    assertEquals(
        Files.readString(DIFF.resolve("diff").resolve("retail.diff.txt")),
        text.out().replace(after, "retail-new.yaml").replace(before, "retail.yaml"));
    Run markdown = sbs("diff", "--format", "markdown", before, after);
    assertEquals(
        Files.readString(DIFF.resolve("diff").resolve("retail.diff.md")),
        markdown.out().replace(after, "retail-new.yaml").replace(before, "retail.yaml"));
    Run json = sbs("diff", "--format", "json", before, after);
    JsonNode document = JsonMapper.builder().build().readTree(json.out());
    assertEquals(5, document.get("changes").size());
    assertEquals(1, document.get("counts").get("resolved").asInt());
    assertEquals(Sbs.OK, sbs("diff", "--fail-on", "error", before, after).code());
    assertEquals(Sbs.FINDINGS, sbs("diff", "--fail-on", "warning", before, after).code());
  }

  @Test
  void diffSaysWhatToGive() {
    Run one = sbs("diff", RETAIL.toString());
    assertEquals(Sbs.INVALID, one.code());
    assertTrue(one.err().startsWith("sbs: give two files, OLD NEW"), one.err());
    Run two = sbs("diff", "--git", "HEAD", RETAIL.toString(), RETAIL.toString());
    assertEquals(Sbs.INVALID, two.code());
    assertTrue(two.err().startsWith("sbs: --git REV compares one file"), two.err());
  }

  private static boolean hasGit() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c"));
    command.add("user.email=t@example.org");
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
  }

  @Test
  void diffReadsTheOldVersionFromAGitRevision() throws IOException, InterruptedException {
    assumeTrue(hasGit(), "git is not installed");
    Path file = retail();
    git("init", "-q");
    git("add", "retail.yaml");
    git("commit", "-q", "-m", "retail");
    assertEquals(
        Sbs.OK, sbs("set", "-q", file.toString(), "tactics[fb-shop].cost.amount=6000.00").code());
    Run run = sbs("diff", "--color", "never", "--git", "HEAD", file.toString());
    assertEquals(Sbs.OK, run.code(), run.err());
    assertTrue(
        run.out().startsWith("Changes from HEAD:" + file + " to " + file + ", as of 2027-06-30\n"),
        run.out());
    assertTrue(
        run.out().contains("  ~ tactics[fb-shop].cost: 5,000.00 USD -> 6,000.00 USD\n"), run.out());
    Run missing = sbs("diff", "--git", "no-such-branch", file.toString());
    assertEquals(Sbs.INVALID, missing.code());
    assertTrue(
        missing.err().startsWith("sbs: cannot read no-such-branch:" + file + " from git: fatal:"),
        missing.err());
  }

  @Test
  void validateWithABaselineFailsOnlyOnNewFindings() throws IOException {
    Path file = retail();
    Path baseline = dir.resolve("sbs-baseline.json");
    Run written = sbs("baseline", "--color", "never", file.toString(), "-o", baseline.toString());
    assertEquals(Sbs.OK, written.code(), written.err());
    assertEquals("sbs: baseline of 12 findings in 1 file\n", written.err());
    Run known =
        sbs("validate", "--color", "never", file.toString(), "--baseline", baseline.toString());
    assertEquals(Sbs.OK, known.code(), known.out());
    assertEquals("0 findings (0 errors, 0 warnings, 0 infos) in 1 file\n", known.out());
    assertEquals(
        "sbs: the baseline " + baseline + " accepts 12 findings, not shown\n", known.err());
    sbs(
        "set",
        "-q",
        file.toString(),
        "tactics[tiktok]={name: TikTok launch, channel: tiktok, function: marketing}");
    Run fresh =
        sbs("validate", "--color", "never", file.toString(), "--baseline", baseline.toString());
    assertEquals(Sbs.FINDINGS, fresh.code());
    assertTrue(
        fresh.out().startsWith(file + ":153:5: error SBS101 unaligned-tactic: tactic 'tiktok'"),
        fresh.out());
    assertTrue(fresh.out().endsWith("5 findings (1 error, 3 warnings, 1 info) in 1 file\n"));
    Run bad = sbs("validate", file.toString(), "--baseline", dir.resolve("none.json").toString());
    assertEquals(Sbs.INVALID, bad.code());
    assertTrue(bad.err().startsWith("sbs: cannot read the baseline"), bad.err());
  }

  @Test
  void aWaiverHoldsUntilItsLastDayAndIsListedWithItsReason() throws IOException {
    Path file = retail();
    assertEquals(
        Sbs.OK,
        sbs(
                "set",
                "-q",
                file.toString(),
                "suppressions[0]={rule: SBS101, subject: \"tactic:fb-fan-contest\", reason: pilot"
                    + " ends in June, until: 2027-06-30}")
            .code());
    Run during = sbs("validate", "--color", "never", file.toString(), "--as-of", "2027-06-30");
    assertEquals(Sbs.OK, during.code(), during.out());
    assertTrue(
        during
            .out()
            .contains(
                file
                    + ":207:5: waiver SBS101 for tactic:fb-fan-contest: active until 2027-06-30,"
                    + " sets aside 1 finding; reason: pilot ends in June\n"),
        during.out());
    Run after = sbs("validate", "--color", "never", file.toString(), "--as-of", "2027-07-01");
    assertEquals(Sbs.FINDINGS, after.code());
    assertTrue(
        after.out().contains("(its waiver expired on 2027-06-30: pilot ends in June)"),
        after.out());
    Run badDate = sbs("validate", file.toString(), "--as-of", "June");
    assertEquals(Sbs.INVALID, badDate.code());
    assertTrue(badDate.err().startsWith("sbs: --as-of takes a date"), badDate.err());
  }
}
