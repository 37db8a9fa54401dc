package org.socialstrategy.scoring.validation;

import java.util.List;
import java.util.Objects;

/**
 * A validation's findings of one file sorted against a {@link Baseline}: the new ones, which a
 * check fails on, the known ones the baseline accepts, and the baseline's entries that no finding
 * matched any more (findings fixed since, which a rewritten baseline drops).
 *
 * @param newFindings the findings the baseline does not accept, in report order
 * @param known the findings it accepts, in report order
 * @param gone the entries of the file that matched no finding
 * @param report the validation report with only the new findings, its suppressed findings and
 *     waivers kept
 */
public record BaselineMatch(
    List<Finding> newFindings,
    List<Finding> known,
    List<Baseline.Entry> gone,
    ValidationReport report) {

  /**
   * Copies the lists.
   *
   * @param newFindings the findings the baseline does not accept
   * @param known the findings it accepts
   * @param gone the entries that matched no finding
   * @param report the report of the new findings
   */
  public BaselineMatch {
    newFindings = List.copyOf(newFindings);
    known = List.copyOf(known);
    gone = List.copyOf(gone);
    Objects.requireNonNull(report, "report");
  }
}
