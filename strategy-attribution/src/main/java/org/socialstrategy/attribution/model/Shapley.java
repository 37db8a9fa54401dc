package org.socialstrategy.attribution.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.socialstrategy.attribution.data.PathTable;

/**
 * Shapley values over channels (or tactics): each channel's average marginal contribution to a
 * characteristic function over all orders in which channels could join, the basis of data-driven
 * attribution in analytics tools.
 *
 * <p><b>{@link Function#JOURNEYS}</b> (the default): {@code v(S)} is the conversions (or value) of
 * the journeys whose channels all lie in {@code S}. Then {@code v} is a sum of unanimity games, one
 * per distinct channel set {@code T} with {@code c(T)} conversions ({@code v(S) = Σ_{T ⊆ S} c(T)}),
 * and the Shapley value of a unanimity game splits its worth equally among {@code T}'s members, so
 * exactly {@code φ(i) = Σ_{T ∋ i} c(T) / |T|}: each converting journey's credit split equally among
 * its distinct channels. It is polynomial and exact for any number of channels, and journey-local.
 *
 * <p><b>{@link Function#RATE}</b>: {@code v(S)} is the conversion rate (or value per journey) of
 * the journeys whose channels all lie in {@code S}, nulls counted, {@code v(∅) = 0}. It rewards
 * channels whose journeys convert more often than those without them, and can give a negative
 * credit to a channel that lowers the rate. It is exponential: exact (over all {@code 2^n}
 * coalitions) up to {@code exact-up-to} channels, sampled beyond with {@code samples} random orders
 * from {@code seed}. The sampled credits are within the Hoeffding bound {@link
 * ChannelCredits#errorBound()} of the exact ones with probability {@code confidence}, for all
 * channels at once: marginal contributions to a rate lie in [-1, 1], so {@code ε = 2 sqrt(ln(2n /
 * (1 - confidence)) / (2 · samples))}, scaled from rate to conversions. Rate credits are normalized
 * so that they add up to the conversions (and value).
 */
public final class Shapley implements PathModel {

  /** The characteristic function. */
  public enum Function {
    /** Conversions of the journeys whose channels all lie in the coalition. */
    JOURNEYS,
    /** Conversion rate of the journeys whose channels all lie in the coalition. */
    RATE
  }

  /** The default most channels solved exactly under {@link Function#RATE}: 20. */
  public static final int DEFAULT_EXACT_UP_TO = 20;

  /** The most channels {@code exact-up-to} may be set to: 2^26 coalitions. */
  public static final int MAX_EXACT = 26;

  /** The default number of sampled orders: 2,000. */
  public static final int DEFAULT_SAMPLES = 2_000;

  /** The default seed of the sampled orders. */
  public static final long DEFAULT_SEED = 42;

  /** The default confidence of the error bound: 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private static final Shapley JOURNEYS =
      new Shapley(
          Function.JOURNEYS,
          DEFAULT_EXACT_UP_TO,
          DEFAULT_SAMPLES,
          DEFAULT_SEED,
          DEFAULT_CONFIDENCE);

  private final Function function;
  private final int exactUpTo;
  private final int samples;
  private final long seed;
  private final double confidence;

  private Shapley(Function function, int exactUpTo, int samples, long seed, double confidence) {
    this.function = function;
    this.exactUpTo = exactUpTo;
    this.samples = samples;
    this.seed = seed;
    this.confidence = confidence;
  }

  /**
   * Returns Shapley values of journeys' conversions, exact for any number of channels.
   *
   * @return the model
   */
  public static Shapley defaults() {
    return JOURNEYS;
  }

  /**
   * Returns Shapley values of the conversion rate with the default settings.
   *
   * @return the model
   */
  public static Shapley rate() {
    return rate(DEFAULT_EXACT_UP_TO, DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_CONFIDENCE);
  }

  /**
   * Returns Shapley values of the conversion rate.
   *
   * @param exactUpTo the most channels solved exactly, 1 to {@value #MAX_EXACT}
   * @param samples the random orders sampled beyond, at least 1
   * @param seed the seed of the random orders
   * @param confidence the confidence of the error bound, in (0, 1)
   * @return the model
   * @throws IllegalArgumentException if a setting is out of range
   */
  public static Shapley rate(int exactUpTo, int samples, long seed, double confidence) {
    if (exactUpTo < 1 || exactUpTo > MAX_EXACT) {
      throw new IllegalArgumentException(
          "shapley exact-up-to must be 1 to " + MAX_EXACT + ": " + exactUpTo);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("shapley samples must be at least 1: " + samples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("shapley confidence must be in (0, 1): " + confidence);
    }
    return new Shapley(Function.RATE, exactUpTo, samples, seed, confidence);
  }

  /**
   * Returns the characteristic function.
   *
   * @return the function
   */
  public Function function() {
    return function;
  }

  @Override
  public String name() {
    return "shapley";
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("function", function.name().toLowerCase(Locale.ROOT));
    if (function == Function.RATE) {
      parameters.put("exact-up-to", Integer.toString(exactUpTo));
      parameters.put("samples", Integer.toString(samples));
      parameters.put("seed", Long.toString(seed));
      parameters.put("confidence", Double.toString(confidence));
    }
    return parameters;
  }

  @Override
  public boolean isJourneyLocal() {
    return function == Function.JOURNEYS;
  }

  @Override
  public ChannelCredits attribute(PathTable table) {
    return function == Function.JOURNEYS ? journeys(table) : rate(table);
  }

  /** Each converting path's credit split equally among its distinct channels. */
  private static ChannelCredits journeys(PathTable table) {
    int[] stamp = new int[table.channelCount()];
    return Positional.byShares(
        table,
        (path, length, shares) -> {
          int distinct = 0;
          for (int i = 0; i < length; i++) {
            int channel = table.step(path, i);
            boolean first = stamp[channel] != path + 1;
            stamp[channel] = path + 1;
            shares[i] = first ? 1 : 0;
            distinct += first ? 1 : 0;
          }
          for (int i = 0; i < length; i++) {
            shares[i] /= distinct;
          }
        });
  }

  private ChannelCredits rate(PathTable table) {
    int n = table.channelCount();
    Coalitions coalitions = Coalitions.of(table);
    double[] conversionShapley = new double[n];
    double[] valueShapley = new double[n];
    double bound = Double.NaN;
    if (n <= exactUpTo) {
      exact(coalitions, n, conversionShapley, valueShapley);
    } else {
      sampled(coalitions, n, conversionShapley, valueShapley);
      double delta = 1 - confidence;
      bound = 2 * Math.sqrt(Math.log(2.0 * n / delta) / (2.0 * samples));
    }
    double[] whole = coalitions.rates();
    double[] conversions = new double[n];
    double[] value = new double[n];
    double total = table.totalConversions();
    double totalValue = table.totalValue().doubleValue();
    for (int i = 0; i < n; i++) {
      conversions[i] = whole[0] > 0 ? conversionShapley[i] / whole[0] * total : 0;
      value[i] = whole[1] > 0 ? valueShapley[i] / whole[1] * totalValue : 0;
    }
    if (!Double.isNaN(bound)) {
      bound = whole[0] > 0 ? bound / whole[0] * total : 0;
    }
    return new ChannelCredits(
        table.channels(), conversions, value, table.totalConversions(), table.totalValue(), bound);
  }

  /** Exact Shapley values over all coalitions, by subset sums. */
  private static void exact(Coalitions coalitions, int n, double[] conversion, double[] value) {
    int size = 1 << n;
    double[] conv = new double[size];
    double[] total = new double[size];
    double[] val = new double[size];
    for (int t = 0; t < coalitions.count; t++) {
      int mask = 0;
      for (int i = coalitions.offsets[t]; i < coalitions.offsets[t + 1]; i++) {
        mask |= 1 << coalitions.pool[i];
      }
      conv[mask] += coalitions.conversions[t];
      total[mask] += coalitions.journeys[t];
      val[mask] += coalitions.value[t];
    }
    for (int bit = 0; bit < n; bit++) {
      int b = 1 << bit;
      for (int mask = 0; mask < size; mask++) {
        if ((mask & b) != 0) {
          conv[mask] += conv[mask ^ b];
          total[mask] += total[mask ^ b];
          val[mask] += val[mask ^ b];
        }
      }
    }
    for (int mask = 0; mask < size; mask++) {
      double journeys = total[mask];
      conv[mask] = journeys > 0 ? conv[mask] / journeys : 0;
      val[mask] = journeys > 0 ? val[mask] / journeys : 0;
    }
    double[] weight = new double[n];
    for (int s = 0; s < n; s++) {
      double binomial = 1;
      for (int k = 1; k <= s; k++) {
        binomial = binomial * (n - 1 - s + k) / k;
      }
      weight[s] = 1 / (n * binomial);
    }
    for (int mask = 0; mask < size - 1; mask++) {
      double w = weight[Integer.bitCount(mask)];
      for (int i = 0; i < n; i++) {
        int b = 1 << i;
        if ((mask & b) == 0) {
          conversion[i] += w * (conv[mask | b] - conv[mask]);
          value[i] += w * (val[mask | b] - val[mask]);
        }
      }
    }
  }

  /** Shapley values estimated from random orders of the channels. */
  private void sampled(Coalitions coalitions, int n, double[] conversion, double[] value) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[n];
    int[] rank = new int[n];
    double[] conv = new double[n];
    double[] total = new double[n];
    double[] val = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int sample = 0; sample < samples; sample++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      for (int r = 0; r < n; r++) {
        rank[order[r]] = r;
      }
      Arrays.fill(conv, 0);
      Arrays.fill(total, 0);
      Arrays.fill(val, 0);
      for (int t = 0; t < coalitions.count; t++) {
        int last = 0;
        for (int i = coalitions.offsets[t]; i < coalitions.offsets[t + 1]; i++) {
          last = Math.max(last, rank[coalitions.pool[i]]);
        }
        conv[last] += coalitions.conversions[t];
        total[last] += coalitions.journeys[t];
        val[last] += coalitions.value[t];
      }
      double sumConv = 0;
      double sumTotal = 0;
      double sumVal = 0;
      double previousRate = 0;
      double previousValue = 0;
      for (int r = 0; r < n; r++) {
        sumConv += conv[r];
        sumTotal += total[r];
        sumVal += val[r];
        double rate = sumTotal > 0 ? sumConv / sumTotal : 0;
        double perJourney = sumTotal > 0 ? sumVal / sumTotal : 0;
        conversion[order[r]] += (rate - previousRate) / samples;
        value[order[r]] += (perJourney - previousValue) / samples;
        previousRate = rate;
        previousValue = perJourney;
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Shapley && parameters().equals(((Shapley) other).parameters());
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameters());
  }

  @Override
  public String toString() {
    return Positional.describe(name(), parameters());
  }

  /** The distinct channel sets of a table's journeys, with their conversions, journeys, value. */
  private static final class Coalitions {
    int count;
    int[] offsets = new int[257];
    int[] pool = new int[1024];
    double[] conversions = new double[256];
    double[] journeys = new double[256];
    double[] value = new double[256];

    static Coalitions of(PathTable table) {
      if (table.channelCount() > 65_534) {
        throw new IllegalArgumentException(
            "shapley values of rates handle up to 65,534 channels; the table has "
                + table.channelCount());
      }
      Coalitions coalitions = new Coalitions();
      java.util.HashMap<String, Integer> index = new java.util.HashMap<>();
      int[] stamp = new int[table.channelCount()];
      int[] members = new int[16];
      char[] key = new char[16];
      for (int p = 0; p < table.size(); p++) {
        int length = table.length(p);
        if (members.length < length) {
          members = new int[Math.max(length, 2 * members.length)];
          key = new char[members.length];
        }
        int size = 0;
        for (int i = 0; i < length; i++) {
          int channel = table.step(p, i);
          if (stamp[channel] != p + 1) {
            stamp[channel] = p + 1;
            members[size++] = channel;
          }
        }
        Arrays.sort(members, 0, size);
        for (int i = 0; i < size; i++) {
          key[i] = (char) members[i];
        }
        int at = index.computeIfAbsent(new String(key, 0, size), k -> coalitions.count);
        if (at == coalitions.count) {
          coalitions.add(Arrays.copyOf(members, size));
        }
        coalitions.conversions[at] += table.conversions(p);
        coalitions.journeys[at] += table.conversions(p) + table.nulls(p);
        coalitions.value[at] += table.valueAsDouble(p);
      }
      return coalitions;
    }

    void add(int[] set) {
      if (count == conversions.length) {
        conversions = Arrays.copyOf(conversions, 2 * count);
        journeys = Arrays.copyOf(journeys, 2 * count);
        value = Arrays.copyOf(value, 2 * count);
        offsets = Arrays.copyOf(offsets, 2 * count + 1);
      }
      if (offsets[count] + set.length > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(offsets[count] + set.length, 2 * pool.length));
      }
      System.arraycopy(set, 0, pool, offsets[count], set.length);
      offsets[count + 1] = offsets[count] + set.length;
      count++;
    }

    /** Returns the rate and value per journey of all journeys. */
    double[] rates() {
      double conv = 0;
      double total = 0;
      double val = 0;
      for (int t = 0; t < count; t++) {
        conv += conversions[t];
        total += journeys[t];
        val += value[t];
      }
      return new double[] {total > 0 ? conv / total : 0, total > 0 ? val / total : 0};
    }
  }
}
