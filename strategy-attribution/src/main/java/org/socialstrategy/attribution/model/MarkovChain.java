package org.socialstrategy.attribution.model;

import java.util.Arrays;
import org.socialstrategy.attribution.data.PathTable;

/**
 * The absorbing Markov chain of a path table: transient states built from the paths' steps, plus
 * start, conversion and null; transition probabilities are the observed transition counts, each
 * path weighing its conversions plus its nulls. States are numbered in the postorder of a
 * depth-first walk from start, so that a state's successors mostly come before it and a
 * Gauss-Seidel sweep in index order carries a whole path's probability in one pass.
 */
final class MarkovChain {

  /** Sweeps stop when no probability changes by more than this. */
  static final double TOLERANCE = 1e-14;

  /** The most sweeps of one solve; a chain built from paths converges long before. */
  static final int MAX_SWEEPS = 1_000_000;

  /** The most channels solved together in one block of systems. */
  static final int BLOCK = 32;

  final int states;
  final int order;
  final int channels;

  /** The channels of each state, {@code order} per state, -1 for none. */
  final int[] stateChannels;

  final int[] rowStart;
  final int[] column;
  final double[] probability;

  /** The probability of moving from each state to conversion. */
  final double[] toConversion;

  /** The expected value collected on converting from each state, per unit of mean value. */
  final double[] toValue;

  /** The probability of starting in each state. */
  final double[] fromStart;

  /** The most states along one path. */
  final int longest;

  private MarkovChain(
      int states,
      int order,
      int channels,
      int[] stateChannels,
      int[] rowStart,
      int[] column,
      double[] probability,
      double[] toConversion,
      double[] toValue,
      double[] fromStart,
      int longest) {
    this.states = states;
    this.order = order;
    this.channels = channels;
    this.stateChannels = stateChannels;
    this.rowStart = rowStart;
    this.column = column;
    this.probability = probability;
    this.toConversion = toConversion;
    this.toValue = toValue;
    this.fromStart = fromStart;
    this.longest = longest;
  }

  static MarkovChain build(PathTable table, Markov model) {
    int order = model.order();
    int channelCount = table.channelCount();
    if (channelCount > 65_534) {
      throw new IllegalArgumentException(
          "the markov model handles up to 65,534 channels; the table has " + channelCount);
    }
    double meanValue =
        table.totalConversions() == 0
            ? 1
            : table.totalValue().doubleValue() / table.totalConversions();
    if (meanValue == 0) {
      meanValue = 1;
    }
    LongIntMap stateIds = new LongIntMap(1024);
    LongIntMap transitionIds = new LongIntMap(4096);
    Growing grow = new Growing(order);
    int[] steps = new int[16];
    long[] keys = new long[16];
    int longest = 0;
    for (int p = 0; p < table.size(); p++) {
      long weight = table.conversions(p) + table.nulls(p);
      if (weight == 0) {
        continue;
      }
      int length = table.length(p);
      if (steps.length < length) {
        steps = new int[Math.max(length, 2 * steps.length)];
        keys = new long[steps.length];
      }
      int n = 0;
      for (int i = 0; i < length; i++) {
        int channel = table.step(p, i);
        if (model.repeats() == Markov.Repeats.COLLAPSE && n > 0 && steps[n - 1] == channel) {
          continue;
        }
        steps[n++] = channel;
      }
      int count = stateKeys(steps, n, order, model.states(), keys);
      int previous = -1;
      int visited = 0;
      for (int i = 0; i < count; i++) {
        int state = stateIds.putIfAbsent(keys[i], stateIds.size());
        if (state == grow.states) {
          grow.addState(keys[i]);
        }
        if (state == previous) {
          continue;
        }
        visited++;
        if (previous < 0) {
          grow.start[state] += weight;
        } else {
          long pair = ((long) previous << 32) | state;
          int transition = transitionIds.putIfAbsent(pair, transitionIds.size());
          if (transition == grow.transitions) {
            grow.addTransition(previous, state);
          }
          grow.count[transition] += weight;
        }
        previous = state;
      }
      grow.conversions[previous] += table.conversions(p);
      grow.nulls[previous] += table.nulls(p);
      grow.value[previous] += table.valueAsDouble(p) / meanValue;
      longest = Math.max(longest, visited);
    }
    return grow.chain(order, channelCount, longest);
  }

  /** Writes the keys of the path's states; returns how many. */
  private static int stateKeys(int[] steps, int n, int order, Markov.States kind, long[] keys) {
    if (kind == Markov.States.SLIDING) {
      if (n <= order) {
        keys[0] = pack(steps, 0, n);
        return 1;
      }
      for (int j = 0; j + order <= n; j++) {
        keys[j] = pack(steps, j, order);
      }
      return n - order + 1;
    }
    for (int j = 0; j < n; j++) {
      int from = Math.max(0, j - order + 1);
      keys[j] = pack(steps, from, j - from + 1);
    }
    return n;
  }

  private static long pack(int[] steps, int from, int length) {
    long key = 0;
    for (int i = 0; i < length; i++) {
      key |= (long) (steps[from + i] + 1) << (16 * i);
    }
    return key;
  }

  /** Arrays that grow while the chain is built, then renumbered into the chain. */
  private static final class Growing {
    final int order;
    int states;
    int transitions;
    int[] stateChannels;
    long[] start = new long[256];
    long[] conversions = new long[256];
    long[] nulls = new long[256];
    double[] value = new double[256];
    int[] from = new int[1024];
    int[] to = new int[1024];
    long[] count = new long[1024];

    Growing(int order) {
      this.order = order;
      stateChannels = new int[256 * order];
    }

    void addState(long key) {
      if (states == start.length) {
        int capacity = 2 * states;
        start = Arrays.copyOf(start, capacity);
        conversions = Arrays.copyOf(conversions, capacity);
        nulls = Arrays.copyOf(nulls, capacity);
        value = Arrays.copyOf(value, capacity);
        stateChannels = Arrays.copyOf(stateChannels, capacity * order);
      }
      for (int i = 0; i < order; i++) {
        stateChannels[states * order + i] = (int) ((key >>> (16 * i)) & 0xFFFF) - 1;
      }
      states++;
    }

    void addTransition(int source, int target) {
      if (transitions == from.length) {
        int capacity = 2 * transitions;
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
        count = Arrays.copyOf(count, capacity);
      }
      from[transitions] = source;
      to[transitions] = target;
      transitions++;
    }

    MarkovChain chain(int order, int channelCount, int longest) {
      int n = states;
      int[] outStart = new int[n + 1];
      for (int t = 0; t < transitions; t++) {
        outStart[from[t] + 1]++;
      }
      for (int s = 0; s < n; s++) {
        outStart[s + 1] += outStart[s];
      }
      int[] fill = Arrays.copyOf(outStart, n);
      int[] outEdges = new int[transitions];
      for (int t = 0; t < transitions; t++) {
        outEdges[fill[from[t]]++] = t;
      }
      int[] rank = postorder(n, outStart, outEdges);
      long totalStart = 0;
      long[] out = new long[n];
      for (int s = 0; s < n; s++) {
        totalStart += start[s];
        out[s] = conversions[s] + nulls[s];
      }
      for (int t = 0; t < transitions; t++) {
        out[from[t]] += count[t];
      }
      int[] rowStart = new int[n + 1];
      for (int t = 0; t < transitions; t++) {
        rowStart[rank[from[t]] + 1]++;
      }
      for (int s = 0; s < n; s++) {
        rowStart[s + 1] += rowStart[s];
      }
      int[] next = Arrays.copyOf(rowStart, n);
      int[] column = new int[transitions];
      double[] probability = new double[transitions];
      for (int t = 0; t < transitions; t++) {
        int row = rank[from[t]];
        int at = next[row]++;
        column[at] = rank[to[t]];
        probability[at] = (double) count[t] / out[from[t]];
      }
      double[] toConversion = new double[n];
      double[] toValue = new double[n];
      double[] fromStart = new double[n];
      int[] channels = new int[n * order];
      for (int s = 0; s < n; s++) {
        int r = rank[s];
        toConversion[r] = out[s] == 0 ? 0 : (double) conversions[s] / out[s];
        toValue[r] = out[s] == 0 ? 0 : value[s] / out[s];
        fromStart[r] = totalStart == 0 ? 0 : (double) start[s] / totalStart;
        System.arraycopy(stateChannels, s * order, channels, r * order, order);
      }
      return new MarkovChain(
          n,
          order,
          channelCount,
          channels,
          rowStart,
          column,
          probability,
          toConversion,
          toValue,
          fromStart,
          longest);
    }

    /** Returns each state's position in the postorder of a depth-first walk from start. */
    private int[] postorder(int n, int[] outStart, int[] outEdges) {
      int[] rank = new int[n];
      Arrays.fill(rank, -1);
      boolean[] seen = new boolean[n];
      int[] stack = new int[n];
      int[] cursor = new int[n];
      int next = 0;
      Integer[] roots = new Integer[n];
      for (int s = 0; s < n; s++) {
        roots[s] = s;
      }
      Arrays.sort(roots, (a, b) -> Long.compare(start[b], start[a]));
      for (int root : roots) {
        if (seen[root]) {
          continue;
        }
        int depth = 0;
        stack[depth++] = root;
        seen[root] = true;
        cursor[root] = outStart[root];
        while (depth > 0) {
          int s = stack[depth - 1];
          if (cursor[s] < outStart[s + 1]) {
            int target = to[outEdges[cursor[s]++]];
            if (!seen[target]) {
              seen[target] = true;
              cursor[target] = outStart[target];
              stack[depth++] = target;
            }
          } else {
            rank[s] = next++;
            depth--;
          }
        }
      }
      return rank;
    }
  }

  /**
   * Solves the chain for the probability of conversion (and the expected value) from start, with no
   * channel removed and with each channel removed in turn.
   *
   * @param withValue whether to solve for the expected value too
   * @param horizon 0 for no cap, or the most states a journey may visit
   * @return per system: index 0 no removal, 1 + c channel c removed; conversion probability, then
   *     expected value per unit of mean value
   */
  double[][] solve(boolean withValue, int horizon) {
    double[] conversion = new double[channels + 1];
    double[] value = new double[channels + 1];
    int sweeps = 0;
    for (int c0 = 0; c0 < Math.max(channels, 1); c0 += BLOCK) {
      int c1 = Math.min(channels, c0 + BLOCK);
      int m = 1 + c1 - c0;
      int width = withValue ? 2 * m : m;
      double[] x = new double[states * width];
      sweeps +=
          horizon > 0 ? capped(x, c0, c1, m, width, horizon) : gaussSeidel(x, c0, c1, m, width);
      for (int j = 0; j < m; j++) {
        double p = 0;
        double v = 0;
        for (int s = 0; s < states; s++) {
          if (fromStart[s] != 0) {
            p += fromStart[s] * x[s * width + j];
            v += withValue ? fromStart[s] * x[s * width + m + j] : 0;
          }
        }
        int system = j == 0 ? 0 : 1 + c0 + j - 1;
        conversion[system] = p;
        value[system] = v;
      }
    }
    return new double[][] {conversion, value, {sweeps}};
  }

  private int gaussSeidel(double[] x, int c0, int c1, int m, int width) {
    double[] acc = new double[width];
    for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
      double change = 0;
      for (int s = 0; s < states; s++) {
        update(x, s, acc, c0, c1, m, width);
        int at = s * width;
        for (int j = 0; j < width; j++) {
          change = Math.max(change, Math.abs(acc[j] - x[at + j]));
          x[at + j] = acc[j];
        }
      }
      if (change <= TOLERANCE) {
        return sweep;
      }
    }
    throw new IllegalStateException(
        "the markov chain did not converge in " + MAX_SWEEPS + " sweeps");
  }

  private int capped(double[] x, int c0, int c1, int m, int width, int horizon) {
    double[] acc = new double[width];
    double[] previous = new double[x.length];
    for (int step = 0; step < horizon; step++) {
      System.arraycopy(x, 0, previous, 0, x.length);
      for (int s = 0; s < states; s++) {
        update(previous, s, acc, c0, c1, m, width);
        System.arraycopy(acc, 0, x, s * width, width);
      }
    }
    return horizon;
  }

  /** Computes state s's row of the systems from {@code source} into {@code acc}. */
  private void update(double[] source, int s, double[] acc, int c0, int c1, int m, int width) {
    double conversionReward = toConversion[s];
    double valueReward = toValue[s];
    for (int j = 0; j < m; j++) {
      acc[j] = conversionReward;
    }
    for (int j = m; j < width; j++) {
      acc[j] = valueReward;
    }
    for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
      double p = probability[e];
      int from = column[e] * width;
      for (int j = 0; j < width; j++) {
        acc[j] += p * source[from + j];
      }
    }
    for (int i = 0; i < order; i++) {
      int channel = stateChannels[s * order + i];
      if (channel >= c0 && channel < c1) {
        acc[1 + channel - c0] = 0;
        if (width > m) {
          acc[m + 1 + channel - c0] = 0;
        }
      }
    }
  }
}
