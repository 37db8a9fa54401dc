package org.socialstrategy.scoring.validation;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.socialstrategy.model.Subject;

/**
 * The findings of one validation, in a deterministic order (most severe first, then by rule id,
 * then in the order of the strategy), with the findings its suppressions set aside and where each
 * of the strategy's suppressions (waivers) stands.
 */
public final class ValidationReport {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId);

  private final List<Finding> findings;
  private final List<SuppressedFinding> suppressed;
  private final List<Waiver> waivers;
  private final int[] counts = new int[Severity.values().length];

  private ValidationReport(
      List<Finding> findings, List<SuppressedFinding> suppressed, List<Waiver> waivers) {
    this.findings = List.copyOf(findings);
    this.suppressed = List.copyOf(suppressed);
    this.waivers = List.copyOf(waivers);
    for (Finding finding : this.findings) {
      counts[finding.severity().ordinal()]++;
    }
  }

  /**
   * Returns a report of the given findings, sorted stably into report order.
   *
   * @param findings the findings, in the order rules reported them
   * @param suppressed the findings suppressions set aside
   * @return the report
   */
  public static ValidationReport of(List<Finding> findings, List<SuppressedFinding> suppressed) {
    return of(findings, suppressed, List.of());
  }

  /** Makes a report, sorting the findings, with where each suppression stands. */
  static ValidationReport of(
      List<Finding> findings, List<SuppressedFinding> suppressed, List<Waiver> waivers) {
    return new ValidationReport(findings.stream().sorted(ORDER).toList(), suppressed, waivers);
  }

  /** Makes a report of findings already in report order, as the validator collects them. */
  static ValidationReport ofOrdered(
      List<Finding> findings, List<SuppressedFinding> suppressed, List<Waiver> waivers) {
    return new ValidationReport(findings, suppressed, waivers);
  }

  /**
   * Returns the findings, most severe first.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings that suppressions recorded in the strategy set aside.
   *
   * @return the suppressed findings
   */
  public List<SuppressedFinding> suppressed() {
    return suppressed;
  }

  /**
   * Returns every suppression the strategy records, in its order, with where it stands: active,
   * expired, unused (stale) or naming an unknown rule.
   *
   * @return the waivers; empty for a report not made by a validator
   */
  public List<Waiver> waivers() {
    return waivers;
  }

  /**
   * Returns how many findings have the severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts[severity.ordinal()];
  }

  /**
   * Tells whether any finding is an error.
   *
   * @return true when there is an error
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Tells whether there are no findings at all.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns the report restricted to findings that pass a test.
   *
   * @param test which findings to keep
   * @return the smaller report, suppressed findings and waivers kept as they are
   */
  public ValidationReport filter(Predicate<? super Finding> test) {
    return new ValidationReport(findings.stream().filter(test).toList(), suppressed, waivers);
  }

  /**
   * Returns the findings of one rule.
   *
   * @param rule the rule's id or name
   * @return the smaller report
   */
  public ValidationReport byRule(String rule) {
    return filter(f -> f.ruleId().equals(rule) || f.ruleName().equals(rule));
  }

  /**
   * Returns the findings about one subject.
   *
   * @param subject the subject
   * @return the smaller report
   */
  public ValidationReport bySubject(Subject subject) {
    return filter(f -> f.subject().equals(subject));
  }

  /**
   * Returns the findings at or above a severity.
   *
   * @param severity the least severity kept
   * @return the smaller report
   */
  public ValidationReport atLeast(Severity severity) {
    return filter(f -> f.severity().isAtLeast(severity));
  }

  /**
   * Returns a summary such as {@code 3 findings (1 error, 2 warnings, 0 infos)}.
   *
   * @return the summary
   */
  public String summary() {
    int total = findings.size();
    return total
        + (total == 1 ? " finding (" : " findings (")
        + plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARNING), "warning")
        + ", "
        + plural(count(Severity.INFO), "info")
        + ")";
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * Reports are equal when they hold equal findings in the same order and equal suppressed
   * findings.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && findings.equals(((ValidationReport) other).findings)
        && suppressed.equals(((ValidationReport) other).suppressed);
  }

  @Override
  public int hashCode() {
    return 31 * findings.hashCode() + suppressed.hashCode();
  }

  /** Returns the summary followed by one line per finding. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(summary());
    for (Finding finding : findings) {
      text.append('\n').append(finding);
    }
    return text.toString();
  }
}
