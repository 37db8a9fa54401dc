package org.socialstrategy.cli;

import java.util.Locale;

/**
 * Colour on a terminal, plain text elsewhere: ANSI escapes only when standard output is a console,
 * {@code TERM} is not {@code dumb} and {@code NO_COLOR} is unset, unless {@code --color} says
 * otherwise.
 */
enum Terminal {
  /** Colour. */
  COLOR,
  /** No colour. */
  PLAIN;

  /** How {@code --color} chooses. */
  enum Choice {
    /** Colour on a terminal. */
    AUTO,
    /** Always colour. */
    ALWAYS,
    /** Never colour. */
    NEVER
  }

  static Terminal of(Choice choice) {
    switch (choice) {
      case ALWAYS:
        return COLOR;
      case NEVER:
        return PLAIN;
      default:
        String term = System.getenv("TERM");
        boolean console = System.console() != null;
        boolean dumb = term == null || term.toLowerCase(Locale.ROOT).equals("dumb");
        return console && !dumb && System.getenv("NO_COLOR") == null ? COLOR : PLAIN;
    }
  }

  String red(String text) {
    return paint("31;1", text);
  }

  String yellow(String text) {
    return paint("33;1", text);
  }

  String cyan(String text) {
    return paint("36", text);
  }

  String bold(String text) {
    return paint("1", text);
  }

  String dim(String text) {
    return paint("2", text);
  }

  private String paint(String code, String text) {
    return this == COLOR ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
