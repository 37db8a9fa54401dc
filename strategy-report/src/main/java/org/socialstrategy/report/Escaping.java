package org.socialstrategy.report;

import java.util.Locale;

/**
 * Escaping for each place a report prints a name or a text: a value from a strategy file or an
 * analytics export never changes the markup, the terminal or the spreadsheet around it.
 */
final class Escaping {

  private Escaping() {}

  /** Escapes text for HTML element content and attribute values. */
  static String html(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Escapes text for a Markdown table cell: pipes, line breaks and markup characters. */
  static String markdown(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#' -> escaped.append('\\').append(c);
        case '\n', '\r' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Makes text from a file safe for a terminal or a log: every control character (escape, line
   * breaks, the C1 controls) and every bidirectional override is shown as {@code \\u001b}, so a
   * value can neither move the cursor, set a window title nor reorder what is shown.
   */
  static String terminal(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\u061c'
              || c == '\u200e'
              || c == '\u200f'
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069');
      if (control && shown == null) {
        shown = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (control) {
        shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (shown != null) {
        shown.append(c);
      }
    }
    return shown == null ? text : shown.toString();
  }

  /**
   * Writes text as one CSV cell (RFC 4180): in double quotes, inner quotes doubled, when it holds a
   * comma, a quote or a line break. A text that a spreadsheet would take for a formula (starting
   * with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so opening the
   * file runs nothing.
   */
  static String csvCell(String text) {
    String cell = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
