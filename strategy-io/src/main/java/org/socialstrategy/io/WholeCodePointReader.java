package org.socialstrategy.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Hands out text without splitting a surrogate pair at the end of a read: a character beyond the
 * basic plane, such as an emoji, arrives whole. snakeyaml-engine 3.0.1 reads its whole buffer and
 * then, finding a high surrogate at its end, reads one more character past the buffer's end, which
 * fails; this reader keeps that from happening.
 */
final class WholeCodePointReader extends Reader {

  private final Reader in;
  private int held = -1;

  WholeCodePointReader(Reader in) {
    this.in = in;
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
    return count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
