package org.socialstrategy.attribution.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialstrategy.io.ProblemCollector;
import org.socialstrategy.io.ProblemKind;
import org.socialstrategy.io.StrategyFileException;

/**
 * Reads the aggregated path table that attribution tools exchange, in ChannelAttribution's layout:
 *
 * <pre>{@code
 * path,total_conversions,total_conversion_value,total_null
 * email > paid-search,3,150.00,40
 * paid-search,1,20.00,60
 * }</pre>
 *
 * <p>Columns, in any order, by any of their names: {@code path} (required; steps separated by
 * {@code >}, white space around them ignored); {@code total_conversions} or {@code conversions}
 * (required; a whole number); {@code total_conversion_value} or {@code value} (optional; a decimal
 * of zero or more); {@code total_null} or {@code nulls} (optional; a whole number). Each step is a
 * touchpoint key ({@link TouchpointKey#parse(String)}). A path listed twice has its counts added.
 * Comma or semicolon as exports come, sniffed from the header.
 *
 * <p>Every problem is reported with its line and column in one {@link StrategyFileException};
 * nothing of a file with problems is returned.
 */
public final class PathTableCsv {

  private static final int PATH = 0;
  private static final int CONVERSIONS = 1;
  private static final int VALUE = 2;
  private static final int NULLS = 3;

  private static final String[][] ALIASES = {
    {"path", "paths"},
    {"total_conversions", "conversions", "total_conversion"},
    {"total_conversion_value", "value", "conversion_value", "total_value"},
    {"total_null", "nulls", "total_nulls", "null"}
  };

  private PathTableCsv() {}

  /**
   * Reads a path-table file with the default limits.
   *
   * @param file the file, UTF-8
   * @return the table
   * @throws StrategyFileException listing the problems of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PathTable read(Path file) {
    return read(file, InputLimits.defaults());
  }

  /**
   * Reads a path-table file.
   *
   * @param file the file, UTF-8
   * @param limits the input limits
   * @return the table
   * @throws StrategyFileException listing the problems of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PathTable read(Path file, InputLimits limits) {
    return Utf8Files.read(file, (input, name) -> read(input, name, limits));
  }

  /**
   * Reads a path table from CSV text.
   *
   * @param content the CSV text
   * @param sourceName the name problems are reported under
   * @param limits the input limits
   * @return the table
   * @throws StrategyFileException listing the problems of the text
   */
  public static PathTable read(String content, String sourceName, InputLimits limits) {
    try {
      return read(new StringReader(content), sourceName, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a path table from a reader; the reader is not closed.
   *
   * @param input the CSV text
   * @param sourceName the name problems are reported under
   * @param limits the input limits
   * @return the table
   * @throws StrategyFileException listing the problems of the input
   * @throws IOException if the input cannot be read
   */
  public static PathTable read(Reader input, String sourceName, InputLimits limits)
      throws IOException {
    ProblemCollector problems =
        new ProblemCollector(
            Objects.requireNonNull(sourceName, "sourceName"), limits.maxProblems());
    PathTable.Builder builder = PathTable.builder(limits);
    try (CsvCells cells = new CsvCells(input, limits, problems)) {
      read(cells, problems, builder, limits);
    }
    problems.throwIfAny();
    return builder.build();
  }

  private static void read(
      CsvCells cells, ProblemCollector problems, PathTable.Builder builder, InputLimits limits) {
    if (!cells.next()) {
      if (problems.isEmpty()) {
        problems.add(
            1,
            1,
            ProblemKind.SYNTAX,
            "the file is empty",
            "the first row names the columns: path,total_conversions,total_conversion_value,"
                + "total_null");
      }
      return;
    }
    CsvHeader header = new CsvHeader(ALIASES);
    header.read(cells, problems);
    header.requireRole(PATH, problems, "the steps of each path, separated by '>'");
    header.requireRole(CONVERSIONS, problems, "the conversions each path ended in");
    if (!problems.isEmpty()) {
      return;
    }
    int pathAt = header.column(PATH);
    int conversionsAt = header.column(CONVERSIONS);
    int valueAt = header.column(VALUE);
    int nullsAt = header.column(NULLS);
    List<String> steps = new ArrayList<>();
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
      int before = problems.isFull() ? -1 : 0;
      boolean ok = steps(cells, pathAt, steps, problems, limits);
      long conversions = count(cells, conversionsAt, "conversions", problems, limits, false);
      long nulls = nullsAt < 0 ? 0 : count(cells, nullsAt, "nulls", problems, limits, true);
      BigDecimal value = valueAt < 0 ? BigDecimal.ZERO : value(cells, valueAt, problems, limits);
      if (!ok || conversions < 0 || nulls < 0 || value == null || before < 0) {
        continue;
      }
      try {
        PathTable.Builder.checkCounts(conversions, value, nulls);
        builder.add(steps, conversions, value, nulls);
      } catch (IllegalArgumentException e) {
        problems.add(
            cells.line(), cells.column(pathAt), InputLimits.kindOf(e), e.getMessage(), null);
        if (InputLimits.kindOf(e) == ProblemKind.LIMIT) {
          return;
        }
      }
    }
  }

  private static boolean steps(
      CsvCells cells, int at, List<String> steps, ProblemCollector problems, InputLimits limits) {
    steps.clear();
    String path = cells.cell(at);
    int from = 0;
    int step = 1;
    while (true) {
      int end = path.indexOf('>', from);
      String text = (end < 0 ? path.substring(from) : path.substring(from, end)).strip();
      if (text.isEmpty()) {
        problems.add(
            cells.line(),
            cells.column(at),
            path.isBlank() ? ProblemKind.MISSING_FIELD : ProblemKind.BAD_VALUE,
            path.isBlank() ? "missing path" : "step " + step + " of the path is empty",
            path.isBlank() ? null : "steps are separated by ' > ', with a key between each two");
        return false;
      }
      if (steps.size() == limits.maxPathSteps()) {
        problems.add(
            cells.line(),
            cells.column(at),
            ProblemKind.LIMIT,
            "a path of more than " + limits.maxPathSteps() + " steps, longer than the limit",
            null);
        return false;
      }
      steps.add(text);
      if (end < 0) {
        break;
      }
      from = end + 1;
      step++;
    }
    for (String key : steps) {
      try {
        TouchpointKey.parse(key);
      } catch (IllegalArgumentException e) {
        problems.add(cells.line(), cells.column(at), ProblemKind.BAD_VALUE, e.getMessage(), null);
        return false;
      }
    }
    return true;
  }

  private static long count(
      CsvCells cells,
      int at,
      String what,
      ProblemCollector problems,
      InputLimits limits,
      boolean blankIsZero) {
    String text = cells.stripped(at);
    if (text.isEmpty() && blankIsZero) {
      return 0;
    }
    long count = Numbers.count(text, limits);
    if (count < 0) {
      problems.add(
          cells.line(),
          cells.column(at),
          text.isEmpty()
              ? ProblemKind.MISSING_FIELD
              : text.length() > limits.maxNumberLength()
                  ? ProblemKind.LIMIT
                  : ProblemKind.BAD_VALUE,
          text.isEmpty()
              ? "missing " + what
              : text.length() > limits.maxNumberLength()
                  ? "a number longer than the limit of " + limits.maxNumberLength() + " characters"
                  : what
                      + " must be a whole number of zero or more: '"
                      + EventCsv.abbreviate(text)
                      + "'",
          null);
    }
    return count;
  }

  private static BigDecimal value(
      CsvCells cells, int at, ProblemCollector problems, InputLimits limits) {
    String text = cells.stripped(at);
    if (text.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal value = Numbers.decimal(text, limits);
    if (value == null || value.signum() < 0) {
      problems.add(
          cells.line(),
          cells.column(at),
          text.length() > limits.maxNumberLength() ? ProblemKind.LIMIT : ProblemKind.BAD_VALUE,
          text.length() > limits.maxNumberLength()
              ? "a number longer than the limit of " + limits.maxNumberLength() + " characters"
              : "conversion value must be a decimal of zero or more: '"
                  + EventCsv.abbreviate(text)
                  + "'",
          null);
      return null;
    }
    return value;
  }
}
