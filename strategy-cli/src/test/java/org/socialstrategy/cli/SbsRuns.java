package org.socialstrategy.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@code sbs} in the test's process and keeps what it printed, for the command tests. */
final class SbsRuns {

  private SbsRuns() {}

  /**
   * The outcome of one run.
   *
   * @param code the exit code
   * @param out what went to standard output
   * @param err what went to standard error
   */
  record Run(int code, String out, String err) {}

  /** Runs the command line with the arguments. */
  static Run sbs(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Sbs.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs the command line with the text as its standard input. */
  static Run withStandardInput(String text, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return sbs(args);
    } finally {
      System.setIn(before);
    }
  }
}
