package org.socialstrategy.report;

import java.util.List;
import java.util.Map;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.model.diff.Change;
import org.socialstrategy.model.diff.ChangeKind;
import org.socialstrategy.model.diff.StrategyDiff;
import org.socialstrategy.scoring.review.ChangeReview;
import org.socialstrategy.scoring.review.FigureChange;
import org.socialstrategy.scoring.validation.Finding;

/**
 * A change to a strategy file as text for a terminal: one line per change ({@code ~ path: before ->
 * after}, {@code + path: value}, {@code - path: value}), the findings the change introduces and
 * those it resolves as a compiler writes them (introduced ones at their line in the later version,
 * resolved ones in the earlier), and the headline figures before and after.
 */
public final class ChangeText {

  private ChangeText() {}

  /**
   * Renders a change.
   *
   * @param change the two versions and the review of the change
   * @param style how to mark emphasis
   * @return the text, each line ended
   */
  public static String render(StrategyChange change, TextStyle style) {
    ChangeReview review = change.review();
    StrategyDiff diff = review.diff();
    StringBuilder out = new StringBuilder();
    out.append(style.bold("Changes from " + Escaping.terminal(change.beforeName())))
        .append(style.bold(" to " + Escaping.terminal(change.afterName())))
        .append(", as of ")
        .append(review.asOf())
        .append("\n\n");
    if (diff.isEmpty()) {
      out.append("No changes: both versions hold the same strategy.\n");
    } else {
      Map<ChangeKind, Integer> counts = diff.counts();
      out.append(Wording.count(diff.changes().size(), "change"))
          .append(" (")
          .append(counts.get(ChangeKind.ADDED))
          .append(" added, ")
          .append(counts.get(ChangeKind.REMOVED))
          .append(" removed, ")
          .append(counts.get(ChangeKind.CHANGED))
          .append(" changed)\n");
      for (Change one : diff.changes()) {
        out.append("  ")
            .append(mark(one.kind(), style))
            .append(' ')
            .append(Escaping.terminal(one.path() + ": " + one.values()))
            .append('\n');
      }
    }
    findings("introduced", review.introduced(), change.afterName(), change.after(), style, out);
    findings("resolved", review.resolved(), change.beforeName(), change.before(), style, out);
    out.append('\n').append(style.bold("Headline figures")).append('\n');
    int width = review.figures().stream().mapToInt(f -> f.label().length()).max().orElse(0);
    for (FigureChange figure : review.figures()) {
      out.append("  ")
          .append(figure.label())
          .append(" ".repeat(width - figure.label().length()))
          .append("  ");
      if (figure.changed()) {
        out.append(figure.before()).append(" -> ").append(figure.after());
      } else {
        out.append(figure.after()).append(style.dim(" (unchanged)"));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void findings(
      String what,
      List<Finding> findings,
      String file,
      StrategyDocument document,
      TextStyle style,
      StringBuilder out) {
    out.append('\n')
        .append(style.bold(Wording.count(findings.size(), "finding") + " " + what))
        .append('\n');
    for (Finding finding : findings) {
      FindingsText.finding(file, document, finding, style, "  ", out);
    }
  }

  private static String mark(ChangeKind kind, TextStyle style) {
    return switch (kind) {
      case ADDED -> style.cyan(kind.mark());
      case REMOVED -> style.red(kind.mark());
      default -> style.yellow(kind.mark());
    };
  }
}
