package org.socialstrategy.report;

import java.util.List;
import java.util.Locale;

/**
 * Escaping for each place an output prints a name or a text from a strategy or an analytics export:
 * a value never changes the markup, the diagram, the terminal or the spreadsheet around it, and is
 * shown as written wherever the context can show it. Every renderer takes its values through here,
 * one method per context:
 *
 * <ul>
 *   <li>{@link #html}: HTML element content and attribute values;
 *   <li>{@link #markdownProse} and {@link #markdownCell}: Markdown paragraphs, headings and list
 *       items, and table cells;
 *   <li>{@link #mermaidLabel} and {@link #mermaidGanttText}: Mermaid flowchart labels and Gantt
 *       task names, where Mermaid's directives, comments, keywords and separators are taken out of
 *       play by its entity codes ({@code #35;});
 *   <li>{@link #dotString}: a quoted Graphviz DOT string;
 *   <li>{@link #terminal}: text for a terminal or a log, control characters shown, never obeyed;
 *   <li>{@link #json}: a JSON string, whose own escaping Jackson does;
 *   <li>{@link #csvCell}: a CSV cell, quoted when it must be and never taken for a formula.
 * </ul>
 *
 * <p>Every context also mends what is not Unicode: a lone surrogate, half of a character that no
 * UTF-8 file can hold, becomes the replacement character {@code U+FFFD} (the terminal shows it as
 * {@code \ud83d}), so an output can always be written.
 */
final class Escaping {

  private static final char REPLACEMENT = '\uFFFD';

  /**
   * The words a line of a Mermaid Gantt chart may start with to mean something other than a task,
   * lower case: Mermaid matches them in any case and as a prefix ({@code gantt} also takes {@code
   * Ganttastic}).
   */
  private static final List<String> GANTT_KEYWORDS =
      List.of(
          "gantt",
          "dateformat",
          "inclusiveenddates",
          "topaxis",
          "axisformat",
          "tickinterval",
          "includes",
          "excludes",
          "todaymarker",
          "weekday",
          "weekend",
          "title",
          "acctitle",
          "accdescr",
          "section",
          "click",
          "href",
          "call",
          "displaymode");

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
        default -> i = unicode(text, i, escaped);
      }
    }
    return escaped.toString();
  }

  /**
   * Escapes text for Markdown prose: a paragraph, a heading or a list item. Markup characters are
   * backslash-escaped, line breaks and control characters become spaces, and what would open a
   * block at the start (a list marker, a heading underline, an indented code block) is escaped too,
   * since a value may start a line.
   */
  static String markdownProse(String text) {
    String inline = markdownCell(text).stripLeading();
    int digits = 0;
    while (digits < inline.length() && digits < 9 && isAsciiDigit(inline.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < inline.length()
        && (inline.charAt(digits) == '.' || inline.charAt(digits) == ')')) {
      return inline.substring(0, digits) + '\\' + inline.substring(digits);
    }
    if (!inline.isEmpty() && "-+=".indexOf(inline.charAt(0)) >= 0) {
      return '\\' + inline;
    }
    return inline;
  }

  /**
   * Escapes text for a Markdown table cell or any other inline place: pipes, markup characters
   * ({@code \ ` * _ [ ] < > # ~ & $}) backslash-escaped, line breaks and control characters as
   * spaces.
   */
  static String markdownCell(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("|\\`*_[]<>#~&$".indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else if (isControl(c)) {
        escaped.append(' ');
      } else {
        i = unicode(text, i, escaped);
      }
    }
    return escaped.toString();
  }

  /**
   * Escapes text for a quoted Mermaid flowchart label ({@code ["..."]}): the quote, and the
   * characters that would make a directive or comment ({@code %}), an entity ({@code #}), HTML
   * ({@code < > &}) or Markdown ({@code `}) of it, as Mermaid entity codes; line breaks and control
   * characters as spaces.
   */
  static String mermaidLabel(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> escaped.append("#quot;");
        case '#', '%', '<', '>', '&', '`' -> entity(escaped, c);
        default -> {
          if (isControl(c)) {
            escaped.append(' ');
          } else {
            i = unicode(text, i, escaped);
          }
        }
      }
    }
    return escaped.toString();
  }

  /**
   * Escapes text for a Mermaid Gantt chart's task name or section: the separators {@code : ; #},
   * the comment and directive mark {@code %}, and the backquote (three of which would end the
   * Markdown block holding the chart) as entity codes; line breaks and control characters as
   * spaces; and a first letter that would make a keyword of the line ({@code section}, {@code
   * click}, {@code title}, ...) or a date ({@code 2027-03-31}), as an entity code too. Blanks at
   * either end go; an empty text becomes the given stand-in.
   */
  static String mermaidGanttText(String text, String empty) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ':', ';', '#', '%', '`', '<', '>', '&' -> entity(escaped, c);
        default -> {
          if (isControl(c)) {
            escaped.append(' ');
          } else {
            i = unicode(text, i, escaped);
          }
        }
      }
    }
    String stripped = escaped.toString().strip();
    if (stripped.isEmpty()) {
      return empty;
    }
    if (startsAKeyword(stripped)) {
      StringBuilder first = new StringBuilder();
      entity(first, stripped.charAt(0));
      return first + stripped.substring(1);
    }
    return stripped;
  }

  private static boolean startsAKeyword(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String keyword : GANTT_KEYWORDS) {
      if (lower.startsWith(keyword)) {
        return true;
      }
    }
    return startsADate(text);
  }

  /**
   * Tells whether a text starts like a day, {@code 2027-03-31}, which a Gantt line takes as one.
   */
  private static boolean startsADate(String text) {
    if (text.length() < 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      boolean dash = i == 4 || i == 7;
      if (dash ? text.charAt(i) != '-' : !isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Quotes text as a Graphviz DOT string: backslashes and quotes escaped (so {@code \N} and {@code
   * \l} stay text), each line break as DOT's {@code \n}, other control characters as spaces.
   */
  static String dotString(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '"' -> quoted.append("\\\"");
        case '\r' -> {
          quoted.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> quoted.append("\\n");
        default -> {
          if (isControl(c)) {
            quoted.append(' ');
          } else {
            i = unicode(text, i, quoted);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /**
   * Makes text from a strategy safe for a terminal or a log: every control character (escape, line
   * breaks, the C1 controls, bidirectional overrides) and every lone surrogate is shown as {@code
   * \u001b}, so a value can neither move the cursor, erase a line, set a window title nor reorder
   * what is shown; other characters are left as they are.
   */
  static String terminal(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (shown != null) {
          shown.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!isControl(c) && !isBidiControl(c) && !Character.isSurrogate(c)) {
        if (shown != null) {
          shown.append(c);
        }
        continue;
      }
      if (shown == null) {
        shown = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
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
    String mended = mended(text);
    String cell =
        !mended.isEmpty() && "=+-@\t\r".indexOf(mended.charAt(0)) >= 0 ? "'" + mended : mended;
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /** Mends text for a JSON string: Jackson escapes the rest, but writes a lone surrogate as is. */
  static String json(String text) {
    return mended(text);
  }

  /** Replaces every lone surrogate with the replacement character. */
  private static String mended(String text) {
    if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
      return text;
    }
    StringBuilder mended = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      i = unicode(text, i, mended);
    }
    return mended.toString();
  }

  /**
   * Appends the character at a position, or the replacement character for a lone surrogate, and
   * returns the position of the last character used (a surrogate pair takes two).
   */
  private static int unicode(String text, int at, StringBuilder out) {
    char c = text.charAt(at);
    if (!Character.isSurrogate(c)) {
      out.append(c);
      return at;
    }
    if (Character.isHighSurrogate(c)
        && at + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(at + 1))) {
      out.append(c).append(text.charAt(at + 1));
      return at + 1;
    }
    out.append(REPLACEMENT);
    return at;
  }

  /** Appends a Mermaid entity code: {@code #35;} for {@code #}. */
  private static void entity(StringBuilder out, char c) {
    out.append('#').append((int) c).append(';');
  }

  /** C0 and C1 controls, delete, and the Unicode line and paragraph separators. */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }

  /** The characters that reorder text shown right to left and left to right. */
  private static boolean isBidiControl(char c) {
    return c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
