package org.socialstrategy.report;

import java.util.ArrayList;
import java.util.List;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.SuppressedFinding;
import org.socialstrategy.scoring.validation.ValidationReport;

/**
 * Validation findings as one JSON document, for tools: per file, every finding with its rule,
 * severity, subject, path, line, column, message and fix, the suppressed findings with their
 * reasons, and counts per severity.
 */
public final class FindingsJson {

  private FindingsJson() {}

  /**
   * Renders the findings of validated files.
   *
   * @param files the files, in order
   * @return the JSON text
   */
  public static String render(List<ValidatedFile> files) {
    List<FileEntry> entries = new ArrayList<>();
    int[] totals = new int[Severity.values().length];
    for (ValidatedFile file : files) {
      ValidationReport report = file.report();
      List<FindingEntry> findings = new ArrayList<>();
      for (Finding finding : report.findings()) {
        findings.add(entry(file, finding));
        totals[finding.severity().ordinal()]++;
      }
      List<SuppressedEntry> suppressed = new ArrayList<>();
      for (SuppressedFinding s : report.suppressed()) {
        suppressed.add(new SuppressedEntry(entry(file, s.finding()), s.reason()));
      }
      entries.add(new FileEntry(file.file(), counts(report), findings, suppressed));
    }
    Counts total = new Counts(totals[0], totals[1], totals[2]);
    return JsonOutput.write(new Document(files.size(), total, entries));
  }

  static FindingEntry entry(ValidatedFile file, Finding finding) {
    FilePosition at = file.document().locate(finding.path());
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
        report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
  }

  record Document(int files, Counts counts, List<FileEntry> results) {}

  record FileEntry(
      String file, Counts counts, List<FindingEntry> findings, List<SuppressedEntry> suppressed) {}

  record Counts(int errors, int warnings, int infos) {}

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

  record SuppressedEntry(FindingEntry finding, String reason) {}
}
