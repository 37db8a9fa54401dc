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

  /**
   * Sweeps stop when the error left, estimated from the last change and the rate at which changes
   * shrink ({@code change * rate / (1 - rate)}, the tail of a geometric series), is below this; or
   * when no unknown changes by more than {@link #FLOOR}.
   */
  static final double TOLERANCE = 1e-12;

  /** A change this small ends the sweeps whatever the rate. */
  static final double FLOOR = 1e-15;

  /** The most sweeps of one solve; a chain built from paths converges long before. */
  static final int MAX_SWEEPS = 1_000_000;

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
    int[] sequence = new int[16];
    boolean small = order == 1 && channelCount <= DENSE_LIMIT;
    int[] dense = small ? filled(channelCount) : null;
    int[] denseTransitions = small ? filled(channelCount * channelCount) : null;
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
        sequence = new int[steps.length];
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
      int m = 0;
      for (int i = 0; i < count; i++) {
        int state =
            order == 1 && dense != null
                ? dense(dense, keys[i], grow)
                : intern(stateIds, keys[i], grow);
        if (m == 0 || sequence[m - 1] != state) {
          sequence[m++] = state;
        }
      }
      int previous = -1;
      for (int i = 0; i < m; i++) {
        int state = sequence[i];
        if (previous < 0) {
          grow.start[state] += weight;
        } else {
          int transition;
          if (denseTransitions != null) {
            int cell = previous * channelCount + state;
            transition = denseTransitions[cell];
            if (transition < 0) {
              transition = grow.transitions;
              denseTransitions[cell] = transition;
              grow.addTransition(previous, state);
            }
          } else {
            long pair = ((long) previous << 32) | state;
            transition = transitionIds.putIfAbsent(pair, transitionIds.size());
            if (transition == grow.transitions) {
              grow.addTransition(previous, state);
            }
          }
          grow.count[transition] += weight;
        }
        previous = state;
      }
      int visited = m;
      grow.conversions[previous] += table.conversions(p);
      grow.nulls[previous] += table.nulls(p);
      grow.value[previous] += table.valueAsDouble(p) / meanValue;
      longest = Math.max(longest, visited);
    }
    return grow.chain(order, channelCount, longest);
  }

  /** First-order chains of up to this many channels count transitions in dense arrays. */
  private static final int DENSE_LIMIT = 1024;

  private static int[] filled(int size) {
    int[] array = new int[size];
    Arrays.fill(array, -1);
    return array;
  }

  private static int intern(LongIntMap ids, long key, Growing grow) {
    int state = ids.putIfAbsent(key, ids.size());
    if (state == grow.states) {
      grow.addState(key);
    }
    return state;
  }

  /** Interns a first-order state, whose key is its channel id + 1, through a dense array. */
  private static int dense(int[] ids, long key, Growing grow) {
    int channel = (int) key - 1;
    int state = ids[channel];
    if (state < 0) {
      state = grow.states;
      ids[channel] = state;
      grow.addState(key);
    }
    return state;
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
   * <p>The systems share the chain's matrix and differ in their reward (conversion or value) and in
   * the states held at zero (those of the removed channel); they are solved eight at a time, their
   * unknowns interleaved so that one pass over a state's transitions serves all eight. The systems
   * with nothing removed are solved first, from zero; the others start from their solution, which
   * differs from theirs only where the removed channel matters.
   *
   * @param withValue whether to solve for the expected value too
   * @param horizon 0 for no cap, or the most states a journey may visit
   * @return the conversion probabilities (index 0 nothing removed, 1 + c channel c removed), the
   *     expected values per unit of mean value, and the number of sweeps
   */
  double[][] solve(boolean withValue, int horizon) {
    int kinds = withValue ? 2 : 1;
    int systems = (channels + 1) * kinds;
    double[] conversion = new double[channels + 1];
    double[] value = new double[channels + 1];
    double[] base = null;
    int sweeps = 0;
    int[] removed = new int[LANES];
    int[] kind = new int[LANES];
    double[] x = new double[states * LANES];
    int[] flags = new int[states];
    for (int first = 0; first < systems; first += LANES) {
      for (int q = 0; q < LANES; q++) {
        int system = first + q;
        removed[q] = system < systems ? system / kinds - 1 : -1;
        kind[q] = system < systems ? system % kinds : UNUSED;
      }
      block(removed, kind, flags);
      if (base != null && horizon == 0) {
        for (int s = 0; s < states; s++) {
          for (int q = 0; q < LANES; q++) {
            x[s * LANES + q] =
                kind[q] == UNUSED || (flags[s] & (1 << q)) != 0 ? 0 : base[s * 2 + kind[q]];
          }
        }
      } else {
        java.util.Arrays.fill(x, 0);
      }
      sweeps += horizon > 0 ? capped(x, kind, flags, horizon) : gaussSeidel(x, kind, flags);
      for (int q = 0; q < LANES; q++) {
        if (kind[q] == UNUSED) {
          continue;
        }
        double p = 0;
        for (int s = 0; s < states; s++) {
          p += fromStart[s] * x[s * LANES + q];
        }
        (kind[q] == 0 ? conversion : value)[removed[q] + 1] = p;
      }
      if (base == null) {
        base = new double[states * 2];
        for (int s = 0; s < states; s++) {
          base[s * 2] = x[s * LANES];
          base[s * 2 + 1] = withValue ? x[s * LANES + 1] : 0;
        }
      }
    }
    return new double[][] {conversion, value, {sweeps}};
  }

  /** Lanes solved together. */
  private static final int LANES = 8;

  /**
   * The over-relaxation of the sweeps: a Gauss-Seidel update moved 1.2 times as far, which for
   * chains built from journeys takes about 40% fewer sweeps. Where the changes grow instead of
   * shrinking, the block falls back to plain Gauss-Seidel, which converges on every absorbing
   * chain; either way the sweeps stop at the same solution.
   */
  static final double OVER_RELAXATION = 1.2;

  /** The kind of a lane that holds no system. */
  private static final int UNUSED = 2;

  /** Marks, per state, the lanes whose removed channel the state holds. */
  private void block(int[] removed, int[] kind, int[] flags) {
    java.util.Arrays.fill(flags, 0);
    for (int s = 0; s < states; s++) {
      for (int i = 0; i < order; i++) {
        int channel = stateChannels[s * order + i];
        for (int q = 0; q < LANES; q++) {
          if (kind[q] != UNUSED && channel >= 0 && channel == removed[q]) {
            flags[s] |= 1 << q;
          }
        }
      }
    }
  }

  private int gaussSeidel(double[] x, int[] kind, int[] flags) {
    double[] conversionShare = new double[LANES];
    double[] valueShare = new double[LANES];
    for (int q = 0; q < LANES; q++) {
      conversionShare[q] = kind[q] == 0 ? 1 : 0;
      valueShare[q] = kind[q] == 1 ? 1 : 0;
    }
    double[] a = new double[LANES];
    double omega = OVER_RELAXATION;
    double last = Double.POSITIVE_INFINITY;
    double previousRate = 1;
    int growing = 0;
    for (int sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
      double change = 0;
      for (int s = 0; s < states; s++) {
        double c = toConversion[s];
        double v = toValue[s];
        double a0 = conversionShare[0] * c + valueShare[0] * v;
        double a1 = conversionShare[1] * c + valueShare[1] * v;
        double a2 = conversionShare[2] * c + valueShare[2] * v;
        double a3 = conversionShare[3] * c + valueShare[3] * v;
        double a4 = conversionShare[4] * c + valueShare[4] * v;
        double a5 = conversionShare[5] * c + valueShare[5] * v;
        double a6 = conversionShare[6] * c + valueShare[6] * v;
        double a7 = conversionShare[7] * c + valueShare[7] * v;
        for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
          double p = probability[e];
          int o = column[e] * LANES;
          a0 += p * x[o];
          a1 += p * x[o + 1];
          a2 += p * x[o + 2];
          a3 += p * x[o + 3];
          a4 += p * x[o + 4];
          a5 += p * x[o + 5];
          a6 += p * x[o + 6];
          a7 += p * x[o + 7];
        }
        a[0] = a0;
        a[1] = a1;
        a[2] = a2;
        a[3] = a3;
        a[4] = a4;
        a[5] = a5;
        a[6] = a6;
        a[7] = a7;
        int f = flags[s];
        int at = s * LANES;
        for (int q = 0; q < LANES; q++) {
          double next = (f & (1 << q)) != 0 ? 0 : x[at + q] + omega * (a[q] - x[at + q]);
          change = Math.max(change, Math.abs(next - x[at + q]));
          x[at + q] = next;
        }
      }
      double rate = change / last;
      if (change <= FLOOR
          || rate < 1
              && previousRate < 1
              && change * Math.max(rate, previousRate) / (1 - Math.max(rate, previousRate))
                  <= TOLERANCE) {
        return sweep;
      }
      previousRate = sweep > 1 ? rate : 1;
      growing = change > last ? growing + 1 : 0;
      if (growing >= 2) {
        omega = 1;
      }
      last = change;
    }
    throw new IllegalStateException(
        "the markov chain did not converge in " + MAX_SWEEPS + " sweeps");
  }

  private int capped(double[] x, int[] kind, int[] flags, int horizon) {
    double[] previous = new double[x.length];
    for (int step = 0; step < horizon; step++) {
      System.arraycopy(x, 0, previous, 0, x.length);
      for (int s = 0; s < states; s++) {
        for (int q = 0; q < LANES; q++) {
          double a = kind[q] == 0 ? toConversion[s] : kind[q] == 1 ? toValue[s] : 0;
          for (int e = rowStart[s]; e < rowStart[s + 1]; e++) {
            a += probability[e] * previous[column[e] * LANES + q];
          }
          x[s * LANES + q] = (flags[s] & (1 << q)) != 0 ? 0 : a;
        }
      }
    }
    return horizon;
  }
}
