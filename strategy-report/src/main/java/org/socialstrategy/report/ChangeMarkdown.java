package org.socialstrategy.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.model.diff.Change;
import org.socialstrategy.model.diff.ChangeKind;
import org.socialstrategy.scoring.review.ChangeReview;
import org.socialstrategy.scoring.review.FigureChange;
import org.socialstrategy.scoring.validation.Finding;

/**
 * A change to a strategy file as Markdown for a pull-request comment: the headline figures before
 * and after, a table of the changes, and the findings the change introduces and resolves with their
 * lines. At most {@value MarkdownReport#MAX_ROWS} rows per list; a line says how many more there
 * are. Every value from the strategy is escaped for Markdown.
 */
public final class ChangeMarkdown {

  private ChangeMarkdown() {}

  /**
   * Renders a change.
   *
   * @param change the two versions and the review of the change
   * @return the Markdown text
   */
  public static String render(StrategyChange change) {
    ChangeReview review = change.review();
    StringBuilder out = new StringBuilder();
    out.append("### Strategy change: ")
        .append(Escaping.markdownProse(change.afterName()))
        .append("\n\nCompared with ")
        .append(Escaping.markdownCell(change.beforeName()))
        .append(", both scored as of ")
        .append(review.asOf())
        .append(".\n\n| figure | before | after |\n|---|---|---|\n");
    for (FigureChange figure : review.figures()) {
      String after = Escaping.markdownCell(figure.after());
      out.append("| ")
          .append(figure.label())
          .append(" | ")
          .append(Escaping.markdownCell(figure.before()))
          .append(" | ")
          .append(figure.changed() ? "**" + after + "**" : after)
          .append(" |\n");
    }
    Map<ChangeKind, Integer> counts = review.diff().counts();
    out.append("\n#### ")
        .append(Wording.count(review.diff().changes().size(), "change"))
        .append(" (")
        .append(counts.get(ChangeKind.ADDED))
        .append(" added, ")
        .append(counts.get(ChangeKind.REMOVED))
        .append(" removed, ")
        .append(counts.get(ChangeKind.CHANGED))
        .append(" changed)\n\n");
    if (review.diff().isEmpty()) {
      out.append("Both versions hold the same strategy.\n");
    } else {
      out.append("| change | where | before | after |\n|---|---|---|---|\n");
      List<Change> changes = review.diff().changes();
      for (Change one : changes.subList(0, Math.min(changes.size(), MarkdownReport.MAX_ROWS))) {
        out.append("| ")
            .append(one.kind().name().toLowerCase(Locale.ROOT))
            .append(" | ")
            .append(Escaping.markdownCell(one.path().toString()))
            .append(" | ")
            .append(Escaping.markdownCell(one.before().orElse("")))
            .append(" | ")
            .append(Escaping.markdownCell(one.after().orElse("")))
            .append(" |\n");
      }
      MarkdownReport.more(out, changes.size(), "change");
    }
    findings("introduced", review.introduced(), change.afterName(), change.after(), out);
    findings("resolved", review.resolved(), change.beforeName(), change.before(), out);
    return out.toString();
  }

  private static void findings(
      String what,
      List<Finding> findings,
      String file,
      StrategyDocument document,
      StringBuilder out) {
    out.append("\n#### ")
        .append(Wording.count(findings.size(), "finding"))
        .append(' ')
        .append(what)
        .append("\n\n");
    if (findings.isEmpty()) {
      out.append("None.\n");
      return;
    }
    for (Finding finding :
        findings.subList(0, Math.min(findings.size(), MarkdownReport.MAX_ROWS))) {
      FilePosition at = document.locate(finding.path());
      out.append("- **")
          .append(finding.severity().key())
          .append("** ")
          .append(finding.ruleId())
          .append(' ')
          .append(Escaping.markdownCell(finding.ruleName()))
          .append(" at ")
          .append(Escaping.markdownCell(file))
          .append(':')
          .append(at.line())
          .append(": ")
          .append(Escaping.markdownCell(finding.message()))
          .append('\n');
    }
    MarkdownReport.more(out, findings.size(), "finding");
  }
}
