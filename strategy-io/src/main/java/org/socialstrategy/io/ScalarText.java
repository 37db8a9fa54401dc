package org.socialstrategy.io;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.socialstrategy.model.DateRange;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes scalars for the editor: a new value in the style the file gave the old one where that
 * style can hold it (plain, single or double quotes, a block, a number written as text or as a
 * number, a period shorthand such as {@code 2027-Q2}), and new values in the file's notation. What
 * is written reads back as the value meant: plain text only where YAML would read it as text.
 */
final class ScalarText {

  /** A number as JSON writes one, which YAML's JSON schema reads as a number too. */
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** Text some YAML reader could take for a number, a date-time part or a special float. */
  private static final Pattern NUMBER_LIKE =
      Pattern.compile(
          "[-+]?(\\.[0-9_]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
              + "|[-+]?0[xXoObB][0-9a-fA-F_]+"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
              + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

  /** Words some YAML reader takes for null or a boolean. */
  private static final Pattern SPECIAL_WORD =
      Pattern.compile("(?i)null|~|true|false|yes|no|on|off|y|n", Pattern.CASE_INSENSITIVE);

  private ScalarText() {}

  /** How a YAML scalar is written in a file. */
  enum Style {
    PLAIN,
    SINGLE,
    DOUBLE,
    BLOCK
  }

  /** How fine a period shorthand is. */
  private enum Grain {
    YEAR,
    QUARTER,
    MONTH
  }

  /**
   * Returns the style of a YAML scalar from its first character.
   *
   * @param text the document
   * @param start where the scalar starts
   * @return the style
   */
  static Style style(String text, int start) {
    if (start >= text.length()) {
      return Style.PLAIN;
    }
    return switch (text.charAt(start)) {
      case '"' -> Style.DOUBLE;
      case '\'' -> Style.SINGLE;
      case '|', '>' -> Style.BLOCK;
      default -> Style.PLAIN;
    };
  }

  /**
   * Works out what to write for a changed scalar: its text, and whether it is written bare (a
   * number, a boolean, null) or as text. The old value's form in the file wins where it can hold
   * the new value: a number the file writes as text stays text, a decimal the file writes as a
   * number stays a number, a period shorthand stays a shorthand of the same grain.
   *
   * @param written the scalar as the file has it
   * @param before the canonical value it was read as, or null when unknown
   * @param after the canonical new value
   * @return the value to write
   */
  static TreeNode.Scalar inFileForm(
      TreeNode.Scalar written, TreeNode.Scalar before, TreeNode.Scalar after) {
    String text = after.text();
    TreeNode.Type type = after.type();
    if (before != null
        && before.type() == TreeNode.Type.TEXT
        && type == TreeNode.Type.TEXT
        && !written.text().equals(before.text())) {
      String shorthand = shorthand(written.text(), before.text(), text);
      if (shorthand != null) {
        boolean bareYear = written.type() == TreeNode.Type.WHOLE && shorthand.length() == 4;
        return new TreeNode.Scalar(
            bareYear ? TreeNode.Type.WHOLE : TreeNode.Type.TEXT, shorthand, 1, 1);
      }
    }
    boolean number = type == TreeNode.Type.WHOLE || type == TreeNode.Type.FRACTION;
    boolean writtenNumber =
        written.type() == TreeNode.Type.WHOLE || written.type() == TreeNode.Type.FRACTION;
    if (before != null) {
      boolean beforeNumber =
          before.type() == TreeNode.Type.WHOLE || before.type() == TreeNode.Type.FRACTION;
      if (number && beforeNumber && written.type() == TreeNode.Type.TEXT) {
        return new TreeNode.Scalar(TreeNode.Type.TEXT, text, 1, 1);
      }
      if (type == TreeNode.Type.TEXT
          && before.type() == TreeNode.Type.TEXT
          && writtenNumber
          && JSON_NUMBER.matcher(text).matches()) {
        return new TreeNode.Scalar(
            text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0
                ? TreeNode.Type.WHOLE
                : TreeNode.Type.FRACTION,
            text,
            1,
            1);
      }
    }
    return after;
  }

  /**
   * Returns the new day as a shorthand of the grain the file used for the old one, when the file
   * wrote a shorthand (a year, quarter or month standing for its first or last day) and the new day
   * is such a first or last day too.
   */
  private static String shorthand(String written, String beforeDay, String afterDay) {
    LocalDate before = FormatV1Periods.day(beforeDay);
    LocalDate after = FormatV1Periods.day(afterDay);
    DateRange period = FormatV1Periods.parse(written);
    if (before == null || after == null || period == null || period.start().equals(period.end())) {
      return null;
    }
    boolean start = period.start().equals(before);
    if (!start && !period.end().equals(before)) {
      return null;
    }
    Grain grain =
        written.length() == 4 ? Grain.YEAR : written.indexOf('Q') > 0 ? Grain.QUARTER : Grain.MONTH;
    if (after.getYear() < 0 || after.getYear() > 9999) {
      return null;
    }
    String year = String.format(Locale.ROOT, "%04d", after.getYear());
    int month = after.getMonthValue();
    boolean monthBoundary =
        start ? after.getDayOfMonth() == 1 : after.getDayOfMonth() == after.lengthOfMonth();
    if (!monthBoundary) {
      return null;
    }
    return switch (grain) {
      case YEAR -> (start ? month == 1 : month == 12) ? year : null;
      case QUARTER ->
          (start ? month % 3 == 1 : month % 3 == 0) ? year + "-Q" + ((month + 2) / 3) : null;
      default -> year + "-" + String.format(Locale.ROOT, "%02d", month);
    };
  }

  /**
   * Writes a scalar in YAML, in a style: a bare number, boolean or null as it is; text plain when
   * plain text reads back as the same text, else in the style asked for when it can hold the text,
   * else in double quotes.
   *
   * @param value the value
   * @param style the style the file used, {@link Style#PLAIN} for new values
   * @param flow whether the scalar is inside brackets, where commas and brackets end plain text
   * @param blockIndent the indentation of a block scalar's lines
   * @param newline the file's line break
   * @return the text to write
   */
  static String yaml(
      TreeNode.Scalar value, Style style, boolean flow, int blockIndent, String newline) {
    if (value.type() != TreeNode.Type.TEXT) {
      return value.type() == TreeNode.Type.NULL ? "null" : value.text();
    }
    String text = value.text();
    return switch (style) {
      case SINGLE -> singleQuotable(text) ? single(text) : doubleQuoted(text);
      case DOUBLE -> doubleQuoted(text);
      case BLOCK -> blockable(text) ? block(text, blockIndent, newline) : doubleQuoted(text);
      default -> plain(text, flow) ? text : doubleQuoted(text);
    };
  }

  /**
   * Writes a key of a YAML object: plain when that reads back as the same key, else in double
   * quotes. Keys are always read as text, so a year needs no quotes.
   *
   * @param key the key
   * @param flow whether the object is in brackets
   * @return the text to write
   */
  static String yamlKey(String key, boolean flow) {
    return plainShape(key, flow) ? key : doubleQuoted(key);
  }

  /** Tells whether plain text reads back as the same text, in YAML's JSON schema and others'. */
  static boolean plain(String text, boolean flow) {
    return plainShape(text, flow)
        && !NUMBER_LIKE.matcher(text).matches()
        && !SPECIAL_WORD.matcher(text).matches();
  }

  private static boolean plainShape(String text, boolean flow) {
    if (text.isEmpty()
        || text.startsWith("...")
        || Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0
        || text.contains(": ")
        || text.contains(" #")
        || text.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || special(c) || (flow && ",[]{}".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** Control characters, and the characters YAML reads as line breaks or marks. */
  private static boolean special(char c) {
    return c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
  }

  private static boolean singleQuotable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || special(c)) {
        return false;
      }
    }
    return true;
  }

  private static String single(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A literal block holds text of plain lines that ends in at most one line break. */
  private static boolean blockable(String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    if (body.isEmpty() || body.endsWith("\n") || Character.isWhitespace(body.charAt(0))) {
      return false;
    }
    for (String line : body.split("\n", -1)) {
      if (line.isEmpty() || Character.isWhitespace(line.charAt(line.length() - 1))) {
        return false;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c < 0x20 || special(c)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String block(String text, int indent, String newline) {
    boolean clip = text.endsWith("\n");
    String body = clip ? text.substring(0, text.length() - 1) : text;
    StringBuilder out = new StringBuilder(clip ? "|" : "|-");
    for (String line : body.split("\n", -1)) {
      out.append(newline).append(" ".repeat(indent)).append(line);
    }
    return out.toString();
  }

  /** Writes text in YAML double quotes, escaping what YAML needs escaped there. */
  static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\u0085' -> out.append("\\N");
        case '\u2028' -> out.append("\\L");
        case '\u2029' -> out.append("\\P");
        default -> {
          if (c < 0x20 || special(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Writes a scalar in JSON: text in double quotes, escaped as Jackson escapes it; numbers,
   * booleans and null bare.
   *
   * @param value the value
   * @return the text to write
   */
  static String json(TreeNode.Scalar value) {
    return switch (value.type()) {
      case TEXT -> jsonString(value.text());
      case NULL -> "null";
      default -> value.text();
    };
  }

  /**
   * Writes text as a JSON string, escaped by Jackson's own encoder, as the file writer escapes it.
   */
  static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, out);
    return out.append('"').toString();
  }
}
