package org.socialstrategy.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;

/**
 * Findings as a compiler prints its diagnostics: one line per finding, {@code file:line:column:
 * severity id name: message}, its fix indented below, in the order of the file, and a summary line
 * that counts them by severity. Every value from a file (names, ids, messages that quote them) has
 * its control characters shown, not obeyed, in both styles (see {@link TextStyle#visible}).
 */
public final class FindingsText {

  private FindingsText() {}

  /**
   * Writes the findings of validated files.
   *
   * @param results the files and their findings
   * @param files how many files were checked, for the summary line
   * @param style how to mark emphasis
   * @return the text, one line per finding and fix, then the summary, each line ended
   */
  public static String render(List<ValidatedFile> results, int files, TextStyle style) {
    StringBuilder out = new StringBuilder();
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (ValidatedFile result : results) {
      StrategyDocument document = result.document();
      String name = result.file();
      List<Finding> findings = new ArrayList<>(result.report().findings());
      findings.sort(
          Comparator.comparing((Finding f) -> document.locate(f.path()).line())
              .thenComparing(f -> document.locate(f.path()).column()));
      for (Finding finding : findings) {
        FilePosition at = document.locate(finding.path());
        counts.merge(finding.severity(), 1, Integer::sum);
        out.append(style.bold(Escaping.terminal(name) + ":" + at.line() + ":" + at.column() + ":"))
            .append(' ')
            .append(severity(finding.severity(), style))
            .append(' ')
            .append(style.bold(Escaping.terminal(finding.ruleId() + " " + finding.ruleName())))
            .append(": ")
            .append(Escaping.terminal(finding.message()))
            .append('\n')
            .append(style.dim("    fix: " + Escaping.terminal(finding.fix())))
            .append('\n');
      }
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    out.append(Wording.count(total, "finding"))
        .append(" (")
        .append(Wording.count(counts.getOrDefault(Severity.ERROR, 0), "error"))
        .append(", ")
        .append(Wording.count(counts.getOrDefault(Severity.WARNING, 0), "warning"))
        .append(", ")
        .append(Wording.count(counts.getOrDefault(Severity.INFO, 0), "info"))
        .append(") in ")
        .append(Wording.count(files, "file"))
        .append('\n');
    return out.toString();
  }

  /**
   * Writes the problems of a file that could not be read, one line each, like a compiler.
   *
   * @param problems the file's problems
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String problems(StrategyFileException problems, TextStyle style) {
    StringBuilder out = new StringBuilder();
    for (FileProblem problem : problems.problems()) {
      out.append(style.red("error"))
          .append(' ')
          .append(Escaping.terminal(problem.toString()))
          .append('\n');
    }
    if (problems.omitted() > 0) {
      out.append("... and ").append(problems.omitted()).append(" more problems\n");
    }
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
