package org.socialstrategy.attribution.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Objects;
import org.socialstrategy.io.ProblemCollector;
import org.socialstrategy.io.ProblemKind;
import org.socialstrategy.io.StrategyFileException;

/**
 * Reads event-level touchpoints from CSV and aggregates them into journeys as it streams.
 *
 * <p>The first row names the columns, in any order, each by one of its names (compared in lower
 * case; spaces and hyphens read as underscores); other columns are ignored:
 *
 * <table>
 *   <caption>Columns of an events CSV</caption>
 *   <tr><th>role</th><th>names</th><th>content</th></tr>
 *   <tr><td>journey</td><td>journey_id, journey, customer_id, customer, user_id, user,
 *       client_id</td><td>required; the journey's or customer's id</td></tr>
 *   <tr><td>time</td><td>timestamp, time, event_time, datetime, date</td><td>required; an ISO
 *       instant ({@code 2027-03-01T10:15:30Z}, an offset such as {@code +02:00}), a local
 *       date-time ({@code 2027-03-01 10:15:30}, read in the aggregation's zone) or a
 *       date</td></tr>
 *   <tr><td>touchpoint</td><td>channel, touchpoint, key; or source/utm_source,
 *       medium/utm_medium, campaign/utm_campaign</td><td>a channel name, or source, medium and
 *       campaign; a row's channel wins over its source, medium and campaign</td></tr>
 *   <tr><td>kind</td><td>conversion, converted, is_conversion; or event_type, type,
 *       event</td><td>one of them required: {@code true}/{@code false} ({@code 1}/{@code 0},
 *       {@code yes}/{@code no}, empty for false), or {@code touch}/{@code conversion}</td></tr>
 *   <tr><td>value</td><td>value, conversion_value, revenue</td><td>optional; a conversion's
 *       value, a decimal of zero or more; empty or zero on touches</td></tr>
 * </table>
 *
 * <p>A touch names its touchpoint; a conversion may name one too, and then counts as a touch and a
 * conversion at the same instant. The delimiter is a comma or a semicolon, whichever the first row
 * holds more of; cells follow RFC 4180 quoting; blank rows are skipped.
 *
 * <pre>{@code
 * journey_id,timestamp,channel,conversion,value
 * c1,2027-03-01T10:00:00Z,email,false,
 * c1,2027-03-02T09:00:00Z,paid-search,false,
 * c1,2027-03-02T09:05:00Z,,true,80.00
 * }</pre>
 *
 * <p>Every problem is reported with its line and column, up to {@link InputLimits#maxProblems()},
 * in one {@link StrategyFileException}; nothing of a file with problems is returned. A syntax error
 * or a passed limit stops the reading.
 */
public final class EventCsv {

  private static final int JOURNEY = 0;
  private static final int TIME = 1;
  private static final int CHANNEL = 2;
  private static final int SOURCE = 3;
  private static final int MEDIUM = 4;
  private static final int CAMPAIGN = 5;
  private static final int CONVERSION = 6;
  private static final int TYPE = 7;
  private static final int VALUE = 8;

  private static final String[][] ALIASES =
      java.util.Arrays.stream(EventFields.Column.values())
          .map(column -> column.names().toArray(new String[0]))
          .toArray(String[][]::new);

  private EventCsv() {}

  /**
   * Reads an events file and aggregates its journeys.
   *
   * @param file the file, UTF-8
   * @param options how to build and aggregate journeys
   * @return the aggregate
   * @throws StrategyFileException listing the problems of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static JourneyAggregate read(Path file, AggregationOptions options) {
    return Utf8Files.read(file, (input, name) -> read(input, name, options));
  }

  /**
   * Reads events from CSV text and aggregates their journeys.
   *
   * @param content the CSV text
   * @param sourceName the name problems are reported under, such as {@code events.csv}
   * @param options how to build and aggregate journeys
   * @return the aggregate
   * @throws StrategyFileException listing the problems of the text
   */
  public static JourneyAggregate read(
      String content, String sourceName, AggregationOptions options) {
    try {
      return read(new StringReader(content), sourceName, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads events from a reader and aggregates their journeys; the reader is not closed.
   *
   * @param input the CSV text
   * @param sourceName the name problems are reported under
   * @param options how to build and aggregate journeys
   * @return the aggregate
   * @throws StrategyFileException listing the problems of the input
   * @throws IOException if the input cannot be read
   */
  public static JourneyAggregate read(Reader input, String sourceName, AggregationOptions options)
      throws IOException {
    ProblemCollector problems =
        new ProblemCollector(
            Objects.requireNonNull(sourceName, "sourceName"), options.limits().maxProblems());
    JourneyAggregator aggregator = JourneyAggregator.create(options);
    aggregator.problems((line, message) -> problems.add(line, 1, ProblemKind.LIMIT, message, null));
    int lastLine;
    try (CsvCells cells = new CsvCells(input, options.limits(), problems)) {
      new Rows(cells, problems, aggregator).read();
      lastLine = Math.max(1, cells.line());
    }
    if (problems.isFull()) {
      problems.throwIfAny();
    }
    JourneyAggregate aggregate = null;
    try {
      aggregate = aggregator.finish();
    } catch (IllegalArgumentException e) {
      problems.add(lastLine, 1, InputLimits.kindOf(e), e.getMessage(), null);
    }
    problems.throwIfAny();
    return aggregate;
  }

  /** Turns rows into events for the aggregator. */
  private static final class Rows {
    private final CsvCells cells;
    private final ProblemCollector problems;
    private final JourneyAggregator aggregator;
    private final CsvHeader header = new CsvHeader(ALIASES);
    private final BitSet badKeys = new BitSet();
    private int knownKeys;
    private int problemCount;
    private char[] scratch = new char[256];
    private int journey;
    private int time;
    private int channel;
    private int source;
    private int medium;
    private int campaign;
    private int conversion;
    private int type;
    private int value;

    private final EventFields.Problem timeProblem =
        (kind, message, hint) -> problem(time, kind, message, hint);
    private final EventFields.Problem flagProblem =
        (kind, message, hint) -> problem(conversion, kind, message, hint);
    private final EventFields.Problem typeProblem =
        (kind, message, hint) -> problem(type, kind, message, hint);
    private final EventFields.Problem valueProblem =
        (kind, message, hint) -> problem(value, kind, message, hint);

    Rows(CsvCells cells, ProblemCollector problems, JourneyAggregator aggregator) {
      this.cells = cells;
      this.problems = problems;
      this.aggregator = aggregator;
    }

    void read() {
      if (!cells.next()) {
        if (problems.isEmpty()) {
          problems.add(
              1,
              1,
              ProblemKind.SYNTAX,
              "the file is empty",
              "the first row names the columns: journey_id,timestamp,channel,conversion,value");
        }
        return;
      }
      header.read(cells, problems);
      header.requireRole(JOURNEY, problems, "the journey or customer each event belongs to");
      header.requireRole(TIME, problems, "when each event happened");
      journey = header.column(JOURNEY);
      time = header.column(TIME);
      channel = header.column(CHANNEL);
      source = header.column(SOURCE);
      medium = header.column(MEDIUM);
      campaign = header.column(CAMPAIGN);
      conversion = header.column(CONVERSION);
      type = header.column(TYPE);
      value = header.column(VALUE);
      if (channel < 0 && source < 0 && medium < 0 && campaign < 0) {
        problems.add(
            1,
            1,
            ProblemKind.MISSING_FIELD,
            "missing column 'channel' (or 'source', 'medium' and 'campaign'): what each touchpoint"
                + " was",
            "name it channel, touchpoint or key; or source, medium and campaign");
      }
      if (conversion < 0 && type < 0) {
        problems.add(
            1,
            1,
            ProblemKind.MISSING_FIELD,
            "missing column 'conversion' (or 'event_type'): which rows are conversions",
            "a conversion column holds true or false; an event_type column touch or conversion");
      }
      if (!problems.isEmpty()) {
        return;
      }
      while (cells.next()) {
        if (cells.count() != header.width()) {
          problems.add(
              cells.line(),
              1,
              ProblemKind.SYNTAX,
              "expected " + header.width() + " cells, as in the header, found " + cells.count(),
              null);
          continue;
        }
        if (!row()) {
          return;
        }
      }
    }

    /** Reads one row; false when reading must stop. */
    private boolean row() {
      int problemsBefore = problemCount();
      String id = EventFields.journeyOrEmpty(cells.cell(journey));
      if (id.isEmpty()) {
        problem(journey, ProblemKind.MISSING_FIELD, EventFields.MISSING_JOURNEY, null);
      }
      long millis = Timestamps.parse(cells.cell(time), aggregator.options().zone());
      if (millis == Timestamps.INVALID) {
        EventFields.notATimestamp(cells.cell(time), timeProblem);
      }
      int kind = kind();
      int key = key();
      BigDecimal amount = value(kind == 1);
      if (kind == 0 && key == -1) {
        problem(
            channel >= 0 ? channel : source >= 0 ? source : medium >= 0 ? medium : campaign,
            ProblemKind.MISSING_FIELD,
            EventFields.MISSING_TOUCHPOINT,
            null);
      }
      if (problemCount() != problemsBefore) {
        return !problems.isFull();
      }
      try {
        aggregator.journey(id, cells.line());
        if (key >= 0) {
          aggregator.touch(millis, key);
        }
        if (kind == 1) {
          aggregator.conversion(millis, amount);
        }
      } catch (IllegalArgumentException e) {
        problem(journey, InputLimits.kindOf(e), e.getMessage(), null);
        return false;
      }
      return true;
    }

    private int problemCount() {
      return problemCount;
    }

    private void problem(int cell, ProblemKind kind, String message, String hint) {
      problemCount++;
      problems.add(cells.line(), cells.column(cell), kind, message, hint);
    }

    /** Returns 0 for a touch, 1 for a conversion, -1 for a problem. */
    private int kind() {
      return EventFields.kind(
          conversion >= 0 ? cells.cell(conversion) : null,
          type >= 0 ? cells.cell(type) : null,
          flagProblem,
          typeProblem);
    }

    /** Returns the row's key id, -1 for none, -2 for a problem. */
    private int key() {
      if (channel >= 0 && !cells.isBlank(channel)) {
        String name = cells.cell(channel);
        if (name.charAt(0) <= ' ' || name.charAt(name.length() - 1) <= ' ') {
          name = name.strip();
        }
        return checked(aggregator.key(name), channel);
      }
      boolean any = false;
      for (int cell : new int[] {source, medium, campaign}) {
        any |=
            cell >= 0
                && !cells.isBlank(cell)
                && !cells.stripped(cell).equals(TouchpointKey.NOT_SET);
      }
      if (!any) {
        return -1;
      }
      int length = 0;
      length = append(length, part(source, TouchpointKey.NOT_SET));
      length = append(length, TouchpointKey.PART_SEPARATOR);
      length = append(length, part(medium, TouchpointKey.NOT_SET));
      String campaignText = part(campaign, "");
      if (!campaignText.isEmpty()) {
        length = append(length, TouchpointKey.PART_SEPARATOR);
        length = append(length, campaignText);
      }
      return checked(
          aggregator.key(scratch, 0, length),
          source >= 0 ? source : medium >= 0 ? medium : campaign);
    }

    private String part(int cell, String missing) {
      if (cell < 0 || cells.isBlank(cell)) {
        return missing;
      }
      String text = cells.stripped(cell);
      return text.equals(TouchpointKey.NOT_SET) ? missing : text;
    }

    private int append(int at, String text) {
      if (at + text.length() > scratch.length) {
        scratch = java.util.Arrays.copyOf(scratch, 2 * (at + text.length()));
      }
      text.getChars(0, text.length(), scratch, at);
      return at + text.length();
    }

    /** Checks a key the first time it is seen; -2 for a key with a problem. */
    private int checked(int key, int cell) {
      if (key >= knownKeys) {
        knownKeys = key + 1;
        if (!EventFields.isKey(aggregator.keyText(key))) {
          badKeys.set(key);
        }
      }
      if (badKeys.get(key)) {
        EventFields.badKey(
            aggregator.keyText(key), (kind, message, hint) -> problem(cell, kind, message, hint));
        return -2;
      }
      return key;
    }

    private BigDecimal value(boolean isConversion) {
      return value < 0
          ? null
          : EventFields.value(
              cells.cell(value),
              isConversion,
              aggregator.options().limits().maxNumberLength(),
              valueProblem);
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
