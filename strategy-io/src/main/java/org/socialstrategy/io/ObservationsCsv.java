package org.socialstrategy.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.InvalidStrategyException;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.Violation;

/**
 * Imports observations from CSV, as analytics tools export them, and merges them into a strategy.
 *
 * <p>The first line names the columns, in any order: {@code period}, {@code metric}, {@code value}
 * and, optionally, {@code tactic}. Each further line is one observation: the period as a day
 * ({@code 2027-03-31}), a month ({@code 2027-03}), a quarter ({@code 2027-Q1}) or a year ({@code
 * 2027}); the metric's id; the tactic's id, or nothing for a value of the whole strategy; the
 * value, an exact decimal. Cells follow RFC 4180: a cell in double quotes may hold commas, line
 * breaks and doubled quotes; blank lines are skipped.
 *
 * <pre>{@code
 * period,metric,tactic,value
 * 2027-03,net-new-customers,fb-shop,140
 * 2027-Q1,net-new-customers,,415
 * }</pre>
 *
 * <p>Every problem is reported with its line and column, in one {@link StrategyFileException}:
 * unknown columns ("did you mean"), cells that are not periods or numbers, and metrics or tactics
 * the strategy does not have. The file is streamed; reading stops once {@link
 * ReadOptions#maxProblems()} problems are found.
 */
public final class ObservationsCsv {

  private static final List<String> COLUMNS = List.of("period", "metric", "tactic", "value");

  /**
   * Stands in for a bad period, or a bad value's zero, so that the row's metric and tactic are
   * still checked; the row's problem is reported already.
   */
  private static final DateRange SOME_PERIOD = DateRange.years(2000, 2000);

  private ObservationsCsv() {}

  /**
   * Reads observations from a CSV file and appends them to a strategy.
   *
   * @param strategy the strategy
   * @param csv the file, UTF-8
   * @return the strategy with the observations appended
   * @throws StrategyFileException listing every problem of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Strategy merge(Strategy strategy, Path csv) {
    return merge(strategy, csv, ReadOptions.defaults());
  }

  /**
   * Reads observations from a CSV file with the given limits and appends them to a strategy.
   *
   * @param strategy the strategy
   * @param csv the file, UTF-8
   * @param options the limits
   * @return the strategy with the observations appended
   * @throws StrategyFileException listing every problem of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Strategy merge(Strategy strategy, Path csv, ReadOptions options) {
    try (Reader input =
        new InputStreamReader(
            Files.newInputStream(csv),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return merge(strategy, input, String.valueOf(csv.getFileName()), options);
    } catch (CharacterCodingException e) {
      throw ProblemCollector.notUtf8(String.valueOf(csv.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
  }

  /**
   * Reads observations from CSV text and appends them to a strategy.
   *
   * @param strategy the strategy
   * @param content the CSV text
   * @param sourceName the name problems are reported under, such as {@code march.csv}
   * @return the strategy with the observations appended
   * @throws StrategyFileException listing every problem of the text
   */
  public static Strategy merge(Strategy strategy, String content, String sourceName) {
    try {
      return merge(strategy, new StringReader(content), sourceName, ReadOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Strategy merge(
      Strategy strategy, Reader input, String sourceName, ReadOptions options) throws IOException {
    JacksonVersions.require();
    ProblemCollector problems =
        new ProblemCollector(
            Objects.requireNonNull(sourceName, "sourceName"), options.maxProblems());
    Rows rows = new Rows(problems, options);
    try (CsvCells cells = new CsvCells(input, options, problems)) {
      rows.read(cells);
    }
    if (problems.isFull()) {
      throw problems.exception();
    }
    try {
      Strategy merged = strategy.plusObservations(rows.observations);
      problems.throwIfAny();
      return merged;
    } catch (InvalidStrategyException e) {
      rows.report(e.violations(), strategy.observations().size());
      throw problems.exception();
    }
  }

  /** Turns the cells of each line into an observation, remembering where each came from. */
  private static final class Rows {
    private final ProblemCollector problems;
    private final ReadOptions options;
    private final List<Observation> observations = new ArrayList<>();
    private final Map<String, MetricId> metrics = new HashMap<>();
    private final Map<String, TacticId> tactics = new HashMap<>();
    private final Map<String, DateRange> periods = new HashMap<>();

    /** For each observation: its line, and the columns of its metric and tactic cells. */
    private int[] where = new int[3 * 1024];

    /** Where each of {@link #COLUMNS} is in a row, or -1. */
    private final int[] columnOf = new int[COLUMNS.size()];

    /** How many cells a row has: as many as the header. */
    private int width;

    Rows(ProblemCollector problems, ReadOptions options) {
      this.problems = problems;
      this.options = options;
    }

    void read(CsvCells cells) throws IOException {
      if (!header(cells)) {
        return;
      }
      while (!problems.isFull() && cells.next()) {
        if (cells.blank()) {
          continue;
        }
        if (cells.width() != width) {
          problems.add(
              cells.rowLine(),
              1,
              StrategyPath.ROOT,
              ProblemKind.SYNTAX,
              "expected " + width + " cells, as in the header, found " + cells.width(),
              null);
          continue;
        }
        observation(cells);
      }
    }

    /** Reads the header; false when it has problems, which make the rows unreadable. */
    private boolean header(CsvCells cells) throws IOException {
      Arrays.fill(columnOf, -1);
      if (!cells.next()) {
        if (problems.isEmpty()) {
          problems.add(
              1,
              1,
              StrategyPath.ROOT,
              ProblemKind.SYNTAX,
              "the file is empty",
              "the first line names the columns: period,metric,tactic,value");
        }
        return false;
      }
      width = cells.width();
      for (int i = 0; i < width && !problems.isFull(); i++) {
        String cell = cells.cell(i);
        String name = cell.strip().toLowerCase(Locale.ROOT);
        int index = COLUMNS.indexOf(name);
        if (index < 0) {
          problems.add(
              cells.line(i),
              cells.column(i),
              StrategyPath.ROOT,
              ProblemKind.UNKNOWN_FIELD,
              "unknown column '" + FormatV1Shapes.abbreviate(cell) + "'",
              NearestMatch.among(name, COLUMNS)
                  .map(DecodeState::didYouMean)
                  .orElse("the columns are period, metric, tactic and value"));
        } else if (columnOf[index] >= 0) {
          problems.add(
              cells.line(i),
              cells.column(i),
              StrategyPath.ROOT,
              ProblemKind.DUPLICATE_KEY,
              "column '" + name + "' is named twice",
              null);
        } else {
          columnOf[index] = i;
        }
      }
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (columnOf[i] < 0 && !COLUMNS.get(i).equals("tactic")) {
          problems.add(
              1,
              1,
              StrategyPath.ROOT,
              ProblemKind.MISSING_FIELD,
              "missing column '" + COLUMNS.get(i) + "'",
              "the first line names the columns: period,metric,tactic,value");
        }
      }
      return problems.isEmpty();
    }

    private void observation(CsvCells cells) {
      int periodAt = columnOf[0];
      int metricAt = columnOf[1];
      int tacticAt = columnOf[2];
      int valueAt = columnOf[3];
      DateRange period = period(cells, periodAt);
      BigDecimal value = value(cells, valueAt);
      String metric = cells.cell(metricAt).strip();
      if (metric.isEmpty()) {
        problems.add(
            cells.line(metricAt),
            cells.column(metricAt),
            StrategyPath.ROOT.field("metric"),
            ProblemKind.MISSING_FIELD,
            "missing metric",
            null);
      }
      String tactic = tacticAt < 0 ? "" : cells.cell(tacticAt).strip();
      Observation.Builder observation =
          Observation.builder()
              .metric(metrics.computeIfAbsent(metric, MetricId::of))
              .period(period == null ? SOME_PERIOD : period)
              .value(value == null ? BigDecimal.ZERO : value);
      if (!tactic.isEmpty()) {
        observation.tactic(tactics.computeIfAbsent(tactic, TacticId::of));
      }
      int at = 3 * observations.size();
      if (at + 3 > where.length) {
        where = Arrays.copyOf(where, 2 * where.length);
      }
      where[at] = cells.rowLine();
      where[at + 1] = metric.isEmpty() ? -1 : cells.column(metricAt);
      where[at + 2] = tacticAt < 0 ? 1 : cells.column(tacticAt);
      observations.add(observation.build());
    }

    private DateRange period(CsvCells cells, int at) {
      String text = cells.cell(at).strip();
      DateRange period = periods.get(text);
      if (period == null) {
        period = FormatV1Periods.parse(text);
        if (period == null) {
          problems.add(
              cells.line(at),
              cells.column(at),
              StrategyPath.ROOT.field("period"),
              ProblemKind.BAD_VALUE,
              FormatV1Periods.notAPeriod(text),
              FormatV1Periods.HINT);
          return null;
        }
        periods.put(text, period);
      }
      return period;
    }

    private BigDecimal value(CsvCells cells, int at) {
      String text = cells.cell(at).strip();
      int line = cells.line(at);
      int column = cells.column(at);
      if (text.length() > options.maxNumberLength()) {
        problems.add(
            line,
            column,
            StrategyPath.ROOT.field("value"),
            ProblemKind.LIMIT,
            "a number longer than the limit of " + options.maxNumberLength() + " characters",
            null);
        return null;
      }
      BigDecimal value = FormatV1Values.parseDecimal(text);
      if (value != null && Math.abs((long) value.scale()) <= FormatV1Values.MAX_SCALE) {
        return value;
      }
      problems.add(
          line,
          column,
          StrategyPath.ROOT.field("value"),
          ProblemKind.BAD_VALUE,
          text.isEmpty()
              ? "missing value"
              : "'" + FormatV1Shapes.abbreviate(text) + "' is not a decimal number",
          text.isEmpty() ? null : DecodeState.decimalHint(text));
      return null;
    }

    /** Reports the strategy's violations at the cells they concern. */
    void report(List<Violation> violations, int before) {
      for (Violation violation : violations) {
        List<StrategyPath.Segment> segments = violation.path().segments();
        int row = segments.get(0).position().orElse(before) - before;
        String column = segments.size() > 1 ? segments.get(1).name() : "";
        int at = where[3 * row + (column.equals("tactic") ? 2 : 1)];
        if (at < 0) {
          continue;
        }
        problems.add(
            where[3 * row],
            at,
            StrategyPath.ROOT.field(column),
            ProblemKind.UNKNOWN_REFERENCE,
            violation.message(),
            violation.hint().orElse(null));
      }
    }
  }
}
