package org.socialstrategy.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.TimeDecayCredit;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.ChannelCredits;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.PathModel;
import org.socialstrategy.attribution.model.TimeDecay;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;

/**
 * Attributes conversions to tactics, or to touchpoint keys when there is no mapping: the entry
 * point of the attribution engine.
 *
 * <p>With a mapping, every key is renamed to the tactic its first matching rule names before the
 * model runs, so models see tactics as their channels (Shapley values and removal effects are over
 * tactics); keys no rule matches stay channels of their own and are reported in {@link
 * AttributionResult#unmapped()}.
 *
 * <pre>{@code
 * JourneyAggregate aggregate = EventCsv.read(Path.of("events.csv"), AggregationOptions.defaults());
 * AttributionResult result = Attribution.mapped(mapping).attribute(Markov.order(2), aggregate);
 * List<Observation> observations = AttributionObservations.of(result, mapping);
 * }</pre>
 */
public final class Attribution {

  private static final String TACTIC = "T:";
  private static final String KEY = "K:";

  private final TacticMatcher matcher;
  private final Map<String, String> targets = new ConcurrentHashMap<>();

  private Attribution(TacticMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * Returns attribution to touchpoint keys.
   *
   * @return the engine
   */
  public static Attribution byKey() {
    return new Attribution(null);
  }

  /**
   * Returns attribution to the tactics of a mapping.
   *
   * @param mapping the mapping of keys to tactics
   * @return the engine
   * @throws IllegalArgumentException if a rule of the mapping is malformed
   */
  public static Attribution mapped(TouchpointMapping mapping) {
    return new Attribution(TacticMatcher.of(mapping));
  }

  /**
   * Attributes the conversions of event-level input with a model, for the whole input and each
   * period.
   *
   * @param model the model
   * @param aggregate the aggregate of the events
   * @return the result
   * @throws IllegalArgumentException if the model is time decay with a half-life the aggregate did
   *     not accumulate
   */
  public AttributionResult attribute(AttributionModel model, JourneyAggregate aggregate) {
    Objects.requireNonNull(model, "model");
    List<DateRange> periods = aggregate.periods();
    Map<DateRange, Map<String, double[]>> perPeriod = new LinkedHashMap<>();
    Map<String, double[]> whole = new HashMap<>();
    double bound = Double.NaN;
    if (model.isJourneyLocal()) {
      for (DateRange period : periods) {
        Map<String, double[]> credits =
            model instanceof TimeDecay decay
                ? fold(decay, aggregate, period)
                : fold(((PathModel) model).attribute(rename(aggregate.paths(period))));
        perPeriod.put(period, credits);
        credits.forEach((target, c) -> add(whole, target, c[0], c[1]));
      }
    } else {
      ChannelCredits credits = ((PathModel) model).attribute(rename(aggregate.paths()));
      bound = credits.errorBound().orElse(Double.NaN);
      whole.putAll(fold(credits));
      split(whole, aggregate, periods, perPeriod);
    }
    Map<DateRange, List<Credit>> byPeriod = new LinkedHashMap<>();
    perPeriod.forEach((period, credits) -> byPeriod.put(period, credits(credits, period)));
    PathTable table = aggregate.paths();
    return new AttributionResult(
        matcher != null,
        model,
        credits(whole, null),
        byPeriod,
        table.totalConversions(),
        table.totalValue(),
        aggregate.untouchedConversions(),
        aggregate.untouchedValue(),
        unmapped(table, whole),
        bound);
  }

  /**
   * Attributes the conversions of a path table with a model; a path table has no dates, so the
   * result has no periods.
   *
   * @param model the model
   * @param table the path table
   * @return the result
   */
  public AttributionResult attribute(PathModel model, PathTable table) {
    ChannelCredits credits = model.attribute(rename(table));
    Map<String, double[]> whole = fold(credits);
    return new AttributionResult(
        matcher != null,
        model,
        credits(whole, null),
        Map.of(),
        table.totalConversions(),
        table.totalValue(),
        0,
        BigDecimal.ZERO,
        unmapped(table, whole),
        credits.errorBound().orElse(Double.NaN));
  }

  /**
   * Attributes event-level input with several models and compares them side by side, last touch
   * being the baseline (it is added when missing).
   *
   * @param models the models
   * @param aggregate the aggregate of the events
   * @return the comparison
   */
  public ModelComparison compare(List<AttributionModel> models, JourneyAggregate aggregate) {
    return compare(
        models,
        model -> attribute(model, aggregate),
        () -> attribute(LastTouch.model(), aggregate));
  }

  /**
   * Attributes a path table with several models and compares them side by side, last touch being
   * the baseline (it is added when missing).
   *
   * @param models the models
   * @param table the path table
   * @return the comparison
   */
  public ModelComparison compare(List<? extends PathModel> models, PathTable table) {
    return compare(
        models, model -> attribute(model, table), () -> attribute(LastTouch.model(), table));
  }

  /** Runs last touch first when the models leave it out, then every model, and compares them. */
  private static <M extends AttributionModel> ModelComparison compare(
      List<? extends M> models,
      Function<M, AttributionResult> attribute,
      Supplier<AttributionResult> lastTouch) {
    List<AttributionResult> results = new ArrayList<>();
    if (models.stream().noneMatch(m -> m.name().equals("last-touch"))) {
      results.add(lastTouch.get());
    }
    for (M model : models) {
      results.add(attribute.apply(model));
    }
    return ModelComparison.of(results);
  }

  /** Returns the target name of a key: T:tactic, K:key, or the key itself without a mapping. */
  private String target(String key) {
    if (matcher == null) {
      return key;
    }
    return targets.computeIfAbsent(
        key,
        k -> {
          Optional<TacticId> tactic = matcher.match(k);
          return tactic.map(t -> TACTIC + t.value()).orElse(KEY + k);
        });
  }

  private PathTable rename(PathTable table) {
    return matcher == null ? table : table.renameChannels(this::target);
  }

  private Map<String, double[]> fold(ChannelCredits credits) {
    Map<String, double[]> folded = new HashMap<>();
    for (int c = 0; c < credits.channels().size(); c++) {
      add(folded, credits.channels().get(c), credits.conversions(c), credits.value(c));
    }
    return folded;
  }

  private Map<String, double[]> fold(
      TimeDecay model, JourneyAggregate aggregate, DateRange period) {
    Map<String, double[]> folded = new HashMap<>();
    SortedMap<String, TimeDecayCredit> credits = aggregate.timeDecay(model.halfLife(), period);
    Map<String, BigDecimal[]> exact = new HashMap<>();
    credits.forEach(
        (key, credit) ->
            exact.merge(
                target(key),
                new BigDecimal[] {credit.conversions(), credit.value()},
                (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])}));
    exact.forEach(
        (target, sums) ->
            folded.put(target, new double[] {sums[0].doubleValue(), sums[1].doubleValue()}));
    return folded;
  }

  private static void add(Map<String, double[]> credits, String target, double conv, double value) {
    double[] sum = credits.computeIfAbsent(target, t -> new double[2]);
    sum[0] += conv;
    sum[1] += value;
  }

  /** Splits whole-input credits over periods by the converting journeys that hold each target. */
  private void split(
      Map<String, double[]> whole,
      JourneyAggregate aggregate,
      List<DateRange> periods,
      Map<DateRange, Map<String, double[]>> perPeriod) {
    Map<String, double[][]> weights = new HashMap<>();
    for (int p = 0; p < periods.size(); p++) {
      PathTable table = rename(aggregate.paths(periods.get(p)));
      int[] stamp = new int[table.channelCount()];
      for (int path = 0; path < table.size(); path++) {
        for (int i = 0; i < table.length(path); i++) {
          int channel = table.step(path, i);
          if (stamp[channel] == path + 1) {
            continue;
          }
          stamp[channel] = path + 1;
          double[][] w =
              weights.computeIfAbsent(table.channel(channel), t -> new double[3][periods.size()]);
          w[0][p] += table.conversions(path);
          w[1][p] += table.valueAsDouble(path);
          w[2][p] += table.conversions(path) + table.nulls(path);
        }
      }
    }
    for (DateRange period : periods) {
      perPeriod.put(period, new HashMap<>());
    }
    whole.forEach(
        (target, credit) -> {
          double[][] w = weights.getOrDefault(target, new double[3][periods.size()]);
          double[] conversions = shares(w[0], w[2], credit[0]);
          double[] values = shares(w[1], w[0], credit[1]);
          for (int p = 0; p < periods.size(); p++) {
            if (conversions[p] != 0 || values[p] != 0) {
              perPeriod.get(periods.get(p)).put(target, new double[] {conversions[p], values[p]});
            }
          }
        });
  }

  /** Splits an amount by weights (by the fallback weights when they are all zero). */
  private static double[] shares(double[] weights, double[] fallback, double amount) {
    double[] use = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (sum == 0) {
      use = fallback;
      for (double w : fallback) {
        sum += w;
      }
    }
    double[] split = new double[weights.length];
    if (split.length == 0) {
      return split;
    }
    if (sum == 0) {
      split[split.length - 1] = amount;
      return split;
    }
    double given = 0;
    int last = -1;
    for (int p = 0; p < split.length; p++) {
      if (use[p] != 0) {
        last = p;
      }
    }
    for (int p = 0; p < split.length; p++) {
      if (p == last) {
        split[p] = amount - given;
      } else {
        split[p] = amount * use[p] / sum;
        given += split[p];
      }
    }
    return split;
  }

  private List<Credit> credits(Map<String, double[]> credits, DateRange period) {
    List<Credit> list = new ArrayList<>();
    credits.forEach(
        (target, c) -> {
          boolean tactic = matcher != null && target.startsWith(TACTIC);
          String name = matcher == null ? target : target.substring(2);
          list.add(new Credit(name, tactic, period, c[0], c[1]));
        });
    list.sort(
        Comparator.comparingDouble(Credit::conversions)
            .reversed()
            .thenComparing(Credit::isTactic, Comparator.reverseOrder())
            .thenComparing(Credit::target));
    return list;
  }

  private List<UnmappedKey> unmapped(PathTable table, Map<String, double[]> whole) {
    if (matcher == null) {
      return List.of();
    }
    int n = table.channelCount();
    boolean[] unmapped = new boolean[n];
    for (int c = 0; c < n; c++) {
      unmapped[c] = target(table.channel(c)).startsWith(KEY);
    }
    long[] touches = new long[n];
    long[] converting = new long[n];
    int[] stamp = new int[n];
    for (int p = 0; p < table.size(); p++) {
      long journeys = table.conversions(p) + table.nulls(p);
      for (int i = 0; i < table.length(p); i++) {
        int c = table.step(p, i);
        if (!unmapped[c]) {
          continue;
        }
        touches[c] += journeys;
        if (stamp[c] != p + 1) {
          stamp[c] = p + 1;
          converting[c] += table.conversions(p);
        }
      }
    }
    List<UnmappedKey> keys = new ArrayList<>();
    double total = table.totalConversions();
    for (int c = 0; c < n; c++) {
      if (unmapped[c]) {
        double[] credit = whole.getOrDefault(KEY + table.channel(c), new double[2]);
        keys.add(
            new UnmappedKey(
                table.channel(c),
                touches[c],
                converting[c],
                credit[0],
                total == 0 ? 0 : credit[0] / total));
      }
    }
    keys.sort(
        Comparator.comparingDouble(UnmappedKey::credited)
            .reversed()
            .thenComparing(UnmappedKey::key));
    return keys;
  }
}
