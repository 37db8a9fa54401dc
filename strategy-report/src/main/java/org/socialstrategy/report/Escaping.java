package org.socialstrategy.report;

/**
 * Escaping for each place a report prints a name or a text: a value from a strategy file never
 * changes the markup around it.
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
}
