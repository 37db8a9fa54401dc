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
    ProblemCollector problems =
        new ProblemCollector(
            Objects.requireNonNull(sourceName, "sourceName"), options.maxProblems());
    Rows rows = new Rows(new Cells(input, options), problems, options);
    rows.read();
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
    private final Cells cells;
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

    Rows(Cells cells, ProblemCollector problems, ReadOptions options) {
      this.cells = cells;
      this.problems = problems;
      this.options = options;
    }

    void read() throws IOException {
      if (!header()) {
        return;
      }
      List<String> row = new ArrayList<>(width);
      int[] columns = new int[width];
      while (!problems.isFull()) {
        row.clear();
        int line = cells.line();
        int count = 0;
        while (true) {
          int column = cells.column();
          String cell = cells.next(problems);
          if (cell == null) {
            return;
          }
          if (count < width) {
            columns[count] = column;
            row.add(cell);
          }
          count++;
          if (cells.endOfLine()) {
            break;
          }
        }
        if (count == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (count != width) {
          problems.add(
              line,
              1,
              StrategyPath.ROOT,
              ProblemKind.SYNTAX,
              "expected " + width + " cells, as in the header, found " + count,
              null);
          continue;
        }
        observation(row, line, columns);
      }
    }

    /** Reads the header; false when it has problems, which make the rows unreadable. */
    private boolean header() throws IOException {
      Arrays.fill(columnOf, -1);
      List<String> names = new ArrayList<>();
      while (true) {
        int column = cells.column();
        String cell = cells.next(problems);
        if (cell == null) {
          if (names.isEmpty() && problems.isEmpty()) {
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
        String name = cell.strip().toLowerCase(Locale.ROOT);
        int index = COLUMNS.indexOf(name);
        if (index < 0) {
          problems.add(
              1,
              column,
              StrategyPath.ROOT,
              ProblemKind.UNKNOWN_FIELD,
              "unknown column '" + FormatV1Shapes.abbreviate(cell) + "'",
              NearestMatch.among(name, COLUMNS)
                  .map(DecodeState::didYouMean)
                  .orElse("the columns are period, metric, tactic and value"));
        } else if (columnOf[index] >= 0) {
          problems.add(
              1,
              column,
              StrategyPath.ROOT,
              ProblemKind.DUPLICATE_KEY,
              "column '" + name + "' is named twice",
              null);
        } else {
          columnOf[index] = names.size();
        }
        names.add(name);
        if (cells.endOfLine() || problems.isFull()) {
          break;
        }
      }
      width = names.size();
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

    private void observation(List<String> row, int line, int[] columns) {
      int periodAt = columnOf[0];
      int metricAt = columnOf[1];
      int tacticAt = columnOf[2];
      int valueAt = columnOf[3];
      DateRange period = period(row.get(periodAt), line, columns[periodAt]);
      BigDecimal value = value(row.get(valueAt), line, columns[valueAt]);
      String metric = row.get(metricAt).strip();
      if (metric.isEmpty()) {
        problems.add(
            line,
            columns[metricAt],
            StrategyPath.ROOT.field("metric"),
            ProblemKind.MISSING_FIELD,
            "missing metric",
            null);
      }
      String tactic = tacticAt < 0 ? "" : row.get(tacticAt).strip();
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
      where[at] = line;
      where[at + 1] = metric.isEmpty() ? -1 : columns[metricAt];
      where[at + 2] = tacticAt < 0 ? 1 : columns[tacticAt];
      observations.add(observation.build());
    }

    private DateRange period(String cell, int line, int column) {
      String text = cell.strip();
      DateRange period = periods.get(text);
      if (period == null) {
        period = PeriodText.parse(text);
        if (period == null) {
          problems.add(
              line,
              column,
              StrategyPath.ROOT.field("period"),
              ProblemKind.BAD_VALUE,
              PeriodText.notAPeriod(text),
              PeriodText.HINT);
          return null;
        }
        periods.put(text, period);
      }
      return period;
    }

    private BigDecimal value(String cell, int line, int column) {
      String text = cell.strip();
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
      try {
        BigDecimal value = new BigDecimal(text);
        if (Math.abs(value.scale()) <= DecodeState.MAX_SCALE) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
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

  /** Splits CSV text into cells, tracking lines and columns. */
  private static final class Cells {
    private final Reader input;
    private final int maxCell;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private int line = 1;
    private int column = 1;
    private boolean endOfLine = true;
    private final StringBuilder cell = new StringBuilder();

    Cells(Reader input, ReadOptions options) {
      this.input = input;
      this.maxCell = options.maxStringLength();
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }

    /** Tells whether the last cell read ended its line. */
    boolean endOfLine() {
      return endOfLine;
    }

    private int peek() throws IOException {
      if (position == length) {
        length = input.read(buffer, 0, buffer.length);
        position = 0;
        if (length <= 0) {
          length = 0;
          return -1;
        }
        if (line == 1 && column == 1 && buffer[0] == '\uFEFF') {
          position = 1;
          return peek();
        }
      }
      return buffer[position];
    }

    private void advance(int c) {
      position++;
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }

    /** Reads the next cell; null at the end of the input or after a problem that stops reading. */
    String next(ProblemCollector problems) throws IOException {
      cell.setLength(0);
      int c = peek();
      if (c < 0 && endOfLine) {
        return null;
      }
      if (c == '"') {
        return quoted(problems);
      }
      while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
        int start = position;
        int stop = start;
        while (stop < length && !endsCell(buffer[stop])) {
          stop++;
        }
        cell.append(buffer, start, stop - start);
        column += stop - start;
        position = stop;
        if (cell.length() > maxCell) {
          return tooLong(problems);
        }
        c = peek();
      }
      return end(c);
    }

    private static boolean endsCell(char c) {
      return c == ',' || c == '\n' || c == '\r';
    }

    private String quoted(ProblemCollector problems) throws IOException {
      int startLine = line;
      int startColumn = column;
      advance('"');
      while (true) {
        int c = peek();
        if (c < 0) {
          problems.add(
              startLine,
              startColumn,
              StrategyPath.ROOT,
              ProblemKind.SYNTAX,
              "the file ends inside a quoted cell: expected a closing '\"'",
              null);
          return null;
        }
        advance(c);
        if (c == '"') {
          if (peek() != '"') {
            break;
          }
          advance('"');
        }
        cell.append((char) c);
        if (cell.length() > maxCell) {
          return tooLong(problems);
        }
      }
      int c = peek();
      if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
        problems.add(
            line,
            column,
            StrategyPath.ROOT,
            ProblemKind.SYNTAX,
            "expected ',' or the end of the line after the closing quote, found '" + (char) c + "'",
            "double a quote inside a quoted cell: \"\"");
        return null;
      }
      return end(c);
    }

    private String tooLong(ProblemCollector problems) {
      problems.add(
          line,
          column,
          StrategyPath.ROOT,
          ProblemKind.LIMIT,
          "a cell longer than the limit of " + maxCell + " characters",
          null);
      return null;
    }

    /** Consumes the comma or line break after a cell. */
    private String end(int c) throws IOException {
      endOfLine = c != ',';
      if (c == ',') {
        advance(c);
      } else if (c == '\r') {
        advance(c);
        if (peek() == '\n') {
          advance('\n');
        } else {
          line++;
          column = 1;
        }
      } else if (c == '\n') {
        advance(c);
      }
      return cell.toString();
    }
  }
}
