package org.socialstrategy.io;

import java.io.IOException;
import java.io.Reader;

/**
 * YAML text on its way to snakeyaml-engine, with two guards.
 *
 * <ul>
 *   <li>A read never ends between the two halves of a surrogate pair (an emoji, say): snakeyaml
 *       3.0.1 fills its whole buffer and then, finding a high surrogate at its end, reads past the
 *       buffer and fails.
 *   <li>A run of characters without a space, a line break or a flow indicator ({@code , [ ] { }})
 *       can only be part of one scalar; once a run is longer than any scalar within the text limit
 *       can be, the document is refused at once, instead of after snakeyaml has scanned the whole
 *       scalar, which for a million digits takes most of a second. A text within the limit takes at
 *       most that many characters plain, twice as many in single quotes (a quote is doubled), and
 *       {@value #WIDEST_ESCAPE} times as many in double quotes ({@code \u0001}), and its two
 *       quotes: a run that starts with a quote may be that long, so that every text the writer
 *       writes reads back. The text limit itself is checked on the text read.
 * </ul>
 */
final class YamlGuardReader extends Reader {

  /** Thrown when a run of characters is longer than the text limit. */
  static final class RunTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    RunTooLong(int line, int column) {
      super("run too long at " + line + ":" + column, null);
      this.line = line;
      this.column = column;
    }

    /** Returns the line the run starts on. */
    int line() {
      return line;
    }

    /** Returns the column the run starts at. */
    int column() {
      return column;
    }
  }

  /** The most characters a YAML escape takes for one character of text: {@code \u0001}. */
  static final int WIDEST_ESCAPE = 6;

  private final Reader in;
  private final long maxText;
  private int held = -1;
  private int line = 1;
  private int column = 1;
  private int run;
  private long maxRun;
  private int runLine;
  private int runColumn;

  /**
   * Guards a YAML text.
   *
   * @param in the text
   * @param maxText the longest text, key or value, a document may hold
   */
  YamlGuardReader(Reader in, int maxText) {
    this.in = in;
    this.maxText = maxText;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int count = 0;
    if (held >= 0) {
      buffer[offset] = (char) held;
      held = -1;
      count = 1;
    }
    if (count < length) {
      int read = in.read(buffer, offset + count, length - count);
      if (read < 0 && count == 0) {
        return -1;
      }
      count += Math.max(read, 0);
    }
    if (count > 1 && Character.isHighSurrogate(buffer[offset + count - 1])) {
      held = buffer[offset + count - 1];
      count--;
    }
    watch(buffer, offset, count);
    return count;
  }

  private void watch(char[] buffer, int offset, int count) throws RunTooLong {
    for (int i = offset; i < offset + count; i++) {
      char c = buffer[i];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '[' || c == ']'
          || c == '{' || c == '}') {
        run = 0;
      } else if (run++ == 0) {
        runLine = line;
        runColumn = column;
        maxRun = c == '"' ? WIDEST_ESCAPE * maxText + 2 : c == '\'' ? 2 * maxText + 2 : maxText;
      } else if (run > maxRun) {
        throw new RunTooLong(runLine, runColumn);
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
