package org.socialstrategy.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.StrategyPath;

/**
 * The state of reading one file: the problems found, the limits, and the tainted paths, the objects
 * that hold a placeholder for a missing or bad value.
 */
final class Decoding {

  /** Decimals are kept within this many places either side of the point. */
  static final int MAX_SCALE = 1000;

  private final Problems problems;
  private final ReadOptions options;
  private final Set<StrategyPath> tainted = new HashSet<>();

  Decoding(Problems problems, ReadOptions options) {
    this.problems = problems;
    this.options = options;
  }

  /** Returns where the problems go. */
  Problems problems() {
    return problems;
  }

  /** Records a problem at the start of a value. */
  void report(Node at, StrategyPath path, ProblemKind kind, String message, String hint) {
    problems.add(at, path, kind, message, hint);
  }

  /** Records a problem at a line and column. */
  void report(
      int line, int column, StrategyPath path, ProblemKind kind, String message, String hint) {
    problems.add(line, column, path, kind, message, hint);
  }

  /** Marks an object as holding a placeholder: violations inside it are not reported. */
  void taint(StrategyPath path) {
    tainted.add(path);
  }

  /** Tells whether the path lies inside a tainted object. */
  boolean isTainted(StrategyPath path) {
    if (tainted.isEmpty()) {
      return false;
    }
    List<StrategyPath.Segment> segments = path.segments();
    StrategyPath prefix = StrategyPath.ROOT;
    for (StrategyPath.Segment segment : segments) {
      if (tainted.contains(prefix)) {
        return true;
      }
      prefix = Locations.append(prefix, segment);
    }
    return tainted.contains(prefix);
  }

  /**
   * Reads a decimal exactly from the text written: a number token, or text holding a number.
   *
   * @param value the value
   * @param path where it is
   * @return the decimal, or null when the text is not a decimal (reported)
   */
  BigDecimal decimal(Node value, StrategyPath path) {
    String text = ((Node.Scalar) value).text();
    if (text.length() > options.maxNumberLength()) {
      report(
          value,
          path,
          ProblemKind.LIMIT,
          "a number longer than the limit of " + options.maxNumberLength() + " characters",
          null);
      return null;
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(text);
    } catch (NumberFormatException e) {
      report(
          value,
          path,
          ProblemKind.BAD_VALUE,
          "'" + FormatShapes.abbreviate(text) + "' is not a decimal number",
          decimalHint(text));
      return null;
    }
    if (Math.abs(decimal.scale()) > MAX_SCALE) {
      report(
          value,
          path,
          ProblemKind.BAD_VALUE,
          "the number " + text + " is out of range: its exponent is beyond " + MAX_SCALE,
          null);
      return null;
    }
    return decimal;
  }

  /** Returns the hint for a text that is not a decimal number. */
  static String decimalHint(String text) {
    return text.indexOf(',') >= 0
        ? "leave out thousands separators"
        : "write a number such as 1200 or 0.25";
  }

  /** Returns the constant an enum's file text names, or null. */
  static <E extends Enum<E>> E constant(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (FormatV1.value(constant).equals(text)) {
        return constant;
      }
    }
    return null;
  }

  /** Names an enum for messages: {@code MetricKind} is "metric kind". */
  static String words(Class<?> type) {
    return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }

  /** Suggests the constant meant by a misspelt text, or lists the constants. */
  static String suggest(Class<? extends Enum<?>> type, String text) {
    List<String> values = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      values.add(FormatV1.value(constant));
    }
    String normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    Optional<String> near =
        values.contains(normalized)
            ? Optional.of(normalized)
            : NearestMatch.among(normalized, values);
    return near.map(Decoding::didYouMean).orElse("one of: " + String.join(", ", values));
  }

  /** Returns the hint for a near match. */
  static String didYouMean(String match) {
    return "did you mean '" + match + "'?";
  }
}
