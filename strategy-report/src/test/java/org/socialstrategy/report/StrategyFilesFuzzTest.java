package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Mutates the example strategies and generated ones, seeded, and holds every result to the
 * library's promises: reading either gives a strategy or throws a {@link StrategyFileException}
 * whose problems all have a line and a column, nothing else; a strategy read writes in JSON and in
 * YAML and reads back equal; validation, the scorecard and every output are made without an
 * exception; the JSON outputs parse with Jackson's default settings; no output carries what its
 * context would obey (raw control characters on a terminal, Mermaid comments or directives, lone
 * surrogates anywhere).
 *
 * <p>The normal run tries {@value #NORMAL_CASES} cases; {@code -Dfuzz.cases=100000} runs more, and
 * {@code -Dfuzz.seed=N} another sequence. It prints the case count and how the cases ended.
 */
class StrategyFilesFuzzTest {

  private static final int NORMAL_CASES = 2000;

  private static final Path EXAMPLES = Path.of("..", "examples", "strategies");

  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  private static final JsonMapper DEFAULT_JSON = JsonMapper.builder().build();

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Texts dropped in as a value of either notation, each as the file would spell it. */
  private static final List<String> VALUES =
      List.of(
          "1e999",
          "-1e999",
          "1e-999",
          "-1E+1000",
          "1e1001",
          "0",
          "-0.0",
          "1." + "2345678901".repeat(9) + "2345e-6",
          "9".repeat(99),
          "0." + "0".repeat(97) + "1",
          "\"\u0663\"",
          "\"\uFF14\uFF10\"",
          "\"0999\"",
          "\"0000-Q1\"",
          "\"0042-03\"",
          "\"9999-12-31\"",
          "\"0000-01-01\"",
          "\"2028-02-29\"",
          "\"2027-02-29\"",
          "2085-12-31",
          "\"a\\ud83db\"",
          "\"\\udc00\"",
          "\"\\u001b[1A\\u001b[2K\"",
          "\"\\u001b]0;title\\u0007\"",
          "\"%%{init: {'theme':'forest'}}%%\"",
          "\"click i0 call alert(1)\"",
          "\"section evil\"",
          "\"%% gone\"",
          "\"split\\rline\"",
          "\"- list\"",
          "\"1. ordered\"",
          "\"<script>alert(1)</script>\"",
          "\"|pipe|\"",
          "\"```\"",
          "\"\\u202eevil\"",
          "\"\\u2028\\u0085\"",
          "\"\\u0000\"",
          "\"\uFEFF\"",
          "\"🎉 e\u0301\"",
          "\"x\"",
          "\"\"",
          "\" \"",
          "null",
          "true",
          "[]",
          "{}",
          "[1, [2, [3]]]",
          "{\"x-a\": {\"b\": [1.50, \"c\"]}}",
          "12",
          "0.25",
          "1.0");

  /** Texts only YAML means something by. */
  private static final List<String> YAML_ONLY =
      List.of(
          "!!str {a: 1}",
          "!!int abc",
          "!!map []",
          "!!seq x",
          "!!str 12",
          "! text",
          "!custom x",
          "!!python/object:os.system x",
          "&anchor x",
          "*anchor",
          "<<: *base",
          "|\n  block\n  text",
          ">-\n  folded",
          "'single ''quoted'''",
          "~",
          "0x10",
          "no");

  /** Characters dropped in anywhere. */
  private static final String CHARACTERS =
      "{}[]:,\"'\\#&*!%|>-?@`\n\t \r0123456789.eE+aZ\u0000\u001b\u0085\u2028\uFEFF\u00e9\u0663";

  private static final Pattern SCALAR = Pattern.compile("(: |- )([^\\n,\\]}]+)");

  private static final Pattern STYLE_OR_NEWLINE = Pattern.compile("\u001b\\[[0-9;]*m|\n");

  private record Seed(String name, String text, StrategyFormat format) {}

  private static final class Tally {
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    void count(String outcome) {
      outcomes.merge(outcome, 1, Integer::sum);
    }

    void fail(int index, String input, Throwable e) {
      count("FAILED");
      if (failures.size() < 5) {
        StringBuilder trace = new StringBuilder();
        for (StackTraceElement at : e.getStackTrace()) {
          if (trace.length() < 1200) {
            trace.append("\n    at ").append(at);
          }
        }
        failures.add(
            "case "
                + index
                + ": "
                + e
                + trace
                + "\n  input:\n"
                + (input.length() > 3000 ? input.substring(0, 3000) + "..." : input));
      }
    }
  }

  @Test
  void readingWritingScoringAndRenderingHoldForMutatedFiles() throws IOException {
    int cases = Integer.getInteger("fuzz.cases", NORMAL_CASES);
    long seed = Long.getLong("fuzz.seed", 20_270_101L);
    List<Seed> seeds = seeds();
    SplittableRandom random = new SplittableRandom(seed);
    Tally tally = new Tally();
    for (int i = 0; i < cases; i++) {
      Seed base = seeds.get(random.nextInt(seeds.size()));
      SplittableRandom caseRandom = random.split();
      String input;
      try {
        input = mutate(base, caseRandom);
      } catch (RuntimeException e) {
        tally.count("seed not mutated");
        continue;
      }
      tally.cases++;
      try {
        check(input, base.format(), tally);
      } catch (AssertionError | RuntimeException e) {
        tally.fail(i, input, e);
      }
    }
    System.out.println(summary(tally, seed));
    if (!tally.failures.isEmpty()) {
      fail(summary(tally, seed) + "\n" + String.join("\n\n", tally.failures));
    }
    assertTrue(tally.outcomes.getOrDefault("accepted", 0) > cases / 20, summary(tally, seed));
  }

  private static String summary(Tally tally, long seed) {
    int refused =
        tally.outcomes.entrySet().stream()
            .filter(e -> e.getKey().startsWith("refused "))
            .mapToInt(Map.Entry::getValue)
            .sum();
    StringBuilder text =
        new StringBuilder("fuzz (seed ")
            .append(seed)
            .append("): ")
            .append(tally.cases)
            .append(" cases; refused with problems: ")
            .append(refused)
            .append(" (");
    String separator = "";
    for (Map.Entry<String, Integer> outcome : tally.outcomes.entrySet()) {
      if (outcome.getKey().startsWith("refused ")) {
        text.append(separator)
            .append(outcome.getKey().substring("refused ".length()))
            .append(' ')
            .append(outcome.getValue());
        separator = ", ";
      }
    }
    text.append("); accepted: ").append(tally.outcomes.getOrDefault("accepted", 0));
    text.append(", of which written and read back equal in JSON and YAML: ")
        .append(tally.outcomes.getOrDefault("round trip", 0))
        .append(", write refused: ")
        .append(tally.outcomes.getOrDefault("write refused", 0))
        .append(", validated, scored and rendered: ")
        .append(tally.outcomes.getOrDefault("rendered", 0))
        .append(", with findings: ")
        .append(tally.outcomes.getOrDefault("with findings", 0))
        .append("; failures: ")
        .append(tally.outcomes.getOrDefault("FAILED", 0));
    return text.toString();
  }

  private static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    List<Strategy> strategies = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        seeds.add(new Seed(file.getFileName().toString(), text, StrategyFormat.YAML));
        strategies.add(StrategyFiles.read(text, file.getFileName().toString()));
      }
    }
    for (long generated = 1; generated <= 4; generated++) {
      strategies.add(
          StrategyGenerator.builder()
              .seed(generated)
              .goals(3)
              .tactics(6)
              .initiatives(3)
              .observations(12)
              .alignment(generated % 2 == 0 ? Alignment.MIXED : Alignment.FULLY_ALIGNED)
              .extras(true)
              .build()
              .generate());
    }
    for (int i = 0; i < strategies.size(); i++) {
      for (StrategyFormat format : StrategyFormat.values()) {
        String name = "seed" + i + (format == StrategyFormat.JSON ? ".json" : ".yaml");
        seeds.add(new Seed(name, StrategyFiles.write(strategies.get(i), format), format));
      }
    }
    return seeds;
  }

  /**
   * Mutates a seed as the fuzzing run did: half the cases change values only (a scalar of
   * the text, or values of the tree written anew in either notation), which files mostly survive;
   * the other half also edit characters, nest, and use YAML's features, which files mostly do not.
   */
  private static String mutate(Seed seed, SplittableRandom random) {
    if (random.nextBoolean()) {
      return random.nextInt(3) == 0
          ? structural(seed, random)
          : replaceScalar(seed.text(), seed.format(), random);
    }
    String text = seed.text();
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      text =
          switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> replaceScalar(text, seed.format(), random);
            case 4 -> insertCharacters(text, random);
            case 5 -> deleteRange(text, random);
            case 6 -> duplicateLine(text, random);
            case 7 -> nest(text, random);
            case 8 -> yamlFeature(text, random);
            default -> text;
          };
    }
    return text;
  }

  private static String replaceScalar(String text, StrategyFormat format, SplittableRandom random) {
    Matcher scalars = SCALAR.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (scalars.find()) {
      spans.add(new int[] {scalars.start(2), scalars.end(2)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    List<String> values =
        format == StrategyFormat.YAML && random.nextInt(4) == 0 ? YAML_ONLY : VALUES;
    String value = values.get(random.nextInt(values.size()));
    return text.substring(0, span[0]) + value + text.substring(span[1]);
  }

  private static String insertCharacters(String text, SplittableRandom random) {
    int at = random.nextInt(text.length() + 1);
    StringBuilder inserted = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      inserted.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
    }
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static String deleteRange(String text, SplittableRandom random) {
    if (text.isEmpty()) {
      return text;
    }
    int at = random.nextInt(text.length());
    int end = Math.min(text.length(), at + 1 + random.nextInt(random.nextInt(4) == 0 ? 200 : 8));
    return text.substring(0, at) + text.substring(end);
  }

  private static String duplicateLine(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (lines.isEmpty()) {
      return text;
    }
    int at = random.nextInt(lines.size());
    lines.add(random.nextInt(lines.size() + 1), lines.get(at));
    return String.join("\n", lines) + "\n";
  }

  private static String nest(String text, SplittableRandom random) {
    int depth = random.nextInt(4) == 0 ? 70 : 1 + random.nextInt(10);
    String value = "[".repeat(depth) + "1" + "]".repeat(depth);
    return text.replaceFirst(
        "(?m)^(\\s*\"?organization\"?:)", "$1 " + Matcher.quoteReplacement(value) + " $1");
  }

  private static String yamlFeature(String text, SplittableRandom random) {
    return switch (random.nextInt(6)) {
      case 0 -> "\uFEFF" + text;
      case 1 -> "\uFEFF\uFEFF" + text;
      case 2 -> text + "---\nformatVersion: 1\n";
      case 3 -> text.replaceFirst("organization:", "organization: &org");
      case 4 -> text + "\nx-alias: *org\n";
      default -> text.replaceFirst("\n", "\n# a comment %%{init}%%\n");
    };
  }

  /** Changes the tree of a file and writes it in either notation. */
  private static String structural(Seed seed, SplittableRandom random) {
    JsonNode root =
        seed.format() == StrategyFormat.JSON
            ? DEFAULT_JSON.readTree(seed.text())
            : YAML.readTree(seed.text());
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      JsonNode container = containers.get(random.nextInt(containers.size()));
      JsonNode value = interesting(random);
      if (container instanceof ObjectNode object) {
        List<String> names = new ArrayList<>(object.propertyNames());
        if (names.isEmpty() || random.nextInt(5) == 0) {
          object.set("x-fuzz" + random.nextInt(3), value);
        } else if (random.nextInt(6) == 0) {
          object.remove(names.get(random.nextInt(names.size())));
        } else {
          object.set(names.get(random.nextInt(names.size())), value);
        }
      } else if (container instanceof ArrayNode array) {
        if (array.isEmpty() || random.nextInt(3) == 0) {
          array.add(array.isEmpty() ? value : array.get(random.nextInt(array.size())).deepCopy());
        } else {
          array.set(random.nextInt(array.size()), value);
        }
      }
    }
    return random.nextInt(4) > 0
        ? DEFAULT_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)
        : YAML.writeValueAsString(root);
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node) {
        collect(child, containers);
      }
    }
  }

  private static JsonNode interesting(SplittableRandom random) {
    String value = VALUES.get(random.nextInt(VALUES.size()));
    try {
      return value.startsWith("\"")
          ? NODES.stringNode(DEFAULT_JSON.readValue(value, String.class))
          : DEFAULT_JSON.readTree(value);
    } catch (JacksonException e) {
      return NODES.stringNode(value);
    }
  }

  /** Reads one input and, when it is accepted, holds everything made of it to its promises. */
  private static void check(String input, StrategyFormat format, Tally tally) {
    String name = format == StrategyFormat.JSON ? "fuzz.json" : "fuzz.yaml";
    StrategyDocument document;
    try {
      document = StrategyFiles.load(input, name);
    } catch (StrategyFileException e) {
      for (FileProblem problem : e.problems()) {
        assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
      }
      assertTrue(!e.problems().isEmpty(), "refused without a problem");
      tally.count("refused " + e.problems().get(0).kind().name().toLowerCase(Locale.ROOT));
      return;
    }
    tally.count("accepted");
    Strategy strategy = document.strategy();
    if (roundTrips(strategy)) {
      tally.count("round trip");
    } else {
      tally.count("write refused");
    }
    LocalDate asOf =
        strategy.observations().stream()
            .map(o -> o.period().end())
            .max(LocalDate::compareTo)
            .orElse(LocalDate.of(2027, 6, 30));
    Scorecard card = Scorecard.of(strategy, asOf, VALIDATOR);
    ValidationReport report = card.validation();
    if (!report.isEmpty()) {
      tally.count("with findings");
    }
    render(card, new ValidatedFile(name, document, report));
    tally.count("rendered");
  }

  /** Writes both notations and reads them back; false when the writer refuses, as it may. */
  private static boolean roundTrips(Strategy strategy) {
    for (StrategyFormat format : StrategyFormat.values()) {
      String written;
      try {
        written = StrategyFiles.write(strategy, format);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().startsWith("cannot write "), e.getMessage());
        return false;
      }
      Strategy back = StrategyFiles.read(written, "written", format);
      if (!back.equals(strategy)) {
        throw new AssertionError(format + " did not read back equal:\n" + written);
      }
    }
    return true;
  }

  private static void render(Scorecard card, ValidatedFile file) {
    List<String> outputs = new ArrayList<>();
    String markdown = MarkdownReport.render(card);
    outputs.add(HtmlReport.render(card));
    outputs.add(markdown);
    String graph = Diagrams.mermaidGraph(card.strategy());
    String gantt = Diagrams.mermaidGantt(card.strategy()).orElse("");
    outputs.add(graph);
    outputs.add(gantt);
    outputs.add(Diagrams.dot(card.strategy()));
    for (String mermaid : List.of(graph, gantt)) {
      assertTrue(!mermaid.contains("%%") && !mermaid.contains("\r"), mermaid);
    }
    long blocks = 2 + (gantt.isEmpty() ? 0 : 1);
    assertTrue(
        markdown.lines().filter(line -> line.equals("```mermaid")).count() == blocks
            && markdown.lines().filter(line -> line.startsWith("```")).count() == 2 * blocks,
        "the Mermaid blocks of the Markdown report are broken:\n" + markdown);
    for (TextStyle style : TextStyle.values()) {
      for (String text :
          List.of(ScorecardText.render(card, style), FindingsText.render(List.of(file), style))) {
        String bare = STYLE_OR_NEWLINE.matcher(text).replaceAll("");
        assertTrue(
            bare.chars().noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)),
            "a raw control character on the terminal:\n" + text);
        outputs.add(text);
      }
    }
    for (String json :
        List.of(
            ScorecardJson.render(card),
            FindingsJson.render(List.of(file)),
            SarifReport.render(List.of(file), VALIDATOR.rules(), "fuzz"))) {
      DEFAULT_JSON.readTree(json);
      outputs.add(json);
    }
    for (String output : outputs) {
      assertTrue(
          StandardCharsets.UTF_8.newEncoder().canEncode(output),
          "an output cannot be written as UTF-8 (it holds a lone surrogate)");
    }
  }
}
