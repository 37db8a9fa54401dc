package org.socialstrategy.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.SuppressedFinding;
import org.socialstrategy.scoring.validation.ValidationReport;
import org.socialstrategy.scoring.validation.Waiver;

/**
 * Validation findings as one JSON document, for tools: per file, every finding with its rule,
 * severity, subject, path, line, column, message and fix, the suppressed findings with their
 * reasons and last days, every waiver (suppression) with its state ({@code active}, {@code
 * expired}, {@code unused} for a stale one, {@code unknown-rule}), reason and last day, and counts
 * per severity; for a file that could not be read, {@code "readable": false} and its problems, each
 * with kind, path, line, column, message and hint. The totals count the unreadable files, so a tool
 * that reads only the counts cannot mistake a broken run for a clean one.
 */
public final class FindingsJson {

  private FindingsJson() {}

  /**
   * Renders the findings of the files checked, and the problems of those that could not be read.
   *
   * @param files the files, in order
   * @return the JSON text
   */
  public static String render(List<? extends CheckedFile> files) {
    List<FileEntry> entries = new ArrayList<>();
    int[] totals = new int[Severity.values().length];
    int unreadable = 0;
    for (CheckedFile checked : files) {
      if (checked instanceof UnreadableFile) {
        UnreadableFile file = (UnreadableFile) checked;
        unreadable++;
        List<ProblemEntry> problems = new ArrayList<>();
        for (FileProblem problem : file.problems()) {
          problems.add(
              new ProblemEntry(
                  problem.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                  problem.path(),
                  problem.line(),
                  problem.column(),
                  problem.message(),
                  problem.hint().orElse(null)));
        }
        entries.add(
            new FileEntry(
                file.file(),
                false,
                null,
                List.of(),
                List.of(),
                List.of(),
                problems,
                file.omitted()));
        continue;
      }
      ValidatedFile file = (ValidatedFile) checked;
      ValidationReport report = file.report();
      List<FindingEntry> findings = new ArrayList<>();
      for (Finding finding : report.findings()) {
        findings.add(entry(file.document(), finding));
        totals[finding.severity().ordinal()]++;
      }
      List<SuppressedEntry> suppressed = new ArrayList<>();
      for (SuppressedFinding s : report.suppressed()) {
        suppressed.add(
            new SuppressedEntry(
                entry(file.document(), s.finding()),
                s.reason(),
                s.until().map(LocalDate::toString)));
      }
      List<WaiverEntry> waivers = new ArrayList<>();
      for (Waiver waiver : report.waivers()) {
        FilePosition at = file.document().locate(waiver.path());
        Suppression suppression = waiver.suppression();
        waivers.add(
            new WaiverEntry(
                suppression.rule(),
                suppression.subject().toString(),
                suppression.reason(),
                suppression.until().map(LocalDate::toString),
                waiver.state().key(),
                waiver.setAside(),
                waiver.path().toString(),
                at.line(),
                at.column()));
      }
      entries.add(
          new FileEntry(
              file.file(), true, counts(report), findings, suppressed, waivers, null, null));
    }
    Counts total = new Counts(totals[0], totals[1], totals[2], unreadable);
    return JsonOutput.write(new Document(files.size(), total, entries));
  }

  static FindingEntry entry(StrategyDocument document, Finding finding) {
    FilePosition at = document.locate(finding.path());
    return new FindingEntry(
        finding.severity().key(),
        finding.ruleId(),
        finding.ruleName(),
        finding.subject().toString(),
        finding.path().toString(),
        at.line(),
        at.column(),
        finding.message(),
        finding.fix());
  }

  private static Counts counts(ValidationReport report) {
    return new Counts(
        report.count(Severity.ERROR),
        report.count(Severity.WARNING),
        report.count(Severity.INFO),
        null);
  }

  record Document(int files, Counts counts, List<FileEntry> results) {}

  record FileEntry(
      String file,
      boolean readable,
      Counts counts,
      List<FindingEntry> findings,
      List<SuppressedEntry> suppressed,
      List<WaiverEntry> waivers,
      List<ProblemEntry> problems,
      Integer omittedProblems) {}

  record Counts(int errors, int warnings, int infos, Integer unreadable) {}

  record ProblemEntry(
      String kind, String path, int line, int column, String message, String hint) {}

  record FindingEntry(
      String severity,
      String ruleId,
      String ruleName,
      String subject,
      String path,
      int line,
      int column,
      String message,
      String fix) {}

  record SuppressedEntry(FindingEntry finding, String reason, Optional<String> until) {}

  record WaiverEntry(
      String rule,
      String subject,
      String reason,
      Optional<String> until,
      String state,
      int setAside,
      String path,
      int line,
      int column) {}
}
