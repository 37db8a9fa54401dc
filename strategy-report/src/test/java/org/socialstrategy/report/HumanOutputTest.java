package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.Direction;
import org.socialstrategy.model.Enforcement;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.GovernanceModel;
import org.socialstrategy.model.HubResponsibility;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.SubjectKind;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.scorecard.MaturityStage;
import org.socialstrategy.scoring.scorecard.ProgressStatus;
import org.socialstrategy.scoring.scorecard.RoiBasis;
import org.socialstrategy.scoring.scorecard.RoiGap;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.RuleFamily;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;

/**
 * Every output people read (scorecard text, findings, HTML, Markdown, Mermaid and DOT diagrams) of
 * the example files and of generated strategies shows no code names and no slips of grammar: no
 * constant in capitals with underscores, no enum name in lower case with underscores, no "1 ...
 * are", no "s's".
 */
class HumanOutputTest {

  private static final Path EXAMPLES = Path.of("..", "examples", "strategies");
  private static final StrategyValidator VALIDATOR = StrategyValidator.defaults();

  private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final Pattern LOWER_SNAKE = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");
  private static final Pattern ONE_ARE =
      Pattern.compile("(?<![\\d.,])\\b1 (?:of [\\d,]+ )?[A-Za-z][A-Za-z-]* are\\b");
  private static final Pattern POSSESSIVE_S = Pattern.compile("\\S*s's\\b");

  /** The lower-case names of every enum whose constants could leak into an output. */
  private static Set<String> enumNames() {
    Set<String> names = new HashSet<>();
    List<Class<? extends Enum<?>>> enums =
        List.of(
            Aggregation.class,
            ChannelKind.class,
            Direction.class,
            Enforcement.class,
            ExecutiveAlignment.class,
            GovernanceModel.class,
            HubResponsibility.class,
            MetricKind.class,
            RaciRole.class,
            SubjectKind.class,
            SuccessFactor.class,
            MaturityStage.class,
            ProgressStatus.class,
            RoiBasis.class,
            RoiGap.class,
            RuleFamily.class,
            Severity.class);
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        names.add(constant.name().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static Map<String, String> outputs(String name, Strategy strategy, LocalDate asOf) {
    Scorecard card = Scorecard.of(strategy, asOf, VALIDATOR);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put(name + " scorecard text", ScorecardText.render(card, TextStyle.PLAIN));
    outputs.put(name + " HTML", HtmlReport.render(card));
    outputs.put(name + " Markdown", MarkdownReport.render(card));
    outputs.put(name + " Mermaid graph", Diagrams.mermaidGraph(strategy));
    outputs.put(name + " Mermaid chain", Diagrams.mermaidChain(card));
    outputs.put(
        name + " Mermaid Gantt",
        Diagrams.mermaidGantt(strategy).orElse(Diagrams.noGantt(strategy)));
    outputs.put(name + " DOT", Diagrams.dot(strategy));
    outputs.put(name + " scorecard string", card.toString());
    return outputs;
  }

  private static List<String> slips(String text) {
    Set<String> enums = enumNames();
    List<String> slips = new ArrayList<>();
    Matcher upper = UPPER_SNAKE.matcher(text);
    while (upper.find()) {
      slips.add("code name " + upper.group());
    }
    Matcher lower = LOWER_SNAKE.matcher(text);
    while (lower.find()) {
      if (enums.contains(lower.group())) {
        slips.add("enum name " + lower.group());
      }
    }
    Matcher one = ONE_ARE.matcher(text);
    while (one.find()) {
      slips.add("plural verb after one: " + one.group());
    }
    Matcher possessive = POSSESSIVE_S.matcher(text);
    while (possessive.find()) {
      slips.add("possessive: " + possessive.group());
    }
    return slips;
  }

  private static void assertClean(Map<String, String> outputs) {
    List<String> found = new ArrayList<>();
    outputs.forEach((name, text) -> slips(text).forEach(slip -> found.add(name + ": " + slip)));
    assertEquals(List.of(), found);
  }

  @Test
  void theExamplesReadWithoutCodeNames() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Path file : files) {
      StrategyDocument document = StrategyFiles.load(file);
      Strategy strategy = document.strategy();
      for (LocalDate asOf :
          List.of(
              LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31), LocalDate.of(2030, 1, 1))) {
        outputs.putAll(outputs(file.getFileName() + " " + asOf, strategy, asOf));
      }
      outputs.put(
          file.getFileName() + " findings",
          FindingsText.render(
              List.of(
                  new ValidatedFile(
                      file.getFileName().toString(), document, VALIDATOR.validate(strategy))),
              TextStyle.PLAIN));
    }
    assertClean(outputs);
  }

  @Test
  void generatedStrategiesReadWithoutCodeNames() {
    Map<String, String> outputs = new LinkedHashMap<>();
    long seed = 0;
    for (Alignment alignment : Alignment.values()) {
      for (int tactics : List.of(0, 1, 7, 40)) {
        Strategy strategy =
            StrategyGenerator.builder()
                .seed(seed++)
                .goals(Math.max(1, Math.min(4, tactics)))
                .tactics(tactics)
                .initiatives(1 + tactics % 3)
                .observations(2 * tactics)
                .alignment(alignment)
                .build()
                .generate();
        outputs.putAll(outputs(alignment + " " + tactics, strategy, LocalDate.of(2027, 9, 30)));
      }
    }
    assertClean(outputs);
  }

  @Test
  void theScanFindsWhatItLooksFor() {
    assertEquals(
        List.of(
            "code name OFF_TRACK",
            "enum name hub_and_spoke",
            "plural verb after one: 1 of 1 goal are",
            "possessive: Outfitters's"),
        slips("OFF_TRACK (hub_and_spoke) 1 of 1 goal are served by Trailhead Outfitters's shop"));
  }
}
