package org.socialstrategy.attribution.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The aggregate attribution models work from: each distinct path of touchpoint keys with the
 * conversions it ended in, their value, and the journeys along it that ended in nothing (nulls). It
 * is the table attribution tools exchange ({@code path,total_conversions,
 * total_conversion_value,total_null}, steps separated by {@code " > "}).
 *
 * <p>Counts are exact {@code long}s and values exact decimals, so totals are exact and tables merge
 * associatively and commutatively: chunks of input aggregated apart and merged give a table equal
 * to the whole's. Two tables are equal when they hold the same paths (by key text) with the same
 * counts and numerically equal values, whatever the order they were built in.
 *
 * <p>Models read a table through ids: channels (keys) are numbered {@code 0..channelCount()-1} and
 * paths {@code 0..size()-1}; {@link #step(int, int)} gives a path's steps as channel ids. A table
 * is immutable and safe to share between threads.
 *
 * <pre>{@code
 * PathTable table =
 *     PathTable.builder()
 *         .add(List.of("email", "search"), 3, new BigDecimal("150.00"), 40)
 *         .add(List.of("search"), 1, new BigDecimal("20.00"), 60)
 *         .build();
 * }</pre>
 */
public final class PathTable {

  private static final PathTable EMPTY = builder().build();

  private final String[] channels;
  private final int[] offsets;
  private final int[] steps;
  private final long[] conversions;
  private final long[] nulls;
  private final BigDecimal[] values;
  private final double[] doubles;
  private final long totalConversions;
  private final long totalNulls;
  private final BigDecimal totalValue;
  private final int hash;

  private PathTable(
      String[] channels,
      int[] offsets,
      int[] steps,
      long[] conversions,
      long[] nulls,
      BigDecimal[] values) {
    this.channels = channels;
    this.offsets = offsets;
    this.steps = steps;
    this.conversions = conversions;
    this.nulls = nulls;
    this.values = values;
    this.doubles = new double[values.length];
    long convs = 0;
    long nils = 0;
    BigDecimal value = BigDecimal.ZERO;
    int h = 0;
    int[] nameHashes = new int[channels.length];
    for (int c = 0; c < channels.length; c++) {
      nameHashes[c] = channels[c].hashCode();
    }
    for (int p = 0; p < conversions.length; p++) {
      convs = Math.addExact(convs, conversions[p]);
      nils = Math.addExact(nils, nulls[p]);
      if (values[p] != null) {
        value = value.add(values[p]);
        doubles[p] = values[p].doubleValue();
      }
      int pathHash = 1;
      for (int i = offsets[p]; i < offsets[p + 1]; i++) {
        pathHash = 31 * pathHash + nameHashes[steps[i]];
      }
      h +=
          KeyDictionary.mix(pathHash)
              ^ Long.hashCode(conversions[p] * 31 + nulls[p])
              ^ (values[p] == null ? 0 : values[p].stripTrailingZeros().hashCode() * 17);
    }
    this.totalConversions = convs;
    this.totalNulls = nils;
    this.totalValue = value;
    this.hash = h;
  }

  /**
   * Returns an empty table.
   *
   * @return a table with no path
   */
  public static PathTable empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder with the default limits.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(InputLimits.defaults());
  }

  /**
   * Returns a new builder with the given limits on distinct paths, keys and path steps.
   *
   * @param limits the limits
   * @return a builder
   */
  public static Builder builder(InputLimits limits) {
    return new Builder(limits);
  }

  /**
   * Returns the tables merged: every path with the counts and values of all of them added.
   *
   * @param tables the tables
   * @return the merged table
   */
  public static PathTable merge(PathTable... tables) {
    Builder builder = builder();
    for (PathTable table : tables) {
      builder.add(table);
    }
    return builder.build();
  }

  /**
   * Returns the number of distinct paths.
   *
   * @return the number of paths
   */
  public int size() {
    return conversions.length;
  }

  /**
   * Returns the number of distinct touchpoint keys the paths use.
   *
   * @return the number of channels
   */
  public int channelCount() {
    return channels.length;
  }

  /**
   * Returns a channel's key text.
   *
   * @param channel the channel's id, in {@code [0, channelCount())}
   * @return the key text
   */
  public String channel(int channel) {
    return channels[channel];
  }

  /**
   * Returns the key texts of all channels, by id.
   *
   * @return the key texts, in id order
   */
  public List<String> channels() {
    return Collections.unmodifiableList(Arrays.asList(channels));
  }

  /**
   * Returns the id of a channel.
   *
   * @param key the key text
   * @return the id, or -1 when no path uses the key
   */
  public int channelId(String key) {
    for (int c = 0; c < channels.length; c++) {
      if (channels[c].equals(key)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Returns the number of steps of a path.
   *
   * @param path the path's index, in {@code [0, size())}
   * @return the number of steps, at least 1
   */
  public int length(int path) {
    return offsets[path + 1] - offsets[path];
  }

  /**
   * Returns one step of a path.
   *
   * @param path the path's index
   * @param index the step's position, from 0
   * @return the step's channel id
   */
  public int step(int path, int index) {
    return steps[offsets[path] + index];
  }

  /**
   * Returns a path's steps as key texts.
   *
   * @param path the path's index
   * @return the key texts, in order
   */
  public List<String> steps(int path) {
    List<String> keys = new ArrayList<>(length(path));
    for (int i = offsets[path]; i < offsets[path + 1]; i++) {
      keys.add(channels[steps[i]]);
    }
    return keys;
  }

  /**
   * Returns the conversions a path ended in.
   *
   * @param path the path's index
   * @return the count
   */
  public long conversions(int path) {
    return conversions[path];
  }

  /**
   * Returns the journeys along a path that ended in nothing.
   *
   * @param path the path's index
   * @return the count
   */
  public long nulls(int path) {
    return nulls[path];
  }

  /**
   * Returns the total value of a path's conversions.
   *
   * @param path the path's index
   * @return the value, exact
   */
  public BigDecimal value(int path) {
    return values[path] == null ? BigDecimal.ZERO : values[path];
  }

  /**
   * Returns the total value of a path's conversions as a double, for model arithmetic.
   *
   * @param path the path's index
   * @return the value
   */
  public double valueAsDouble(int path) {
    return doubles[path];
  }

  /**
   * Returns the conversions of all paths.
   *
   * @return the total, exact
   */
  public long totalConversions() {
    return totalConversions;
  }

  /**
   * Returns the nulls of all paths.
   *
   * @return the total, exact
   */
  public long totalNulls() {
    return totalNulls;
  }

  /**
   * Returns the value of all conversions.
   *
   * @return the total, exact
   */
  public BigDecimal totalValue() {
    return totalValue;
  }

  /**
   * Returns this table with every key renamed: paths that become equal are merged. Attribution over
   * tactics renames keys to the tactics they map to.
   *
   * @param rename the new name of each key text
   * @return the renamed table
   */
  public PathTable renameChannels(UnaryOperator<String> rename) {
    Builder builder = builder();
    int[] ids = new int[channels.length];
    for (int c = 0; c < channels.length; c++) {
      ids[c] = builder.dictionary.intern(Objects.requireNonNull(rename.apply(channels[c])));
    }
    builder.addTranslated(this, ids);
    return builder.build();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PathTable)) {
      return false;
    }
    PathTable that = (PathTable) other;
    if (hash != that.hash
        || size() != that.size()
        || totalConversions != that.totalConversions
        || totalNulls != that.totalNulls
        || totalValue.compareTo(that.totalValue) != 0) {
      return false;
    }
    Builder index = builder();
    index.add(this);
    int[] ids = new int[that.channels.length];
    for (int c = 0; c < ids.length; c++) {
      ids[c] = index.dictionary.find(that.channels[c]);
      if (ids[c] < 0) {
        return false;
      }
    }
    int[] path = new int[16];
    for (int p = 0; p < that.size(); p++) {
      int length = that.length(p);
      if (path.length < length) {
        path = new int[length];
      }
      for (int i = 0; i < length; i++) {
        path[i] = ids[that.step(p, i)];
      }
      int found = index.find(path, length);
      if (found < 0
          || index.conversions[found] != that.conversions[p]
          || index.nulls[found] != that.nulls[p]
          || index.value(found).compareTo(that.value(p)) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns a summary: {@code PathTable{3 paths, 2 channels, 4 conversions, 170.00 value, 100
   * nulls}}.
   */
  @Override
  public String toString() {
    return "PathTable{"
        + size()
        + " paths, "
        + channels.length
        + " channels, "
        + totalConversions
        + " conversions, "
        + totalValue.toPlainString()
        + " value, "
        + totalNulls
        + " nulls}";
  }

  /**
   * Builds a {@link PathTable} from plain counts: add each path with its conversions, value and
   * nulls, or whole tables to merge; a path added twice has its counts added. This is how a
   * distributed job hands the aggregates it computed to the models.
   *
   * <p>Not thread-safe; build one per thread and merge the tables.
   */
  public static final class Builder {

    final KeyDictionary dictionary;
    private final InputLimits limits;
    private int[] pool = new int[1024];
    private int poolSize;
    private int[] offsets = new int[257];
    private int[] hashes = new int[256];
    private long[] conversions = new long[256];
    private long[] nulls = new long[256];
    private BigDecimal[] values = new BigDecimal[256];
    private int size;
    private int[] slots = new int[512];
    private final List<String> scratch = new ArrayList<>();
    private int[] ids = new int[16];

    Builder(InputLimits limits) {
      this(limits, new KeyDictionary(limits.maxKeys(), "distinct touchpoint keys"));
    }

    Builder(InputLimits limits, KeyDictionary dictionary) {
      this.limits = limits;
      this.dictionary = dictionary;
    }

    /**
     * Adds a path with its counts; a path added before has these counts added to its own.
     *
     * @param steps the key texts of the path's steps, at least one, none blank
     * @param conversions the conversions it ended in, zero or more
     * @param value the total value of those conversions, zero or more; zero without conversions
     * @param nulls the journeys along it that ended in nothing, zero or more
     * @return this builder
     * @throws IllegalArgumentException if a count or value is out of range, the path is empty or
     *     longer than {@link InputLimits#maxPathSteps()}, a step is not a valid key, or a limit on
     *     distinct paths or keys is passed
     */
    public Builder add(List<String> steps, long conversions, BigDecimal value, long nulls) {
      checkCounts(conversions, value, nulls);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a path has at least one step");
      }
      checkLength(steps.size());
      scratch.clear();
      for (String step : steps) {
        scratch.add(TouchpointKey.parse(step).text());
      }
      int length = scratch.size();
      int[] path = ids(length);
      for (int i = 0; i < length; i++) {
        path[i] = dictionary.intern(scratch.get(i));
      }
      add(path, length, conversions, value.signum() == 0 ? null : value, nulls);
      return this;
    }

    /**
     * Adds every path of a table, with its counts.
     *
     * @param table the table to merge in
     * @return this builder
     * @throws IllegalArgumentException if a limit on distinct paths or keys is passed
     */
    public Builder add(PathTable table) {
      int[] translated = new int[table.channels.length];
      for (int c = 0; c < translated.length; c++) {
        translated[c] = dictionary.intern(table.channels[c]);
      }
      addTranslated(table, translated);
      return this;
    }

    void addTranslated(PathTable table, int[] translated) {
      for (int p = 0; p < table.size(); p++) {
        int length = table.length(p);
        int[] path = ids(length);
        for (int i = 0; i < length; i++) {
          path[i] = translated[table.step(p, i)];
        }
        add(path, length, table.conversions[p], table.values[p], table.nulls[p]);
      }
    }

    static void checkCounts(long conversions, BigDecimal value, long nulls) {
      if (conversions < 0) {
        throw new IllegalArgumentException("conversions must not be negative: " + conversions);
      }
      if (nulls < 0) {
        throw new IllegalArgumentException("nulls must not be negative: " + nulls);
      }
      if (value.signum() < 0) {
        throw new IllegalArgumentException(
            "conversion value must not be negative: " + value.toPlainString());
      }
      if (value.signum() > 0 && conversions == 0) {
        throw new IllegalArgumentException(
            "a path without conversions has no conversion value: " + value.toPlainString());
      }
    }

    void checkLength(int length) {
      if (length > limits.maxPathSteps()) {
        throw new IllegalArgumentException(
            "a path of "
                + length
                + " steps is longer than the limit of "
                + limits.maxPathSteps()
                + " steps");
      }
    }

    private int[] ids(int length) {
      if (ids.length < length) {
        ids = new int[Math.max(length, 2 * ids.length)];
      }
      return ids;
    }

    /** Adds a path of interned ids; the value is null for zero. */
    void add(int[] path, int length, long conversions, BigDecimal value, long nulls) {
      int hash = hash(path, length);
      int mask = slots.length - 1;
      int slot = KeyDictionary.mix(hash) & mask;
      while (true) {
        int entry = slots[slot];
        if (entry == 0) {
          break;
        }
        int index = entry - 1;
        if (hashes[index] == hash && same(index, path, length)) {
          this.conversions[index] = Math.addExact(this.conversions[index], conversions);
          this.nulls[index] = Math.addExact(this.nulls[index], nulls);
          if (value != null) {
            values[index] = values[index] == null ? value : values[index].add(value);
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
      if (size >= limits.maxDistinctPaths()) {
        throw new IllegalArgumentException(
            "more than " + limits.maxDistinctPaths() + " distinct paths");
      }
      append(path, length, hash, conversions, value, nulls);
      slots[slot] = size;
      if (2 * size > slots.length) {
        rehash();
      }
    }

    private void append(
        int[] path, int length, int hash, long conversions, BigDecimal value, long nulls) {
      if (size == hashes.length) {
        int capacity = 2 * size;
        hashes = Arrays.copyOf(hashes, capacity);
        this.conversions = Arrays.copyOf(this.conversions, capacity);
        this.nulls = Arrays.copyOf(this.nulls, capacity);
        values = Arrays.copyOf(values, capacity);
        offsets = Arrays.copyOf(offsets, capacity + 1);
      }
      if (poolSize + length > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(poolSize + length, 2 * pool.length));
      }
      System.arraycopy(path, 0, pool, poolSize, length);
      poolSize += length;
      hashes[size] = hash;
      this.conversions[size] = conversions;
      this.nulls[size] = nulls;
      values[size] = value;
      size++;
      offsets[size] = poolSize;
    }

    /** Returns the index of the path, or -1. */
    int find(int[] path, int length) {
      int hash = hash(path, length);
      int mask = slots.length - 1;
      for (int slot = KeyDictionary.mix(hash) & mask; ; slot = (slot + 1) & mask) {
        int entry = slots[slot];
        if (entry == 0) {
          return -1;
        }
        if (hashes[entry - 1] == hash && same(entry - 1, path, length)) {
          return entry - 1;
        }
      }
    }

    BigDecimal value(int index) {
      return values[index] == null ? BigDecimal.ZERO : values[index];
    }

    private boolean same(int index, int[] path, int length) {
      int start = offsets[index];
      if (offsets[index + 1] - start != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (pool[start + i] != path[i]) {
          return false;
        }
      }
      return true;
    }

    private static int hash(int[] path, int length) {
      int h = length;
      for (int i = 0; i < length; i++) {
        h = 31 * h + path[i];
      }
      return h;
    }

    private void rehash() {
      slots = new int[2 * slots.length];
      int mask = slots.length - 1;
      for (int index = 0; index < size; index++) {
        int slot = KeyDictionary.mix(hashes[index]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = index + 1;
      }
    }

    /**
     * Returns the number of distinct paths added so far.
     *
     * @return the number of paths
     */
    public int size() {
      return size;
    }

    /**
     * Returns the table of the paths added so far; the builder can go on adding.
     *
     * @return the table
     */
    public PathTable build() {
      String[] names = dictionary.names();
      boolean[] used = new boolean[names.length];
      for (int i = 0; i < poolSize; i++) {
        used[pool[i]] = true;
      }
      int[] renumber = new int[names.length];
      int count = 0;
      for (int c = 0; c < names.length; c++) {
        renumber[c] = used[c] ? count++ : -1;
      }
      String[] channels = new String[count];
      for (int c = 0; c < names.length; c++) {
        if (used[c]) {
          channels[renumber[c]] = names[c];
        }
      }
      int[] steps = new int[poolSize];
      for (int i = 0; i < poolSize; i++) {
        steps[i] = renumber[pool[i]];
      }
      return new PathTable(
          channels,
          Arrays.copyOf(offsets, size + 1),
          steps,
          Arrays.copyOf(conversions, size),
          Arrays.copyOf(nulls, size),
          Arrays.copyOf(values, size));
    }
  }
}
