package org.socialstrategy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.socialstrategy.attribution.Attribution;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.ModelComparison;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.CsvLayout;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.InputLimits;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.PathTableCsv;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.AttributionModel;
import org.socialstrategy.attribution.model.Models;
import org.socialstrategy.attribution.model.PathModel;
import org.socialstrategy.attribution.model.TimeDecay;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.ProblemCollector;
import org.socialstrategy.io.ProblemKind;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.report.AttributionCsv;
import org.socialstrategy.report.AttributionJson;
import org.socialstrategy.report.AttributionText;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.TextStyle;
import org.socialstrategy.report.UnreadableFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sbs attribute}: conversions in customer journeys shared among their touchpoints, credited
 * to the tactics a strategy maps them to, and, on request, merged into the strategy as observations
 * of the tactics' outcome metric.
 */
@Command(
    name = "attribute",
    mixinStandardHelpOptions = true,
    description = {
      "Share each conversion in customer journeys among the touchpoints before it. With a"
          + " strategy, touchpoints are credited to the tactics its attribution rules map them to,"
          + " and touchpoints no rule maps are reported with their share of conversions; without"
          + " one, each touchpoint (channel, or source / medium / campaign) is credited.",
      "INPUT is an events CSV (journey, timestamp, channel or source/medium/campaign,"
          + " conversion, value) or a path table (path, conversions, value, nulls), told apart by"
          + " the header; - reads standard input.",
      "With --strategy and -o FILE.yaml|.yml|.json, the strategy is written to FILE with the"
          + " attributed conversions merged as observations of the tactics' outcome metric, per"
          + " period; observations from an earlier run over the same periods are replaced, and"
          + " comments of the original file are not kept. The report goes to standard output."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs attribute journeys.csv                    credit per touchpoint, Markov",
      "  sbs attribute journeys.csv --strategy retail.yaml --model last-touch",
      "  sbs attribute journeys.csv --strategy retail.yaml --compare",
      "  sbs attribute journeys.csv --strategy retail.yaml -o retail.yaml",
      "                                                credit merged into the strategy",
      "  sbs attribute paths.csv --model 'position-based(first=0.3, last=0.5)'",
      "  sbs attribute - --order 2 --lookback 14 --format json < journeys.csv",
      "",
      "Models: first-touch, last-touch, last-non-direct, linear, position-based, time-decay,"
          + " markov, shapley; parameters in parentheses, see docs/attribution.md."
    })
final class AttributeCommand implements Callable<Integer> {

  /** The name standard input is shown under. */
  private static final String STDIN = "<stdin>";

  /** The output formats. */
  enum Format {
    /** A page of text. */
    TEXT,
    /** One JSON document. */
    JSON,
    /** CSV, one credit per row. */
    CSV
  }

  /** The input layouts. */
  enum InputFormat {
    /** Event-level touchpoints and conversions. */
    EVENTS,
    /** An aggregated path table. */
    PATHS
  }

  @Parameters(
      paramLabel = "INPUT",
      description = "An events CSV or a path table CSV, or - for standard input.")
  String input;

  @Option(
      names = "--strategy",
      paramLabel = "FILE",
      description = "The strategy whose attribution rules map touchpoints to tactics.")
  String strategyFile;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description =
          "The model, with parameters if any, such as last-touch or markov(order=2)"
              + " (default: markov).")
  String model;

  @Option(
      names = "--order",
      paramLabel = "K",
      description = "The order of the Markov model, 1 to 4 (default: 1).")
  Integer order;

  @Option(
      names = "--compare",
      description =
          "Compare every model side by side against last touch: who gains and loses credit, and"
              + " how much goes to tactics that serve no goal.")
  boolean compare;

  @Option(
      names = "--lookback",
      paramLabel = "DAYS",
      description =
          "Touches more than DAYS before a conversion do not count towards it; none for no"
              + " window (default: 30). Events only.")
  String lookback;

  @Option(
      names = "--granularity",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description =
          "The periods credit is split into: whole, month, quarter or year (default:"
              + " ${DEFAULT-VALUE}). Events only.")
  PeriodGranularity granularity;

  @Option(
      names = "--time-zone",
      paramLabel = "ZONE",
      description =
          "The zone of timestamps without an offset and of period boundaries, such as"
              + " Europe/Berlin (default: UTC). Events only.")
  String timeZone;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "events or paths (default: told from the header: a path column means paths).")
  InputFormat inputFormat;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin OutputOption output;

  @Mixin QuietOption quiet;

  @Mixin ColorOption color;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    boolean mergeStrategy = writesStrategy();
    TextStyle style = output.output == null || mergeStrategy ? color.style() : TextStyle.PLAIN;
    if ("-".equals(input) && "-".equals(strategyFile)) {
      throw usage("standard input can hold the events or the strategy, not both");
    }
    Strategy strategy = null;
    if (strategyFile != null) {
      Optional<Strategy> read = readStrategy(style);
      if (read.isEmpty()) {
        return Sbs.INVALID;
      }
      strategy = read.get();
      if (strategy.attribution().isEmpty()) {
        throw new CommandFailure(
            name(strategyFile)
                + " has no touchpoint mapping: add an 'attribution' section that maps touchpoints"
                + " to tactics (see docs/format.md)");
      }
    }
    if (mergeStrategy && compare) {
      throw usage(
          "--compare shows models side by side; choose one with --model to write observations");
    }
    Attribution attribution =
        strategy == null ? Attribution.byKey() : Attribution.mapped(strategy.attribution().get());
    Object result;
    BufferedReader reader = null;
    try {
      reader = open();
      CsvLayout layout = layout(reader);
      if (layout == CsvLayout.PATH_TABLE) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--lookback")
            || spec.commandLine().getParseResult().hasMatchedOption("--granularity")
            || timeZone != null) {
          throw usage(
              "--lookback, --granularity and --time-zone apply to events; a path table has its"
                  + " paths cut already and no dates");
        }
        if (mergeStrategy) {
          throw new CommandFailure(
              "a path table has no dates, so its credit cannot become observations of periods:"
                  + " give events to write the strategy");
        }
        PathTable table = PathTableCsv.read(reader, name(input), InputLimits.defaults());
        result =
            compare
                ? attribution.compare(pathModels(), table)
                : attribution.attribute(pathModel(), table);
      } else {
        AttributionModel chosen = compare ? null : model();
        JourneyAggregate journeys = EventCsv.read(reader, name(input), options(chosen));
        result =
            compare
                ? attribution.compare(models(), journeys)
                : attribution.attribute(chosen, journeys);
      }
    } catch (StrategyFileException e) {
      return unreadable(UnreadableFile.of(name(input), e), style);
    } catch (CharacterCodingException e) {
      return unreadable(
          UnreadableFile.of(name(input), ProblemCollector.notUtf8(name(input))), style);
    } catch (IOException | UncheckedIOException e) {
      return unreadable(
          new UnreadableFile(
              name(input),
              List.of(
                  new FileProblem(
                      name(input),
                      1,
                      1,
                      "",
                      ProblemKind.UNREADABLE,
                      "cannot read the file: " + Inputs.reason(e),
                      Optional.empty())),
              0),
          style);
    } finally {
      if (reader != null && !"-".equals(input)) {
        closeQuietly(reader);
      }
    }
    String report = render(result, strategy, style);
    if (mergeStrategy) {
      merge(strategy, (AttributionResult) result, style);
      if (!quiet.quiet) {
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
      }
    } else {
      output.emit(report, spec);
    }
    return Sbs.OK;
  }

  /** Tells whether -o names the strategy to write rather than the report. */
  private boolean writesStrategy() {
    if (strategyFile == null || output.output == null) {
      return false;
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      return false;
    }
    String file = output.output.getFileName().toString().toLowerCase(Locale.ROOT);
    return file.endsWith(".yaml") || file.endsWith(".yml") || file.endsWith(".json");
  }

  private Optional<Strategy> readStrategy(TextStyle style) {
    if (!strategyFile.equals("-") && Files.isDirectory(Path.of(strategyFile))) {
      throw usage("--strategy takes one strategy file, not a folder: '" + strategyFile + "'");
    }
    Inputs.Resolved resolved = Inputs.resolve(List.of(strategyFile), false, null);
    Inputs.Input read = resolved.inputs().get(0);
    if (!read.readable()) {
      spec.commandLine().getErr().print(FindingsText.problems(read.unreadable(), style));
      spec.commandLine().getErr().flush();
      return Optional.empty();
    }
    return Optional.of(read.document().strategy());
  }

  private BufferedReader open() throws IOException {
    InputStream bytes = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
    return new BufferedReader(
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  /** Tells the layout from --input-format, or from the header, leaving the reader at its start. */
  private CsvLayout layout(BufferedReader reader) throws IOException {
    if (inputFormat != null) {
      return inputFormat == InputFormat.PATHS ? CsvLayout.PATH_TABLE : CsvLayout.EVENTS;
    }
    int limit = AggregationOptions.defaults().limits().maxLineLength();
    reader.mark(limit + 2);
    StringBuilder header = new StringBuilder();
    for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r' && header.length() <= limit; ) {
      header.append((char) c);
      c = reader.read();
    }
    reader.reset();
    return CsvLayout.detect(header.toString());
  }

  private AggregationOptions options(AttributionModel chosen) {
    AggregationOptions options = AggregationOptions.defaults().withGranularity(granularity);
    if (lookback != null) {
      String days = lookback.strip().toLowerCase(Locale.ROOT);
      if (days.equals("none")) {
        options = options.withoutLookback();
      } else {
        try {
          long count = Long.parseLong(days);
          if (count < 1 || count > 36_500) {
            throw new NumberFormatException();
          }
          options = options.withLookback(Duration.ofDays(count));
        } catch (NumberFormatException e) {
          throw usage(
              "--lookback takes a number of days from 1 to 36500, or none: '" + lookback + "'");
        }
      }
    }
    if (timeZone != null) {
      try {
        options = options.withZone(ZoneId.of(timeZone.strip()));
      } catch (RuntimeException e) {
        throw usage("--time-zone takes a zone such as UTC or Europe/Berlin: '" + timeZone + "'");
      }
    }
    if (chosen instanceof TimeDecay decay) {
      options = options.withHalfLives(decay.halfLife());
    }
    return options;
  }

  /** The model of --model and --order, markov by default. */
  private AttributionModel model() {
    AttributionModel parsed = parse(model == null ? "markov" : model);
    if (order == null) {
      return parsed;
    }
    if (!parsed.name().equals("markov")) {
      throw usage("--order applies to the markov model, not " + parsed.name());
    }
    if (model != null && model.replace(" ", "").contains("order=")) {
      throw usage("give the Markov order once: in --model or with --order");
    }
    return withOrder(parsed);
  }

  private AttributionModel withOrder(AttributionModel markov) {
    Map<String, String> parameters = new LinkedHashMap<>(markov.parameters());
    parameters.put("order", Integer.toString(order));
    return parse(
        "markov("
            + parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining(", "))
            + ")");
  }

  private AttributionModel parse(String text) {
    try {
      return Models.parse(text);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** Every model with its defaults, Markov of the order asked for. */
  private List<AttributionModel> models() {
    if (model != null) {
      throw usage("--compare compares every model; leave out --model");
    }
    List<AttributionModel> models = new ArrayList<>();
    for (AttributionModel each : Models.defaults()) {
      models.add(order != null && each.name().equals("markov") ? withOrder(each) : each);
    }
    return models;
  }

  private PathModel pathModel() {
    AttributionModel chosen = model();
    if (!(chosen instanceof PathModel path)) {
      throw usage(chosen.name() + " needs the timings of events; a path table has none");
    }
    return path;
  }

  private List<PathModel> pathModels() {
    return models().stream()
        .filter(PathModel.class::isInstance)
        .map(PathModel.class::cast)
        .toList();
  }

  private String render(Object result, Strategy strategy, TextStyle style) {
    if (result instanceof ModelComparison comparison) {
      return switch (format) {
        case JSON ->
            (strategy == null
                    ? AttributionJson.render(comparison)
                    : AttributionJson.render(comparison, strategy))
                + "\n";
        case CSV -> AttributionCsv.render(comparison);
        default ->
            strategy == null
                ? AttributionText.render(comparison, style)
                : AttributionText.render(comparison, strategy, style);
      };
    }
    AttributionResult single = (AttributionResult) result;
    return switch (format) {
      case JSON ->
          (strategy == null
                  ? AttributionJson.render(single)
                  : AttributionJson.render(single, strategy))
              + "\n";
      case CSV -> AttributionCsv.render(single);
      default ->
          strategy == null
              ? AttributionText.render(single, style)
              : AttributionText.render(single, strategy, style);
    };
  }

  private void merge(Strategy strategy, AttributionResult result, TextStyle style) {
    Strategy merged = AttributionObservations.merge(strategy, result);
    StrategyFormat notation = StrategyFormat.ofFileName(output.output.getFileName().toString());
    OutputOption.write(output.output, StrategyFiles.write(merged, notation));
    if (!quiet.quiet) {
      int added = AttributionObservations.of(result, strategy.attribution().orElseThrow()).size();
      int replaced = strategy.observations().size() + added - merged.observations().size();
      spec.commandLine()
          .getErr()
          .println(
              style.dim(
                  "sbs: wrote "
                      + output.output
                      + " with "
                      + added
                      + " attributed observations"
                      + (replaced > 0 ? " (replacing " + replaced + " from an earlier run)" : "")));
    }
  }

  private static void closeQuietly(BufferedReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // nothing was written through it: a failed close loses nothing
    }
  }

  private int unreadable(UnreadableFile file, TextStyle style) {
    spec.commandLine().getErr().print(FindingsText.problems(file, style));
    spec.commandLine().getErr().flush();
    return Sbs.INVALID;
  }

  private static String name(String argument) {
    return argument.equals("-") ? STDIN : argument;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
