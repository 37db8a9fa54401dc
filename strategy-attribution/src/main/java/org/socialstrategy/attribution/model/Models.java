package org.socialstrategy.attribution.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names and reads attribution models: {@link #parse(String)} reads what a model's {@code
 * toString()} prints, such as {@code markov(order=3)} or {@code position-based(first=0.3,
 * last=0.5)}, with any parameter left out taking its default.
 *
 * <table>
 *   <caption>Models and their parameters</caption>
 *   <tr><th>name</th><th>parameters (default)</th></tr>
 *   <tr><td>first-touch, last-touch, linear</td><td>none</td></tr>
 *   <tr><td>last-non-direct</td><td>direct ({@code direct|(direct) / (none)})</td></tr>
 *   <tr><td>position-based</td><td>first (0.4), last (0.4)</td></tr>
 *   <tr><td>time-decay</td><td>half-life (7d; {@code 12h}, {@code 30m} or ISO-8601 such as
 *       {@code PT36H})</td></tr>
 *   <tr><td>markov</td><td>order (1), states (sliding|history), repeats (keep|collapse), value
 *       (removal|conversions), horizon (unbounded|observed|a number of states)</td></tr>
 *   <tr><td>shapley</td><td>function (journeys|rate), exact-up-to (20), samples (2000), seed
 *       (42), confidence (0.95)</td></tr>
 * </table>
 */
public final class Models {

  /** The names of all models. */
  public static final List<String> NAMES =
      List.of(
          "first-touch",
          "last-touch",
          "last-non-direct",
          "linear",
          "position-based",
          "time-decay",
          "markov",
          "shapley");

  private Models() {}

  /**
   * Returns every model with its default parameters, in the order of {@link #NAMES}.
   *
   * @return the models
   */
  public static List<AttributionModel> defaults() {
    return NAMES.stream().map(Models::parse).toList();
  }

  /**
   * Reads a model from its name and parameters.
   *
   * @param spec the name, optionally followed by {@code (name=value, ...)}
   * @return the model
   * @throws IllegalArgumentException if the name or a parameter is unknown or out of range
   */
  public static AttributionModel parse(String spec) {
    String text = spec.strip();
    int open = text.indexOf('(');
    String name = (open < 0 ? text : text.substring(0, open)).strip().toLowerCase(Locale.ROOT);
    Map<String, String> parameters = new LinkedHashMap<>();
    if (open >= 0) {
      if (!text.endsWith(")")) {
        throw new IllegalArgumentException("model '" + spec + "' lacks its closing parenthesis");
      }
      String inside = text.substring(open + 1, text.length() - 1).strip();
      for (String pair : inside.isEmpty() ? new String[0] : inside.split(",")) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
          throw new IllegalArgumentException(
              "model parameter '" + pair.strip() + "' is not name=value");
        }
        parameters.put(
            pair.substring(0, equals).strip().toLowerCase(Locale.ROOT),
            pair.substring(equals + 1).strip());
      }
    }
    return switch (name) {
      case "first-touch" -> none(name, parameters, FirstTouch.model());
      case "last-touch" -> none(name, parameters, LastTouch.model());
      case "linear" -> none(name, parameters, Linear.model());
      case "last-non-direct" -> lastNonDirect(parameters);
      case "position-based" -> positionBased(parameters);
      case "time-decay" -> timeDecay(parameters);
      case "markov" -> markov(parameters);
      case "shapley" -> shapley(parameters);
      default ->
          throw new IllegalArgumentException(
              "unknown attribution model '"
                  + name
                  + "'; the models are "
                  + String.join(", ", NAMES));
    };
  }

  private static AttributionModel none(
      String name, Map<String, String> parameters, AttributionModel model) {
    known(name, parameters, Set.of());
    return model;
  }

  private static void known(String model, Map<String, String> parameters, Set<String> names) {
    for (String parameter : parameters.keySet()) {
      if (!names.contains(parameter)) {
        throw new IllegalArgumentException(
            "unknown parameter '"
                + parameter
                + "' of model "
                + model
                + (names.isEmpty()
                    ? ", which has none"
                    : "; it has " + String.join(", ", names.stream().sorted().toList())));
      }
    }
  }

  private static AttributionModel lastNonDirect(Map<String, String> parameters) {
    known("last-non-direct", parameters, Set.of("direct"));
    String direct = parameters.get("direct");
    return direct == null
        ? LastNonDirectTouch.defaults()
        : LastNonDirectTouch.of(Set.of(direct.split("\\|")));
  }

  private static AttributionModel positionBased(Map<String, String> parameters) {
    known("position-based", parameters, Set.of("first", "last"));
    return PositionBased.of(
        number("position-based", "first", parameters.getOrDefault("first", "0.4")),
        number("position-based", "last", parameters.getOrDefault("last", "0.4")));
  }

  private static AttributionModel timeDecay(Map<String, String> parameters) {
    known("time-decay", parameters, Set.of("half-life"));
    String halfLife = parameters.get("half-life");
    return halfLife == null ? TimeDecay.defaults() : TimeDecay.of(parseDuration(halfLife));
  }

  private static AttributionModel markov(Map<String, String> parameters) {
    known("markov", parameters, Set.of("order", "states", "repeats", "value", "horizon"));
    Markov.Builder builder = Markov.builder();
    if (parameters.containsKey("order")) {
      builder.order(integer("markov", "order", parameters.get("order")));
    }
    if (parameters.containsKey("states")) {
      builder.states(choice("markov", "states", parameters.get("states"), Markov.States.class));
    }
    if (parameters.containsKey("repeats")) {
      builder.repeats(choice("markov", "repeats", parameters.get("repeats"), Markov.Repeats.class));
    }
    if (parameters.containsKey("value")) {
      builder.valueSharing(
          choice("markov", "value", parameters.get("value"), Markov.ValueSharing.class));
    }
    String horizon = parameters.getOrDefault("horizon", "unbounded").toLowerCase(Locale.ROOT);
    if (horizon.equals("observed")) {
      builder.observedHorizon();
    } else if (!horizon.equals("unbounded")) {
      builder.horizon(integer("markov", "horizon", horizon));
    }
    return builder.build();
  }

  private static AttributionModel shapley(Map<String, String> parameters) {
    known(
        "shapley", parameters, Set.of("function", "exact-up-to", "samples", "seed", "confidence"));
    Shapley.Function function =
        choice(
            "shapley",
            "function",
            parameters.getOrDefault("function", "journeys"),
            Shapley.Function.class);
    if (function == Shapley.Function.JOURNEYS) {
      known("shapley", parameters, Set.of("function"));
      return Shapley.defaults();
    }
    return Shapley.rate(
        integer("shapley", "exact-up-to", parameters.getOrDefault("exact-up-to", "20")),
        integer("shapley", "samples", parameters.getOrDefault("samples", "2000")),
        Long.parseLong(parameters.getOrDefault("seed", "42").strip()),
        number("shapley", "confidence", parameters.getOrDefault("confidence", "0.95")));
  }

  private static double number(String model, String parameter, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          model + " parameter " + parameter + " must be a number: '" + text + "'");
    }
  }

  private static int integer(String model, String parameter, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          model + " parameter " + parameter + " must be a whole number: '" + text + "'");
    }
  }

  private static <E extends Enum<E>> E choice(
      String model, String parameter, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names =
          java.util.Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .toList();
      throw new IllegalArgumentException(
          model
              + " parameter "
              + parameter
              + " must be one of "
              + String.join(", ", names)
              + ": '"
              + text
              + "'");
    }
  }

  /**
   * Reads a duration: {@code 7d}, {@code 12h}, {@code 30m}, {@code 45s}, or ISO-8601 such as {@code
   * PT36H}.
   *
   * @param text the duration's text
   * @return the duration
   * @throws IllegalArgumentException if the text is not a duration
   */
  public static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.length() > 1 && Character.isDigit(t.charAt(0))) {
        long amount = Long.parseLong(t.substring(0, t.length() - 1));
        switch (t.charAt(t.length() - 1)) {
          case 'd':
            return Duration.ofDays(amount);
          case 'h':
            return Duration.ofHours(amount);
          case 'm':
            return Duration.ofMinutes(amount);
          case 's':
            return Duration.ofSeconds(amount);
          default:
            break;
        }
      }
      return Duration.parse(text.strip());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write 7d, 12h, 30m or ISO-8601 such as PT36H");
    }
  }

  /**
   * Prints a duration the way {@link #parseDuration(String)} reads it: in the largest whole unit.
   *
   * @param duration the duration
   * @return its text, such as {@code 7d}
   */
  public static String formatDuration(Duration duration) {
    long seconds = duration.getSeconds();
    if (duration.getNano() != 0) {
      return duration.toString();
    }
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
