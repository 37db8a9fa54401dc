package org.socialstrategy.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Arrays;
import org.socialstrategy.model.StrategyPath;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The cells of CSV text, row by row, each with its line and column, read by Jackson's CSV parser
 * (RFC 4180: quoted cells may hold commas, line breaks and doubled quotes). What the parser says
 * about broken text is put into this library's words and reported where it happened; the row then
 * cannot be read and reading stops.
 */
final class CsvCells implements AutoCloseable {

  private final JsonParser parser;
  private final ProblemCollector problems;
  private final int maxCell;
  private String[] cells = new String[8];
  private int[] lines = new int[8];
  private int[] columns = new int[8];
  private int width;
  private int rowLine;

  /** Where the next cell starts: just after the last token read. */
  private int nextLine = 1;

  private int nextColumn = 1;

  CsvCells(Reader input, ReadOptions options, ProblemCollector problems) throws IOException {
    this.parser = JacksonSettings.csvParser(options, withoutByteOrderMark(input));
    this.problems = problems;
    this.maxCell = options.maxStringLength();
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the text, or after a problem that stops reading
   * @throws IOException if the text cannot be read
   */
  boolean next() throws IOException {
    width = 0;
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      moved();
      rowLine = nextLine;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (width == cells.length) {
          grow();
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        lines[width] = at.getLineNr();
        columns[width] = at.getColumnNr();
        cells[width++] = parser.getString();
        moved();
      }
      moved();
      return token == JsonToken.END_ARRAY;
    } catch (StreamConstraintsException e) {
      problems.add(
          nextLine,
          nextColumn,
          StrategyPath.ROOT,
          ProblemKind.LIMIT,
          "a cell longer than the limit of " + maxCell + " characters",
          null);
      return false;
    } catch (StreamReadException e) {
      syntax(e);
      return false;
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Skips a byte order mark at the start of the text, as spreadsheets write one. */
  private static Reader withoutByteOrderMark(Reader input) throws IOException {
    PushbackReader pushback = new PushbackReader(input, 1);
    int first = pushback.read();
    if (first >= 0 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  /** Notes where the parser stands: the next cell, if any, starts there. */
  private void moved() {
    TokenStreamLocation now = parser.currentLocation();
    nextLine = now.getLineNr();
    nextColumn = now.getColumnNr();
  }

  private void syntax(StreamReadException e) {
    String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    TokenStreamLocation at = e.getLocation();
    if (said.startsWith("Missing closing quote")) {
      problems.add(
          nextLine,
          nextColumn,
          StrategyPath.ROOT,
          ProblemKind.SYNTAX,
          "the file ends inside a quoted cell: expected a closing '\"'",
          null);
    } else if (said.contains("Expected column separator") && at != null) {
      int quote = said.indexOf("('");
      String found =
          quote >= 0 && said.length() > quote + 2 ? said.substring(quote + 2, quote + 3) : "?";
      problems.add(
          at.getLineNr(),
          Math.max(1, at.getColumnNr() - 1),
          StrategyPath.ROOT,
          ProblemKind.SYNTAX,
          "expected ',' or the end of the line after the closing quote, found '" + found + "'",
          "double a quote inside a quoted cell: \"\"");
    } else {
      problems.add(
          at == null ? nextLine : at.getLineNr(),
          at == null ? nextColumn : at.getColumnNr(),
          StrategyPath.ROOT,
          ProblemKind.SYNTAX,
          "this line is not CSV as RFC 4180 writes it",
          null);
    }
  }

  private void grow() {
    cells = Arrays.copyOf(cells, 2 * cells.length);
    lines = Arrays.copyOf(lines, 2 * lines.length);
    columns = Arrays.copyOf(columns, 2 * columns.length);
  }

  /** Returns the number of cells of the row. */
  int width() {
    return width;
  }

  /** Returns the line the row starts on. */
  int rowLine() {
    return rowLine;
  }

  /** Returns a cell of the row. */
  String cell(int index) {
    return cells[index];
  }

  /** Returns the line a cell of the row starts on. */
  int line(int index) {
    return lines[index];
  }

  /** Returns the column a cell of the row starts at. */
  int column(int index) {
    return columns[index];
  }

  /** Tells whether the row is a blank line. */
  boolean blank() {
    return width == 1 && cells[0].isEmpty();
  }

  @Override
  public void close() {
    parser.close();
  }
}
