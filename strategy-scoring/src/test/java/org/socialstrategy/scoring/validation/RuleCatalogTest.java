package org.socialstrategy.scoring.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} and the built-in rules describe the same rules, the same way. */
class RuleCatalogTest {

  private static final Path CATALOG = Path.of("..", "docs", "rules.md");
  private static final Pattern SECTION =
      Pattern.compile(
          "^### (\\S+) (\\S+)\\n\\n(.+)\\. Severity: \\*\\*(\\w+)\\*\\*\\. Family: (\\w+)\\.\\n\\n"
              + "\\*\\*Why\\.\\*\\* (.+)$",
          Pattern.MULTILINE);

  private static Map<String, String> documented() throws IOException {
    String text = Files.readString(CATALOG, StandardCharsets.UTF_8);
    Map<String, String> sections = new LinkedHashMap<>();
    Matcher matcher = SECTION.matcher(text);
    while (matcher.find()) {
      sections.put(
          matcher.group(1),
          String.join(
              "|",
              matcher.group(2),
              matcher.group(3),
              matcher.group(4),
              matcher.group(5),
              matcher.group(6)));
    }
    assertEquals(countHeadings(text), sections.size(), "every ### heading is a well-formed rule");
    return sections;
  }

  private static long countHeadings(String text) {
    return text.lines().filter(line -> line.startsWith("### ")).count();
  }

  private static String described(Rule rule) {
    return String.join(
        "|",
        rule.name(),
        rule.title(),
        rule.defaultSeverity().key(),
        rule.family().key(),
        rule.rationale());
  }

  @Test
  void everyRuleInCodeIsInTheCatalogAsWritten() throws IOException {
    Map<String, String> documented = documented();
    for (Rule rule : BuiltInRules.all()) {
      assertEquals(described(rule), documented.get(rule.id()), rule.id() + " in docs/rules.md");
    }
  }

  @Test
  void everyRuleInTheCatalogIsInCode() throws IOException {
    List<String> inCode = BuiltInRules.all().stream().map(Rule::id).toList();
    assertEquals(inCode, List.copyOf(documented().keySet()));
  }

  @Test
  void everyOptionIsDocumentedWithItsDefault() throws IOException {
    String text = Files.readString(CATALOG, StandardCharsets.UTF_8);
    for (RuleOption<?> option : RuleOptions.all()) {
      String defaultValue = String.valueOf(option.defaultValue()).toLowerCase(Locale.ROOT);
      assertTrue(
          text.contains("| `" + option.name() + "` | `" + defaultValue + "` |"),
          option.name() + " documented with default " + defaultValue);
    }
  }

  @Test
  void builtInRuleIdsAreUniqueAndNumberedByFamily() {
    Map<RuleFamily, String> prefix =
        Map.of(
            RuleFamily.GOALS, "SBS0",
            RuleFamily.TACTICS, "SBS1",
            RuleFamily.ORGANIZATION, "SBS2",
            RuleFamily.GOVERNANCE, "SBS3",
            RuleFamily.ROADMAP, "SBS4",
            RuleFamily.META, "SBS9");
    for (Rule rule : BuiltInRules.all()) {
      assertTrue(rule.id().startsWith(prefix.get(rule.family())), rule.id());
    }
    assertEquals(
        BuiltInRules.all().size(), BuiltInRules.all().stream().map(Rule::id).distinct().count());
  }

  @Test
  void everyBuiltInRuleWeighsOnASuccessFactor() {
    for (Rule rule : BuiltInRules.all()) {
      assertTrue(rule.factor().isPresent(), rule + " names the success factor it weighs on");
    }
  }

  @Test
  void everyBuiltInRuleListsExactlyTheOptionsItsRationaleNames() {
    Pattern named = Pattern.compile("option ([a-z-]+)");
    for (Rule rule : BuiltInRules.all()) {
      List<String> inRationale =
          named.matcher(rule.rationale()).results().map(match -> match.group(1)).toList();
      assertEquals(
          inRationale, rule.options().stream().map(RuleOption::name).toList(), rule.toString());
    }
  }

  @Test
  void everyBuiltInRuleAnchorsToItsHeadingInTheCatalog() throws IOException {
    Set<String> anchors = new HashSet<>();
    Files.readString(CATALOG, StandardCharsets.UTF_8)
        .lines()
        .filter(line -> line.startsWith("#"))
        .forEach(heading -> anchors.add(anchor(heading, anchors)));
    for (Rule rule : BuiltInRules.all()) {
      assertTrue(anchors.contains(rule.anchor()), rule.anchor() + " in docs/rules.md");
    }
    assertEquals("sbs101-unaligned-tactic", TacticRules.UNALIGNED_TACTIC.anchor());
  }

  /**
   * The anchor a git host gives a Markdown heading: its text in lower case, punctuation other than
   * hyphens dropped, spaces as hyphens, and a count appended to a repeated one.
   */
  private static String anchor(String heading, Set<String> taken) {
    String slug =
        heading
            .replaceFirst("^#+ ", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "")
            .replace(' ', '-');
    String anchor = slug;
    for (int n = 1; taken.contains(anchor); n++) {
      anchor = slug + "-" + n;
    }
    return anchor;
  }
}
