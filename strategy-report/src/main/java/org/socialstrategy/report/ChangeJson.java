package org.socialstrategy.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.model.diff.Change;
import org.socialstrategy.model.diff.ChangeKind;
import org.socialstrategy.scoring.review.ChangeReview;
import org.socialstrategy.scoring.review.FigureChange;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.FindingKey;

/**
 * A change to a strategy file as one JSON document, for tools and bots: the names of both versions
 * and the day they were scored for, counts, every change with its kind, area, path and values, the
 * findings introduced (located in the later version) and resolved (located in the earlier one),
 * each with the fingerprint baselines and SARIF logs know it by, and the headline figures before
 * and after. The fields are documented in {@code docs/git.md}.
 */
public final class ChangeJson {

  private ChangeJson() {}

  /**
   * Renders a change.
   *
   * @param change the two versions and the review of the change
   * @return the JSON text
   */
  public static String render(StrategyChange change) {
    ChangeReview review = change.review();
    Map<ChangeKind, Integer> counts = review.diff().counts();
    List<ChangeEntry> changes = new ArrayList<>();
    for (Change one : review.diff().changes()) {
      changes.add(
          new ChangeEntry(
              one.kind().name().toLowerCase(Locale.ROOT),
              one.area(),
              one.path().toString(),
              one.before(),
              one.after()));
    }
    List<FigureEntry> figures = new ArrayList<>();
    for (FigureChange figure : review.figures()) {
      figures.add(
          new FigureEntry(
              figure.key(), figure.label(), figure.before(), figure.after(), figure.changed()));
    }
    return JsonOutput.write(
        new Document(
            change.beforeName(),
            change.afterName(),
            review.asOf().toString(),
            new Counts(
                counts.get(ChangeKind.ADDED),
                counts.get(ChangeKind.REMOVED),
                counts.get(ChangeKind.CHANGED),
                review.introduced().size(),
                review.resolved().size()),
            changes,
            findings(change.after(), review.introduced()),
            findings(change.before(), review.resolved()),
            figures));
  }

  private static List<KeyedFinding> findings(StrategyDocument document, List<Finding> findings) {
    List<KeyedFinding> entries = new ArrayList<>();
    for (Finding finding : findings) {
      FindingsJson.FindingEntry entry = FindingsJson.entry(document, finding);
      entries.add(
          new KeyedFinding(
              entry.severity(),
              entry.ruleId(),
              entry.ruleName(),
              entry.subject(),
              entry.path(),
              entry.line(),
              entry.column(),
              entry.message(),
              entry.fix(),
              FindingKey.of(finding).fingerprint()));
    }
    return entries;
  }

  record Document(
      String before,
      String after,
      String asOf,
      Counts counts,
      List<ChangeEntry> changes,
      List<KeyedFinding> introduced,
      List<KeyedFinding> resolved,
      List<FigureEntry> figures) {}

  record Counts(int added, int removed, int changed, int introduced, int resolved) {}

  record ChangeEntry(
      String kind, String area, String path, Optional<String> before, Optional<String> after) {}

  record KeyedFinding(
      String severity,
      String ruleId,
      String ruleName,
      String subject,
      String path,
      int line,
      int column,
      String message,
      String fix,
      String fingerprint) {}

  record FigureEntry(String key, String label, String before, String after, boolean changed) {}
}
