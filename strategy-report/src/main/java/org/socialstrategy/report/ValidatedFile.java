package org.socialstrategy.report;

import java.util.Objects;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.scoring.validation.ValidationReport;

/**
 * A strategy file that was read, and its validation report.
 *
 * @param file how to name the file in the output, such as the path a user gave
 * @param document the file's strategy and layout
 * @param report the validation report of its strategy
 */
public record ValidatedFile(String file, StrategyDocument document, ValidationReport report)
    implements CheckedFile {

  /**
   * Rejects nulls.
   *
   * @param file how to name the file in the output
   * @param document the file's strategy and layout
   * @param report the validation report of its strategy
   */
  public ValidatedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(report, "report");
  }
}
