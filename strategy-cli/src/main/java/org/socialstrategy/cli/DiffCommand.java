package org.socialstrategy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.report.ChangeJson;
import org.socialstrategy.report.ChangeMarkdown;
import org.socialstrategy.report.ChangeText;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.StrategyChange;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.scoring.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sbs diff}: what changed between two versions of a strategy, the findings the change
 * introduces and resolves, and how the headline figures move.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two versions of a strategy element by element (matched by id, so moved or"
          + " reformatted parts are no change): what was added, removed and changed, the findings"
          + " the change introduces and those it resolves, and the headline figures before and"
          + " after. Both versions are scored as of the same day.",
      "With --git REV, the old version is FILE as it is in git at REV (a commit, branch or"
          + " tag), read with the git command."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs diff old/retail.yaml retail.yaml",
      "  sbs diff --git HEAD retail.yaml                 uncommitted changes",
      "  sbs diff --git origin/main retail.yaml --format markdown -o comment.md",
      "  sbs diff --git main retail.yaml --fail-on error  exit 1 if the change adds an error",
      "  sbs diff old.yaml new.yaml --format json",
      "",
      "Exit codes: 0 shown, 1 when --fail-on is given and the change introduces a finding at or"
          + " above it, 2 when a version cannot be read or the command line is wrong."
    })
final class DiffCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** Lines for a terminal. */
    TEXT,
    /** One JSON document. */
    JSON,
    /** Markdown for a pull-request comment. */
    MARKDOWN
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "1..2",
      description = "OLD NEW: two strategy files (- for standard input); with --git, one file.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--git",
      paramLabel = "REV",
      description = "Compare FILE with its version at the git revision REV.")
  String revision;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit with 1 when the change introduces a finding at or above this severity: error,"
              + " warning or info (default: never).")
  Severity failOn;

  @Mixin StdinFormatOption stdinFormat;

  @Mixin AsOfOption asOf;

  @Mixin OutputOption output;

  @Mixin ColorOption color;

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    TextStyle style = output.style(color);
    if (revision != null && files.size() != 1) {
      throw new ParameterException(
          spec.commandLine(), "--git REV compares one file with its version at REV: give one FILE");
    }
    if (revision == null && files.size() != 2) {
      throw new ParameterException(
          spec.commandLine(),
          "give two files, OLD NEW, or one file and --git REV to compare it with a revision");
    }
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input can be given only once");
    }
    String newFile = files.get(files.size() - 1);
    Inputs.Input before =
        revision == null ? Inputs.one(files.get(0), stdinFormat.format) : atRevision(newFile);
    Inputs.Input after = Inputs.one(newFile, stdinFormat.format);
    boolean unreadable = false;
    for (Inputs.Input input : List.of(before, after)) {
      if (!input.readable()) {
        spec.commandLine().getErr().print(FindingsText.problems(input.unreadable(), style));
        unreadable = true;
      }
    }
    spec.commandLine().getErr().flush();
    if (unreadable) {
      return Sbs.INVALID;
    }
    StrategyChange change =
        StrategyChange.of(
            before.name(),
            before.document(),
            after.name(),
            after.document(),
            asOf.date(after.document().strategy(), spec),
            Commands.validator(rules, spec));
    output.emit(
        switch (format) {
          case JSON -> ChangeJson.render(change) + "\n";
          case MARKDOWN -> ChangeMarkdown.render(change);
          default -> ChangeText.render(change, style);
        },
        spec);
    boolean failing =
        failOn != null
            && change.review().introduced().stream()
                .anyMatch(finding -> finding.severity().isAtLeast(failOn));
    return failing ? Sbs.FINDINGS : Sbs.OK;
  }

  /** Reads the file as it is at the revision, with {@code git show REV:./FILE} in its folder. */
  private Inputs.Input atRevision(String file) {
    if (file.equals("-")) {
      throw new ParameterException(
          spec.commandLine(), "--git needs a file in a git work tree, not standard input");
    }
    StrategyFormat notation;
    try {
      notation = StrategyFormat.ofFileName(file);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "not a strategy file: '" + file + "' ends in neither .yaml, .yml nor .json",
          e);
    }
    Path path = Path.of(file).toAbsolutePath();
    String name = revision + ":" + file;
    Process git;
    try {
      git =
          new ProcessBuilder("git", "show", revision + ":./" + path.getFileName().toString())
              .directory(path.getParent().toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
    } catch (IOException e) {
      throw new CommandFailure(
          "cannot read " + name + ": --git needs the git command, and it was not found");
    }
    try {
      git.getOutputStream().close();
      CompletableFuture<byte[]> errors =
          CompletableFuture.supplyAsync(() -> all(git.getErrorStream()));
      byte[] text = git.getInputStream().readAllBytes();
      String problem = new String(errors.join(), StandardCharsets.UTF_8).strip();
      if (git.waitFor() != 0) {
        throw new CommandFailure(
            "cannot read "
                + name
                + " from git: "
                + (problem.isEmpty() ? "git exited with " + git.exitValue() : firstLine(problem)));
      }
      return Inputs.bytes(name, text, notation);
    } catch (IOException e) {
      throw new CommandFailure("cannot read " + name + " from git: " + Inputs.reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while reading " + name + " from git");
    }
  }

  private static byte[] all(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }
}
