package org.socialstrategy.attribution.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Locale;
import org.socialstrategy.io.ProblemCollector;
import org.socialstrategy.io.ProblemKind;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads CSV rows into reusable cell buffers with Jackson's streaming CSV parser (no data binding),
 * keeping the line and column of every cell. Sniffs the delimiter (comma or semicolon, whichever
 * the first line has more of outside quotes; comma on a tie) and holds rows to the input limits. A
 * syntax error ends the reading: it is reported with its place, and the rows after it are not read.
 */
final class CsvCells implements AutoCloseable {

  private final JsonParser parser;
  private final InputLimits limits;
  private final ProblemCollector problems;
  private final char delimiter;

  private String[] values;
  private int[] columns;
  private int count;
  private int line;
  private boolean done;

  CsvCells(Reader input, InputLimits limits, ProblemCollector problems) throws IOException {
    this.limits = limits;
    this.problems = problems;
    BufferedReader buffered = new BufferedReader(input, 1 << 16);
    this.delimiter = sniff(buffered, limits.maxLineLength());
    CsvFactory factory =
        CsvFactory.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(limits.maxCellLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .build())
            .build();
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
    this.parser =
        factory.createParser(
            new ObjectReadContext.Base() {
              @Override
              public FormatSchema getSchema() {
                return schema;
              }
            },
            buffered);
    int capacity = Math.min(limits.maxFields(), 16);
    values = new String[capacity];
    columns = new int[capacity];
  }

  /** Returns the delimiter: comma, or semicolon when the first line has more of them. */
  private static char sniff(BufferedReader input, int maxLine) throws IOException {
    input.mark(maxLine + 2);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i <= maxLine; i++) {
      int c = input.read();
      if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    input.reset();
    return semicolons > commas ? ';' : ',';
  }

  char delimiter() {
    return delimiter;
  }

  /**
   * Reads the next row that is not blank.
   *
   * @return false at the end of the input, after a syntax error, or once problems are full
   */
  boolean next() {
    while (!done && !problems.isFull()) {
      if (read() && !(count == 1 && values[0].isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private boolean read() {
    count = 0;
    long rowStart = -1;
    try {
      while (true) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          done = true;
          return count > 0;
        }
        if (token == JsonToken.END_ARRAY && count > 0) {
          return true;
        }
        if (token != JsonToken.VALUE_STRING) {
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        if (count == 0) {
          line = at.getLineNr();
          rowStart = at.getCharOffset();
        }
        if (count == limits.maxFields()) {
          problems.add(
              line,
              at.getColumnNr(),
              ProblemKind.LIMIT,
              "a row of more than " + limits.maxFields() + " cells, over the limit",
              null);
          done = true;
          return false;
        }
        if (at.getCharOffset() - rowStart > limits.maxLineLength()) {
          problems.add(
              line,
              1,
              ProblemKind.LIMIT,
              "a row longer than the limit of " + limits.maxLineLength() + " characters",
              null);
          done = true;
          return false;
        }
        if (count == values.length) {
          int capacity = Math.min(limits.maxFields(), 2 * count);
          values = Arrays.copyOf(values, capacity);
          columns = Arrays.copyOf(columns, capacity);
        }
        values[count] = parser.getString();
        columns[count] = at.getColumnNr();
        count++;
      }
    } catch (StreamConstraintsException e) {
      TokenStreamLocation at = e.getLocation();
      problems.add(
          at == null ? line : at.getLineNr(),
          count == 0 ? 1 : columns[count - 1] + values[count - 1].length() + 1,
          ProblemKind.LIMIT,
          "a cell longer than the limit of " + limits.maxCellLength() + " characters",
          null);
      done = true;
      return false;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      if (e.getCause() instanceof CharacterCodingException) {
        problems.notUtf8(at == null ? line : at.getLineNr());
        done = true;
        return false;
      }
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (original.startsWith("Missing closing quote")) {
        // Shown where the cell opened: the parser's own location is the end of the input.
        at = parser.currentTokenLocation();
      }
      // The parser places an unexpected character after it has read it.
      int back = original.startsWith("Unexpected character") ? 1 : 0;
      problems.add(
          at == null ? line : at.getLineNr(),
          at == null ? 1 : Math.max(1, at.getColumnNr() - back),
          ProblemKind.SYNTAX,
          syntax(original),
          "cells with the delimiter, quotes or line breaks go in double quotes, quotes inside"
              + " doubled");
      done = true;
      return false;
    }
  }

  private static String syntax(String original) {
    String message = original.toLowerCase(Locale.ROOT);
    if (message.contains("eof")
        || message.contains("end-of-input")
        || message.contains("closing quote")) {
      return "a quoted cell is not closed before the end of the input";
    }
    return "broken csv: a quoted cell must be followed by the delimiter or the end of the line";
  }

  int count() {
    return count;
  }

  int line() {
    return line;
  }

  int column(int cell) {
    return columns[cell];
  }

  /** Returns the cell's text as read. */
  String cell(int cell) {
    return values[cell];
  }

  /** Returns the cell without white space around it. */
  String stripped(int cell) {
    return values[cell].strip();
  }

  boolean isBlank(int cell) {
    return values[cell].isBlank();
  }

  @Override
  public void close() {
    parser.close();
  }
}
