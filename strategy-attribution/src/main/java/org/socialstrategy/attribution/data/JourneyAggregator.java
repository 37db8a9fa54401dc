package org.socialstrategy.attribution.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns a stream of events into a {@link JourneyAggregate}: events are grouped into journeys, each
 * journey is cut into paths that end at a conversion or in nothing, and the paths are counted.
 *
 * <p><b>Order within a journey.</b> A journey's events are put in one total order that needs no
 * input order, so a distributed job reproduces it with a window ordered by the same columns: by
 * timestamp (to the millisecond); at the same timestamp touches before conversions; touches then by
 * key text, conversions by value.
 *
 * <p><b>Paths.</b> Walking a journey in that order, touches gather into a path; a conversion ends
 * the path, and the touches after it start a new one. The lookback window drops touches more than
 * the window before the conversion from its path (they belong to no other path either). Touches
 * after a journey's last conversion form a path that ends in nothing (a null), cut by the lookback
 * window before its last touch. A conversion with no touch in its window is counted as untouched:
 * kept in the totals, credited to no key.
 *
 * <p><b>Periods.</b> A conversion belongs to the period of its day, a null to that of its last
 * touch, in the options' time zone.
 *
 * <p><b>Memory.</b> With {@link JourneyOrder#SORTED_BY_JOURNEY} one journey is held at a time; with
 * {@link JourneyOrder#ANY} every event is held until {@link #finish()}.
 *
 * <pre>{@code
 * JourneyAggregator aggregator = JourneyAggregator.create(AggregationOptions.defaults());
 * aggregator.accept(Event.touch("c1", Instant.parse("2027-03-01T10:00:00Z"), TouchpointKey.channel("email")));
 * aggregator.accept(Event.conversion("c1", Instant.parse("2027-03-02T09:00:00Z"), new BigDecimal("80")));
 * JourneyAggregate aggregate = aggregator.finish();
 * }</pre>
 *
 * <p>Not thread-safe: aggregate chunks of whole journeys on separate aggregators and {@link
 * JourneyAggregate#merge(JourneyAggregate) merge} the results.
 */
public final class JourneyAggregator {

  private static final long DAY_MILLIS = 86_400_000L;

  /** Receives the problems of whole journeys, found when a journey is closed. */
  interface Problems {
    void report(int line, String message);
  }

  private final AggregationOptions options;
  private final InputLimits limits;
  private final KeyDictionary keys;
  private final boolean utc;
  private final long lookback;
  private final double[] halfLives;
  private final Map<Integer, PathTable.Builder> builders = new HashMap<>();
  private final TreeMap<Integer, Long> untouchedConversions = new TreeMap<>();
  private final TreeMap<Integer, BigDecimal> untouchedValue = new TreeMap<>();

  /** Per half-life, per period: time decay units and value by key id. */
  private final List<Map<Integer, DecayCells>> decay = new ArrayList<>();

  private Problems problems;
  private long firstDay = Long.MAX_VALUE;
  private long lastDay = Long.MIN_VALUE;
  private long cachedDay = Long.MIN_VALUE;
  private int cachedPeriod;

  private final JourneyBuffer single = new JourneyBuffer();
  private String currentId;
  private JourneyBuffer current;
  private KeyDictionary journeyIds;
  private JourneyBuffer[] buffers;
  private long buffered;
  private boolean finished;

  private int[] path = new int[64];
  private long[] pathTimes = new long[64];
  private double[] weights = new double[64];
  private long[] units = new long[64];

  private JourneyAggregator(AggregationOptions options) {
    this.options = options;
    this.limits = options.limits();
    this.keys = new KeyDictionary(limits.maxKeys(), "distinct touchpoint keys");
    this.utc = options.zone().equals(ZoneOffset.UTC);
    this.lookback = options.lookback().map(d -> d.toMillis()).orElse(Long.MAX_VALUE);
    this.halfLives = options.halfLives().stream().mapToDouble(d -> d.toMillis()).toArray();
    for (int h = 0; h < halfLives.length; h++) {
      decay.add(new HashMap<>());
    }
    if (options.order() == JourneyOrder.ANY) {
      journeyIds = new KeyDictionary(Integer.MAX_VALUE, "journeys");
      buffers = new JourneyBuffer[64];
    }
    this.problems =
        (line, message) -> {
          throw new IllegalArgumentException(message);
        };
  }

  /**
   * Returns an aggregator with the given options.
   *
   * @param options how to build and aggregate journeys
   * @return a new aggregator
   */
  public static JourneyAggregator create(AggregationOptions options) {
    return new JourneyAggregator(Objects.requireNonNull(options, "options"));
  }

  void problems(Problems sink) {
    this.problems = sink;
  }

  AggregationOptions options() {
    return options;
  }

  /**
   * Adds one event.
   *
   * @param event the event
   * @return this aggregator
   * @throws IllegalArgumentException if the event breaks the input order or a limit; the message
   *     names the journey and the rule
   * @throws IllegalStateException if the aggregator is finished
   */
  public JourneyAggregator accept(Event event) {
    journey(event.journey(), 0);
    long millis = event.time().toEpochMilli();
    if (event.key().isPresent()) {
      touch(millis, key(event.key().get().text()));
    }
    if (event.isConversion()) {
      conversion(millis, event.value().signum() == 0 ? null : event.value());
    }
    return this;
  }

  /** Returns the id of a key text. */
  int key(String text) {
    return keys.intern(text);
  }

  /** Returns the id of a key text in a buffer. */
  int key(char[] text, int offset, int length) {
    return keys.intern(text, offset, length);
  }

  /** Returns the text of a key id. */
  String keyText(int key) {
    return keys.name(key);
  }

  /**
   * Makes the journey with the id the current one; the events that follow belong to it.
   *
   * @param line the input line, for problems, or 0
   */
  void journey(String id, int line) {
    if (finished) {
      throw new IllegalStateException("the aggregator is finished");
    }
    if (buffers != null) {
      int index = journeyIds.intern(id);
      if (index >= buffers.length) {
        buffers = Arrays.copyOf(buffers, Math.max(index + 1, 2 * buffers.length));
      }
      if (buffers[index] == null) {
        buffers[index] = new JourneyBuffer();
        buffers[index].firstLine = line;
      }
      current = buffers[index];
      if (++buffered > limits.maxBufferedEvents()) {
        throw new IllegalArgumentException(
            "more than "
                + limits.maxBufferedEvents()
                + " events held: input in any order is held until its end; sort it by journey"
                + " and read it as sorted by journey");
      }
      return;
    }
    if (id.equals(currentId)) {
      return;
    }
    if (currentId != null) {
      if (id.compareTo(currentId) < 0) {
        throw new IllegalArgumentException(
            "journey '"
                + id
                + "' comes after journey '"
                + currentId
                + "', but the input is read as sorted by journey");
      }
      close(single, currentId);
    }
    currentId = id;
    single.clear();
    single.firstLine = line;
    current = single;
  }

  /** Adds a touch to the current journey. */
  void touch(long millis, int key) {
    current.add(millis, key, null, limits.maxJourneyEvents());
  }

  /** Adds a conversion to the current journey; the value is null for zero. */
  void conversion(long millis, BigDecimal value) {
    current.add(millis, -1, value, limits.maxJourneyEvents());
  }

  /**
   * Closes every open journey and returns the aggregate.
   *
   * @return the aggregate of all events
   * @throws IllegalArgumentException if a journey breaks a limit
   * @throws IllegalStateException if the aggregator is finished already
   */
  public JourneyAggregate finish() {
    if (finished) {
      throw new IllegalStateException("the aggregator is finished");
    }
    if (buffers != null) {
      for (int index = 0; index < journeyIds.size(); index++) {
        close(buffers[index], journeyIds.name(index));
        buffers[index] = null;
      }
    } else if (currentId != null) {
      close(single, currentId);
    }
    finished = true;
    TreeMap<Integer, PathTable> tables = new TreeMap<>();
    builders.forEach((period, builder) -> tables.put(period, builder.build()));
    List<TreeMap<Integer, TreeMap<String, TimeDecayCredit>>> credits = new ArrayList<>();
    for (Map<Integer, DecayCells> periods : decay) {
      TreeMap<Integer, TreeMap<String, TimeDecayCredit>> byPeriod = new TreeMap<>();
      periods.forEach(
          (period, cells) -> {
            TreeMap<String, TimeDecayCredit> byKey = new TreeMap<>();
            for (int key = 0; key < cells.units.length; key++) {
              if (cells.units[key] != 0) {
                BigDecimal value = cells.values[key];
                byKey.put(
                    keys.name(key),
                    new TimeDecayCredit(cells.units[key], value == null ? BigDecimal.ZERO : value));
              }
            }
            byPeriod.put(period, byKey);
          });
      credits.add(byPeriod);
    }
    return new JourneyAggregate(
        options,
        tables,
        new TreeMap<>(untouchedConversions),
        new TreeMap<>(untouchedValue),
        credits,
        firstDay,
        lastDay);
  }

  private void close(JourneyBuffer journey, String id) {
    if (journey.failed || journey.size == 0) {
      if (journey.failed) {
        problems.report(
            journey.firstLine,
            "journey '"
                + id
                + "' has more than "
                + limits.maxJourneyEvents()
                + " events, the limit of one journey");
      }
      return;
    }
    journey.sort(keys);
    int length = 0;
    for (int i = 0; i < journey.size; i++) {
      int key = journey.keys[i];
      long time = journey.times[i];
      if (key >= 0) {
        if (length == path.length) {
          grow();
        }
        path[length] = key;
        pathTimes[length] = time;
        length++;
      } else {
        emit(journey, id, length, time, true, journey.values[i]);
        length = 0;
      }
    }
    if (length > 0) {
      emit(journey, id, length, pathTimes[length - 1], false, null);
    }
  }

  private void grow() {
    path = Arrays.copyOf(path, 2 * path.length);
    pathTimes = Arrays.copyOf(pathTimes, 2 * pathTimes.length);
    weights = Arrays.copyOf(weights, 2 * weights.length);
    units = Arrays.copyOf(units, 2 * units.length);
  }

  /** Emits the path of the first {@code length} touches, ending at {@code end}. */
  private void emit(
      JourneyBuffer journey,
      String id,
      int length,
      long end,
      boolean conversion,
      BigDecimal value) {
    int from = 0;
    if (lookback != Long.MAX_VALUE) {
      long earliest = end - lookback;
      while (from < length && pathTimes[from] < earliest) {
        from++;
      }
    }
    int period = period(end);
    int steps = length - from;
    if (steps == 0 && conversion) {
      untouchedConversions.merge(period, 1L, Math::addExact);
      if (value != null) {
        untouchedValue.merge(period, value, BigDecimal::add);
      }
      return;
    }
    if (steps > limits.maxPathSteps()) {
      problems.report(
          journey.firstLine,
          "journey '"
              + id
              + "' has a path of "
              + steps
              + " touches, longer than the limit of "
              + limits.maxPathSteps());
      return;
    }
    if (from > 0) {
      System.arraycopy(path, from, path, 0, steps);
      System.arraycopy(pathTimes, from, pathTimes, 0, steps);
    }
    PathTable.Builder builder =
        builders.computeIfAbsent(period, p -> new PathTable.Builder(limits, keys));
    if (conversion) {
      builder.add(path, steps, 1, value, 0);
      decay(period, steps, value);
    } else {
      builder.add(path, steps, 0, null, 1);
    }
  }

  private void decay(int period, int steps, BigDecimal value) {
    long latest = pathTimes[steps - 1];
    for (int h = 0; h < halfLives.length; h++) {
      double total = 0;
      for (int i = 0; i < steps; i++) {
        weights[i] = Math.pow(2, -(latest - pathTimes[i]) / halfLives[h]);
        total += weights[i];
      }
      long assigned = 0;
      for (int i = 0; i < steps; i++) {
        weights[i] = weights[i] / total * TimeDecayCredit.UNITS_PER_CONVERSION;
        units[i] = (long) Math.floor(weights[i]);
        weights[i] -= units[i];
        assigned += units[i];
      }
      for (long left = TimeDecayCredit.UNITS_PER_CONVERSION - assigned; left > 0; left--) {
        int best = 0;
        for (int i = 1; i < steps; i++) {
          if (weights[i] > weights[best]) {
            best = i;
          }
        }
        units[best]++;
        weights[best] = -1;
      }
      DecayCells cells = decay.get(h).computeIfAbsent(period, p -> new DecayCells());
      cells.fit(keys.size());
      for (int i = 0; i < steps; i++) {
        int key = path[i];
        cells.units[key] += units[i];
        if (value != null && units[i] > 0) {
          BigDecimal share =
              value.multiply(BigDecimal.valueOf(units[i])).movePointLeft(TimeDecayCredit.SCALE);
          cells.values[key] = cells.values[key] == null ? share : cells.values[key].add(share);
        }
      }
    }
  }

  private int period(long millis) {
    long day =
        utc
            ? Math.floorDiv(millis, DAY_MILLIS)
            : Instant.ofEpochMilli(millis).atZone(options.zone()).toLocalDate().toEpochDay();
    if (day != cachedDay) {
      cachedDay = day;
      cachedPeriod = options.granularity().index(LocalDate.ofEpochDay(day));
      firstDay = Math.min(firstDay, day);
      lastDay = Math.max(lastDay, day);
    }
    return cachedPeriod;
  }

  /** Time decay credits of one period, by key id. */
  private static final class DecayCells {
    long[] units = new long[16];
    BigDecimal[] values = new BigDecimal[16];

    void fit(int keys) {
      if (units.length < keys) {
        int capacity = Math.max(keys, 2 * units.length);
        units = Arrays.copyOf(units, capacity);
        values = Arrays.copyOf(values, capacity);
      }
    }
  }

  /** The events of one journey, in columns: time, key id (-1 for a conversion), value. */
  static final class JourneyBuffer {
    long[] times = new long[8];
    int[] keys = new int[8];
    BigDecimal[] values;
    int size;
    int firstLine;
    boolean failed;

    void clear() {
      size = 0;
      failed = false;
      values = null;
    }

    void add(long time, int key, BigDecimal value, int limit) {
      if (failed) {
        return;
      }
      if (size >= limit) {
        failed = true;
        return;
      }
      if (size == times.length) {
        times = Arrays.copyOf(times, 2 * size);
        keys = Arrays.copyOf(keys, 2 * size);
        if (values != null) {
          values = Arrays.copyOf(values, 2 * size);
        }
      }
      times[size] = time;
      keys[size] = key;
      if (key < 0) {
        if (values == null) {
          values = new BigDecimal[times.length];
        }
        values[size] = value;
      } else if (values != null) {
        values[size] = null;
      }
      size++;
    }

    /** Puts the events in the total order: time, touches before conversions, key text, value. */
    void sort(KeyDictionary dictionary) {
      boolean sorted = true;
      for (int i = 1; i < size && sorted; i++) {
        sorted = compare(i - 1, i, dictionary) <= 0;
      }
      if (sorted) {
        return;
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> compare(a, b, dictionary));
      long[] sortedTimes = new long[times.length];
      int[] sortedKeys = new int[keys.length];
      BigDecimal[] sortedValues = values == null ? null : new BigDecimal[values.length];
      for (int i = 0; i < size; i++) {
        sortedTimes[i] = times[order[i]];
        sortedKeys[i] = keys[order[i]];
        if (sortedValues != null) {
          sortedValues[i] = values[order[i]];
        }
      }
      times = sortedTimes;
      keys = sortedKeys;
      values = sortedValues;
    }

    private int compare(int a, int b, KeyDictionary dictionary) {
      int byTime = Long.compare(times[a], times[b]);
      if (byTime != 0) {
        return byTime;
      }
      boolean touchA = keys[a] >= 0;
      boolean touchB = keys[b] >= 0;
      if (touchA != touchB) {
        return touchA ? -1 : 1;
      }
      if (touchA) {
        return keys[a] == keys[b]
            ? 0
            : dictionary.name(keys[a]).compareTo(dictionary.name(keys[b]));
      }
      BigDecimal valueA = values[a] == null ? BigDecimal.ZERO : values[a];
      BigDecimal valueB = values[b] == null ? BigDecimal.ZERO : values[b];
      return valueA.compareTo(valueB);
    }
  }
}
