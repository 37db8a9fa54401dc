package org.socialstrategy.scoring.review;

import java.util.List;
import java.util.Objects;
import org.socialstrategy.model.Money;
import org.socialstrategy.scoring.scorecard.AlignmentScore;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.ValidationReport;

/**
 * The few numbers a reviewer looks at first, read from a scorecard. Which figures they are is
 * decided here, in {@link #of(Scorecard)}, and nowhere else: reports print whatever figures this
 * holds, by name.
 *
 * @param figures the figures, in the order reports show them
 */
public record HeadlineFigures(List<Figure> figures) {

  /**
   * Copies the figures.
   *
   * @param figures the figures, in order
   */
  public HeadlineFigures {
    figures = List.copyOf(figures);
  }

  /**
   * One headline figure.
   *
   * @param key what tools call it, such as {@code results}
   * @param label what people call it, such as {@code results}
   * @param value its value as people read it, such as {@code 62/100} or {@code not measured}
   */
  public record Figure(String key, String label, String value) {

    /**
     * Checks that every part is given.
     *
     * @param key what tools call it
     * @param label what people call it
     * @param value its value
     */
    public Figure {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Returns the headline figures of a scorecard: results and plan, the maturity stage, how many
   * tactics are aligned, what the unaligned ones cost, and the errors and warnings.
   *
   * @param card the scorecard
   * @return its headline figures
   */
  public static HeadlineFigures of(Scorecard card) {
    AlignmentScore alignment = card.alignment();
    ValidationReport validation = card.validation();
    return new HeadlineFigures(
        List.of(
            new Figure("results", "results", card.results().display()),
            new Figure("plan", "plan", card.plan().display()),
            new Figure("maturity", "maturity", card.maturity().stage().title()),
            new Figure(
                "alignedTactics",
                "aligned tactics",
                alignment.alignedTactics() + " of " + alignment.tactics()),
            new Figure(
                "unalignedSpend",
                "unaligned spend",
                alignment
                    .unalignedSpend()
                    .filter(spend -> spend.amount().signum() != 0)
                    .map(Money::display)
                    .orElse("none")),
            new Figure(
                "errorsAndWarnings",
                "errors and warnings",
                count(validation.count(Severity.ERROR), "error")
                    + ", "
                    + count(validation.count(Severity.WARNING), "warning"))));
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
