package org.socialstrategy.scoring.scorecard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;

/**
 * Where a strategy stands against the survey figures the framework quotes: 34% of businesses felt
 * their social strategy was connected to business outcomes, 28% had a holistic approach across
 * business functions, 12% had a plan beyond the next year, and about half said top executives were
 * informed, engaged and aligned.
 *
 * <p>A strategy answers yes when: most of its tactics (half or more) are aligned; its tactics span
 * three or more business functions under a stated vision; its roadmap covers two calendar years or
 * more; half or more of its executives are aligned.
 *
 * @param items the four comparisons, in the order above
 */
public record Benchmark(List<BenchmarkItem> items) {

  /** The survey's share of businesses connected to business outcomes. */
  public static final double CONNECTED = 0.34;

  /** The survey's share of businesses with a holistic approach. */
  public static final double HOLISTIC = 0.28;

  /** The survey's share of businesses with a plan beyond the next year. */
  public static final double PLAN_BEYOND_A_YEAR = 0.12;

  /** The survey's share of businesses whose top executives were informed, engaged and aligned. */
  public static final double EXECUTIVES_ALIGNED = 0.5;

  /**
   * Copies the items.
   *
   * @param items the four comparisons, in the order above
   */
  public Benchmark {
    items = List.copyOf(items);
  }

  static Benchmark of(Strategy strategy, AlignmentScore alignment) {
    Set<BusinessFunction> functions = new HashSet<>();
    strategy.tactics().forEach(t -> functions.add(t.function()));
    List<Stakeholder> executives =
        strategy.stakeholders().stream().filter(Stakeholder::executive).toList();
    long aligned =
        executives.stream().filter(e -> e.alignment() == ExecutiveAlignment.ALIGNED).count();
    int roadmapYears = strategy.roadmap().map(r -> r.horizon().years().size()).orElse(0);
    boolean connected = alignment.tactics() > 0 && alignment.shareByCount() >= 0.5;
    boolean holistic = functions.size() >= 3 && strategy.vision().isPresent();
    boolean beyondAYear = roadmapYears >= 2;
    boolean executivesAligned = !executives.isEmpty() && 2 * aligned >= executives.size();
    return new Benchmark(
        List.of(
            item(
                "social strategy connected to business outcomes",
                CONNECTED,
                Ratios.percent(alignment.shareByCount()) + "% of tactics aligned",
                connected),
            item(
                "holistic approach across business functions",
                HOLISTIC,
                Plurals.count(functions.size(), "business function")
                    + (strategy.vision().isPresent() ? " under a vision" : ", no vision"),
                holistic),
            item(
                "a plan beyond the next year",
                PLAN_BEYOND_A_YEAR,
                roadmapYears == 0
                    ? "no roadmap"
                    : "roadmap over " + Plurals.count(roadmapYears, "calendar year"),
                beyondAYear),
            item(
                "top executives informed, engaged and aligned",
                EXECUTIVES_ALIGNED,
                aligned + " of " + Plurals.count(executives.size(), "executive") + " aligned",
                executivesAligned)));
  }

  private static BenchmarkItem item(String measure, double survey, String value, boolean meets) {
    String share = Ratios.percent(survey) + "%";
    String statement =
        meets
            ? "yes (" + value + "): only " + share + " of surveyed businesses say the same"
            : "not yet (" + value + "): " + share + " of surveyed businesses say they have it";
    return new BenchmarkItem(measure, survey, value, meets, statement);
  }
}
