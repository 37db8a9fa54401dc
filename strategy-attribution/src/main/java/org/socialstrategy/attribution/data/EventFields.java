package org.socialstrategy.attribution.data;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.socialstrategy.io.ProblemKind;

/**
 * The rules by which one event is read from the cells of a row, as {@link EventCsv} reads them: the
 * columns and their names, and how each cell's text becomes a journey id, a timestamp, a touchpoint
 * key, a kind of event and a value. A distributed job that reads the same columns with its own
 * reader applies them to each row and gets the events {@code EventCsv} would.
 *
 * <p>Each method returns what the cell holds or throws an {@link IllegalArgumentException} whose
 * message is the problem {@code EventCsv} reports for the cell, with its hint in parentheses.
 */
public final class EventFields {

  /** The columns of event-level input, each with the names it goes by. */
  public enum Column {
    /** The journey's or customer's id; required. */
    JOURNEY("journey_id", "journey", "customer_id", "customer", "user_id", "user", "client_id"),
    /** When the event happened; required. */
    TIME("timestamp", "time", "event_time", "datetime", "date"),
    /** A plain channel name; wins over source, medium and campaign. */
    CHANNEL("channel", "touchpoint", "key"),
    /** The source of a source/medium/campaign key. */
    SOURCE("source", "utm_source"),
    /** The medium of a source/medium/campaign key. */
    MEDIUM("medium", "utm_medium"),
    /** The campaign of a source/medium/campaign key. */
    CAMPAIGN("campaign", "utm_campaign"),
    /** Whether the row is a conversion: true or false, 1 or 0, yes or no. */
    CONVERSION("conversion", "converted", "is_conversion"),
    /** The kind of event: touch or conversion. */
    EVENT_TYPE("event_type", "type", "event"),
    /** A conversion's value. */
    VALUE("value", "conversion_value", "revenue");

    private final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }

    /**
     * Returns the names the column goes by, the usual one first.
     *
     * @return the names, in lower case with underscores
     */
    public List<String> names() {
      return names;
    }

    /**
     * Returns the column a header names.
     *
     * @param header a column's name, compared as {@link #normalize(String)} leaves it
     * @return the column, if the name is one of a column's names
     */
    public static Optional<Column> of(String header) {
      String name = normalize(header);
      for (Column column : values()) {
        if (column.names.contains(name)) {
          return Optional.of(column);
        }
      }
      return Optional.empty();
    }

    /**
     * Returns a header as it is compared: without a byte order mark and white space around it, in
     * lower case, spaces and hyphens read as underscores.
     *
     * @param header the header's text
     * @return the name to compare
     */
    public static String normalize(String header) {
      return CsvHeader.normalize(header);
    }
  }

  static final String MISSING_JOURNEY = "missing journey id";
  static final String MISSING_TOUCHPOINT =
      "missing touchpoint: a touch names its channel, or its source and medium";
  static final String FLAG_HINT = "expected true or false, 1 or 0, yes or no";
  static final String TYPE_HINT = "expected touch or conversion";
  static final String BAD_KEY_HINT = "replace them in the export";
  static final String VALUE_HINT =
      "write values like 80.00, with a dot for decimals and no thousands separator";
  static final String TOUCH_VALUE_HINT = "conversion values go on conversion rows";

  /** Receives the problem of a cell. */
  interface Problem {
    void report(ProblemKind kind, String message, String hint);
  }

  private static final Problem THROW =
      (kind, message, hint) -> {
        throw new IllegalArgumentException(message + (hint == null ? "" : " (" + hint + ")"));
      };

  private EventFields() {}

  /**
   * Reads a journey id: the cell without white space around it.
   *
   * @param cell the cell's text; null for none
   * @return the id
   * @throws IllegalArgumentException if the cell is empty
   */
  public static String journey(String cell) {
    String id = journeyOrEmpty(cell == null ? "" : cell);
    if (id.isEmpty()) {
      THROW.report(ProblemKind.MISSING_FIELD, MISSING_JOURNEY, null);
    }
    return id;
  }

  /** Returns the journey id of a cell, empty for none. */
  static String journeyOrEmpty(String cell) {
    if (!cell.isEmpty() && (cell.charAt(0) <= ' ' || cell.charAt(cell.length() - 1) <= ' ')) {
      return cell.strip();
    }
    return cell;
  }

  /**
   * Reads a timestamp: an ISO instant or offset date-time, a local date-time (read in the zone) or
   * a date (its start of day in the zone), kept to the millisecond.
   *
   * @param cell the cell's text; null for none
   * @param zone the zone of timestamps without an offset
   * @return the instant, in milliseconds since 1970-01-01T00:00:00Z
   * @throws IllegalArgumentException if the cell is blank or not a timestamp
   */
  public static long timestamp(String cell, ZoneId zone) {
    String text = cell == null ? "" : cell;
    long millis = Timestamps.parse(text, zone);
    if (millis == Timestamps.INVALID) {
      notATimestamp(text, THROW);
    }
    return millis;
  }

  static void notATimestamp(String cell, Problem problem) {
    problem.report(
        cell.isBlank() ? ProblemKind.MISSING_FIELD : ProblemKind.BAD_VALUE,
        cell.isBlank()
            ? "missing timestamp"
            : "'" + EventCsv.abbreviate(cell.strip()) + "' is not a timestamp",
        Timestamps.EXPECTED);
  }

  /**
   * Reads the kind of an event from its conversion flag or, when that is blank or missing, its
   * event type; a row with neither is a touch.
   *
   * @param flag the conversion column's cell; null without that column
   * @param type the event type column's cell; null without that column
   * @return true for a conversion
   * @throws IllegalArgumentException if the flag is not a flag, or the type not a type
   */
  public static boolean isConversion(String flag, String type) {
    return kind(flag, type, THROW, THROW) == 1;
  }

  /**
   * Returns 0 for a touch, 1 for a conversion, -1 after reporting a problem.
   *
   * @param flag the conversion column's cell, null without the column
   * @param type the event type column's cell, null without the column
   */
  static int kind(String flag, String type, Problem flagProblem, Problem typeProblem) {
    if (flag != null && !flag.isBlank()) {
      String text = flag.strip();
      if (is(text, "true", "1", "yes", "y")) {
        return 1;
      }
      if (is(text, "false", "0", "no", "n")) {
        return 0;
      }
      flagProblem.report(
          ProblemKind.BAD_VALUE,
          "'" + EventCsv.abbreviate(text) + "' is not a conversion flag",
          FLAG_HINT);
      return -1;
    }
    if (type != null) {
      String text = type.strip();
      if (is(text, "touch", "touchpoint")) {
        return 0;
      }
      if (is(text, "conversion")) {
        return 1;
      }
      typeProblem.report(
          text.isEmpty() ? ProblemKind.MISSING_FIELD : ProblemKind.BAD_VALUE,
          text.isEmpty()
              ? "missing event type"
              : "'" + EventCsv.abbreviate(text) + "' is not an event type",
          TYPE_HINT);
      return -1;
    }
    return 0;
  }

  private static boolean is(String text, String... words) {
    for (String word : words) {
      if (word.equals(text)) {
        return true;
      }
    }
    for (String word : words) {
      if (word.equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a touchpoint key: the channel when its cell is not blank, else the source, medium and
   * campaign (a blank part or {@code (not set)} is missing).
   *
   * @param channel the channel column's cell; null without that column
   * @param source the source column's cell; null without that column
   * @param medium the medium column's cell; null without that column
   * @param campaign the campaign column's cell; null without that column
   * @return the key's canonical text; empty when the row names no touchpoint
   * @throws IllegalArgumentException if the key holds {@code >} or {@code " / "}
   */
  public static Optional<String> key(
      String channel, String source, String medium, String campaign) {
    String text;
    if (channel != null && !channel.isBlank()) {
      text = channel;
      if (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ') {
        text = text.strip();
      }
    } else {
      String s = part(source);
      String m = part(medium);
      String c = part(campaign);
      if (s.isEmpty() && m.isEmpty() && c.isEmpty()) {
        return Optional.empty();
      }
      text =
          (s.isEmpty() ? TouchpointKey.NOT_SET : s)
              + TouchpointKey.PART_SEPARATOR
              + (m.isEmpty() ? TouchpointKey.NOT_SET : m)
              + (c.isEmpty() ? "" : TouchpointKey.PART_SEPARATOR + c);
    }
    if (!isKey(text)) {
      badKey(text, THROW);
    }
    return Optional.of(text);
  }

  /**
   * Checks that a touch names its touchpoint; a conversion need not.
   *
   * @param conversion whether the row is a conversion
   * @param key the row's key, as {@link #key(String, String, String, String)} read it
   * @throws IllegalArgumentException if the row is a touch without a key
   */
  public static void requireTouchpoint(boolean conversion, Optional<String> key) {
    if (!conversion && key.isEmpty()) {
      THROW.report(ProblemKind.MISSING_FIELD, MISSING_TOUCHPOINT, null);
    }
  }

  private static String part(String cell) {
    if (cell == null || cell.isBlank()) {
      return "";
    }
    String text = cell.strip();
    return text.equals(TouchpointKey.NOT_SET) ? "" : text;
  }

  /** Tells whether a key text built from cells is a key's canonical text. */
  static boolean isKey(String text) {
    try {
      return TouchpointKey.parse(text).text().equals(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static void badKey(String text, Problem problem) {
    problem.report(
        ProblemKind.BAD_VALUE,
        "touchpoint '"
            + EventCsv.abbreviate(text)
            + "' holds '>' or ' / ', which separate path steps and key parts",
        BAD_KEY_HINT);
  }

  /**
   * Reads a value: a decimal of zero or more on a conversion; blank, or zero, on a touch.
   *
   * @param cell the value column's cell; null without that column
   * @param conversion whether the row is a conversion
   * @param maxNumberLength the longest number, in characters ({@link
   *     InputLimits#maxNumberLength()})
   * @return the value; empty when blank or zero
   * @throws IllegalArgumentException if the cell is not a decimal, is negative, is too long, or is
   *     a value other than zero on a touch
   */
  public static Optional<BigDecimal> value(String cell, boolean conversion, int maxNumberLength) {
    return Optional.ofNullable(value(cell, conversion, maxNumberLength, THROW));
  }

  /** Returns the value, or null when blank, zero or after reporting a problem. */
  static BigDecimal value(String cell, boolean conversion, int maxNumberLength, Problem problem) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String text = cell.strip();
    BigDecimal amount = Numbers.decimal(text, maxNumberLength);
    if (amount == null) {
      if (text.length() > maxNumberLength) {
        problem.report(
            ProblemKind.LIMIT,
            "a number longer than the limit of " + maxNumberLength + " characters",
            null);
      } else {
        problem.report(
            ProblemKind.BAD_VALUE,
            "'" + EventCsv.abbreviate(text) + "' is not a decimal number",
            VALUE_HINT);
      }
      return null;
    }
    if (amount.signum() < 0) {
      problem.report(ProblemKind.BAD_VALUE, "conversion value must not be negative: " + text, null);
      return null;
    }
    if (!conversion) {
      if (amount.signum() != 0) {
        problem.report(ProblemKind.BAD_VALUE, "a touch has no value: " + text, TOUCH_VALUE_HINT);
      }
      return null;
    }
    return amount.signum() == 0 ? null : amount;
  }
}
