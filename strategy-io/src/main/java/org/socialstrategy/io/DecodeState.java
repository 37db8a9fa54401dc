package org.socialstrategy.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.GuidelineId;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.PlatformId;
import org.socialstrategy.model.StakeholderId;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.TacticId;

/**
 * The state of reading one file: the problems found, the limits, and the tainted paths, the objects
 * that hold a placeholder for a missing or bad value.
 */
final class DecodeState {

  private final ProblemCollector problems;
  private final ReadOptions options;
  private final Set<StrategyPath> tainted = new HashSet<>();

  /** The goal id of each text, one instance per text: see {@link Shared}. */
  final Shared<GoalId> goals = new Shared<>(GoalId::of);

  /** The metric id of each text. */
  final Shared<MetricId> metrics = new Shared<>(MetricId::of);

  /** The tactic id of each text. */
  final Shared<TacticId> tactics = new Shared<>(TacticId::of);

  /** The stakeholder id of each text. */
  final Shared<StakeholderId> stakeholders = new Shared<>(StakeholderId::of);

  /** The initiative id of each text. */
  final Shared<InitiativeId> initiatives = new Shared<>(InitiativeId::of);

  /** The platform id of each text. */
  final Shared<PlatformId> platforms = new Shared<>(PlatformId::of);

  /** The guideline id of each text. */
  final Shared<GuidelineId> guidelines = new Shared<>(GuidelineId::of);

  /** The unweighted support of the goal each text names. */
  final Shared<GoalSupport> supports = new Shared<>(text -> GoalSupport.of(goals.apply(text)));

  /** The channel of each text. */
  final Shared<Channel> channels = new Shared<>(Channel::of);

  /** The business function of each text. */
  final Shared<BusinessFunction> functions = new Shared<>(BusinessFunction::of);

  /** The customer value of each text. */
  final Shared<CustomerValue> customerValues = new Shared<>(CustomerValue::of);

  /** The organization value of each text. */
  final Shared<OrganizationValue> organizationValues = new Shared<>(OrganizationValue::of);

  /** The day each text names, or null for a text that is not a day. */
  final Shared<LocalDate> days = new Shared<>(FormatV1Periods::day);

  /** The days each period text covers, or null for a text that is not a period. */
  final Shared<DateRange> periods = new Shared<>(FormatV1Periods::parse);

  private final Map<String, BigDecimal> decimals = new HashMap<>();
  private final Map<DateRange, DateRange> ranges = new HashMap<>();

  /** The range made last: files tend to give many elements the same window. */
  private DateRange lastRange;

  /**
   * One value per distinct text of a file: an id, a catalog value, a day. Files repeat these texts
   * (every reference repeats an id), so the strategy shares each value: its own lookups by id find
   * the very instance they look for, catalog values and days are parsed once, and a loaded strategy
   * takes less memory.
   *
   * @param <T> the values
   */
  static final class Shared<T> implements Function<String, T> {
    private final Map<String, T> values = new HashMap<>();
    private final Function<String, T> of;

    /**
     * Makes the values of a conversion.
     *
     * @param of makes the value of a text, or null for a text that has none (not kept)
     */
    Shared(Function<String, T> of) {
      this.of = of;
    }

    @Override
    public T apply(String text) {
      T value = values.get(text);
      if (value == null) {
        value = of.apply(text);
        if (value != null) {
          values.put(text, value);
        }
      }
      return value;
    }
  }

  DecodeState(ProblemCollector problems, ReadOptions options) {
    this.problems = problems;
    this.options = options;
  }

  /** Returns where the problems go. */
  ProblemCollector problems() {
    return problems;
  }

  /** Records a problem at the start of a value. */
  void report(TreeNode at, StrategyPath path, ProblemKind kind, String message, String hint) {
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
      prefix = TreeLocator.append(prefix, segment);
    }
    return tainted.contains(prefix);
  }

  /**
   * Reads a decimal exactly from the text written: a number token, or text holding a number.
   *
   * @param value the value
   * @param at where it is, or the object holding it
   * @param field the field holding it at that place, or null when the place is the value's own
   * @return the decimal, or null when the text is not a decimal (reported)
   */
  BigDecimal decimal(TreeNode value, TreePath at, String field) {
    String text = ((TreeNode.Scalar) value).text();
    if (text.length() > options.maxNumberLength()) {
      report(
          value,
          at.path(field),
          ProblemKind.LIMIT,
          "a number longer than the limit of " + options.maxNumberLength() + " characters",
          null);
      return null;
    }
    BigDecimal decimal = decimals.get(text);
    if (decimal != null) {
      return decimal;
    }
    decimal = FormatV1Values.parseDecimal(text);
    if (decimal == null) {
      report(
          value,
          at.path(field),
          ProblemKind.BAD_VALUE,
          "'" + FormatV1Shapes.abbreviate(text) + "' is not a decimal number",
          decimalHint(text));
      return null;
    }
    if (Math.abs((long) decimal.scale()) > FormatV1Values.MAX_SCALE) {
      report(
          value,
          at.path(field),
          ProblemKind.BAD_VALUE,
          "the number "
              + text
              + " is out of range: its exponent is beyond "
              + FormatV1Values.MAX_SCALE,
          null);
      return null;
    }
    decimals.put(text, decimal);
    return decimal;
  }

  /**
   * Returns the range of two days, the same instance for the same days.
   *
   * @param start the first day
   * @param end the last day
   * @return the range
   */
  DateRange range(LocalDate start, LocalDate end) {
    if (lastRange != null && lastRange.start().equals(start) && lastRange.end().equals(end)) {
      return lastRange;
    }
    DateRange range = DateRange.of(start, end);
    DateRange known = ranges.putIfAbsent(range, range);
    lastRange = known != null ? known : range;
    return lastRange;
  }

  /** Returns the hint for a text that is not a decimal number. */
  static String decimalHint(String text) {
    if (FormatV1Values.hasOtherDigits(text)) {
      return "write the digits 0 to 9";
    }
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
    return near.map(DecodeState::didYouMean).orElse("one of: " + String.join(", ", values));
  }

  /** Returns the hint for a near match. */
  static String didYouMean(String match) {
    return "did you mean '" + match + "'?";
  }
}
