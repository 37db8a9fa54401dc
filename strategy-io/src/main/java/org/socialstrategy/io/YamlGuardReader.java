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
 *       can only be part of one scalar; once a run is longer than the text limit the document is
 *       refused at once, instead of after snakeyaml has scanned the whole scalar, which for a
 *       million digits takes most of a second.
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

  private final Reader in;
  private final int maxRun;
  private int held = -1;
  private int line = 1;
  private int column = 1;
  private int run;
  private int runLine;
  private int runColumn;

  YamlGuardReader(Reader in, int maxRun) {
    this.in = in;
    this.maxRun = maxRun;
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
