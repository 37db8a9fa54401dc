package org.socialstrategy.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.Waiver;

/**
 * Findings as a compiler prints its diagnostics: one line per finding, {@code file:line:column:
 * severity id name: message}, its fix indented below, in the order of the file, then one line per
 * waiver the file records ({@code file:line:column: waiver ...}, with its state, last day and
 * reason), and a summary line that counts the findings by severity.
 */
public final class FindingsText {

  private FindingsText() {}

  /**
   * Writes the findings of the files checked, and the problems of those that could not be read,
   * then a summary line that counts both.
   *
   * @param files the files, in the order given
   * @param style how to mark emphasis
   * @return the text, one line per finding and fix or problem, then the summary, each line ended
   */
  public static String render(List<? extends CheckedFile> files, TextStyle style) {
    return render(files, style, Severity.INFO, true);
  }

  /**
   * Writes only what fails a run: the findings at or above a severity and the problems of files
   * that could not be read, with no summary; nothing at all when the run passes.
   *
   * @param files the files, in the order given
   * @param style how to mark emphasis
   * @param failOn the least severity shown
   * @return the text, each line ended
   */
  public static String failures(
      List<? extends CheckedFile> files, TextStyle style, Severity failOn) {
    return render(files, style, failOn, false);
  }

  private static String render(
      List<? extends CheckedFile> files, TextStyle style, Severity least, boolean summary) {
    StringBuilder out = new StringBuilder();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int unreadable = 0;
    for (CheckedFile file : files) {
      if (file instanceof UnreadableFile) {
        unreadable++;
        problems((UnreadableFile) file, style, out);
        continue;
      }
      ValidatedFile result = (ValidatedFile) file;
      StrategyDocument document = result.document();
      List<Finding> findings = new ArrayList<>(result.report().findings());
      findings.sort(
          Comparator.comparing((Finding f) -> document.locate(f.path()).line())
              .thenComparing(f -> document.locate(f.path()).column()));
      for (Finding finding : findings) {
        counts.merge(finding.severity(), 1, Integer::sum);
        if (finding.severity().isAtLeast(least)) {
          finding(result.file(), document, finding, style, "", out);
        }
      }
      if (summary) {
        waivers(result, style, out);
      }
    }
    if (summary) {
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      out.append(Wording.count(total, "finding"))
          .append(" (")
          .append(Wording.count(counts.getOrDefault(Severity.ERROR, 0), "error"))
          .append(", ")
          .append(Wording.count(counts.getOrDefault(Severity.WARNING, 0), "warning"))
          .append(", ")
          .append(Wording.count(counts.getOrDefault(Severity.INFO, 0), "info"))
          .append(") in ")
          .append(Wording.count(files.size(), "file"));
      if (unreadable > 0) {
        out.append("; ").append(Wording.count(unreadable, "file")).append(" could not be read");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Writes one finding as a compiler writes a diagnostic, {@code file:line:column: severity id
   * name: message}, with its fix on the next line.
   */
  static void finding(
      String file,
      StrategyDocument document,
      Finding finding,
      TextStyle style,
      String indent,
      StringBuilder out) {
    FilePosition at = document.locate(finding.path());
    out.append(indent)
        .append(style.bold(Escaping.terminal(file) + ":" + at.line() + ":" + at.column() + ":"))
        .append(' ')
        .append(severity(finding.severity(), style))
        .append(' ')
        .append(style.bold(Escaping.terminal(finding.ruleId() + " " + finding.ruleName())))
        .append(": ")
        .append(Escaping.terminal(finding.message()))
        .append('\n')
        .append(indent)
        .append(style.dim("    fix: " + Escaping.terminal(finding.fix())))
        .append('\n');
  }

  /**
   * Writes the file's waivers after its findings, one line each at the suppression's place: the
   * rule and subject, where the waiver stands (active, expired, stale, naming no known rule), its
   * last day and its reason.
   */
  private static void waivers(ValidatedFile file, TextStyle style, StringBuilder out) {
    for (Waiver waiver : file.report().waivers()) {
      FilePosition at = file.document().locate(waiver.path());
      out.append(
              style.bold(
                  Escaping.terminal(file.file()) + ":" + at.line() + ":" + at.column() + ":"))
          .append(' ')
          .append(style.dim("waiver"))
          .append(' ')
          .append(Escaping.terminal(Wording.waiver(waiver)))
          .append('\n');
    }
  }

  private static void problems(UnreadableFile file, TextStyle style, StringBuilder out) {
    for (FileProblem problem : file.problems()) {
      out.append(
              style.bold(
                  Escaping.terminal(file.file())
                      + ":"
                      + problem.line()
                      + ":"
                      + problem.column()
                      + ":"))
          .append(' ')
          .append(style.red("error"))
          .append(": ");
      if (!problem.path().isEmpty()) {
        out.append(Escaping.terminal(problem.path())).append(": ");
      }
      out.append(Escaping.terminal(problem.message()));
      problem
          .hint()
          .ifPresent(hint -> out.append(" (").append(Escaping.terminal(hint)).append(')'));
      out.append('\n');
    }
    if (file.omitted() > 0) {
      out.append(Escaping.terminal(file.file()))
          .append(": ... and ")
          .append(Wording.count(file.omitted(), "more problem"))
          .append('\n');
    }
  }

  /**
   * Writes the problems of a file that could not be read, one line each, like a compiler, under the
   * name a user gave it.
   *
   * @param file the file and its problems
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String problems(UnreadableFile file, TextStyle style) {
    StringBuilder out = new StringBuilder();
    problems(file, style, out);
    return out.toString();
  }

  private static String severity(Severity severity, TextStyle style) {
    return switch (severity) {
      case ERROR -> style.red("error");
      case WARNING -> style.yellow("warning");
      default -> style.cyan("info");
    };
  }
}
