package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.FindingKey;
import org.socialstrategy.scoring.validation.StrategyValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change reports of {@code sbs diff}: text and Markdown against golden files, JSON by its
 * documented fields. The later version is the retail example after five edits made with {@code sbs
 * set}: a renamed tactic, a changed cost, a new link, a new tactic and a longer vision horizon.
 */
class ChangeReportsTest {

  private static final Path RETAIL = Path.of("..", "examples", "strategies", "retail.yaml");
  private static final Path DIFF = Path.of("src", "test", "resources", "diff");
  private static final LocalDate DAY = LocalDate.of(2027, 6, 30);

  private static StrategyChange change() {
    return StrategyChange.of(
        "retail.yaml",
        StrategyFiles.load(RETAIL),
        "retail-new.yaml",
        StrategyFiles.load(DIFF.resolve("retail-new.yaml")),
        DAY,
        StrategyValidator.defaults());
  }

  private static String golden(String name) throws IOException {
    return Files.readString(DIFF.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void textMatchesItsGoldenFile() throws IOException {
    assertEquals(golden("retail.diff.txt"), ChangeText.render(change(), TextStyle.PLAIN));
  }

  @Test
  void markdownMatchesItsGoldenFile() throws IOException {
    assertEquals(golden("retail.diff.md"), ChangeMarkdown.render(change()));
  }

  @Test
  void jsonHasTheDocumentedFields() {
    StrategyChange change = change();
    JsonNode json = JsonMapper.builder().build().readTree(ChangeJson.render(change));
    List<String> fields = new ArrayList<>();
    json.propertyNames().forEach(fields::add);
    assertEquals(
        List.of(
            "before", "after", "asOf", "counts", "changes", "introduced", "resolved", "figures"),
        fields);
    assertEquals("2027-06-30", json.get("asOf").asString());
    assertEquals(2, json.get("counts").get("added").asInt());
    assertEquals(3, json.get("counts").get("changed").asInt());
    JsonNode cost = json.get("changes").get(2);
    assertEquals("changed", cost.get("kind").asString());
    assertEquals("tactics", cost.get("area").asString());
    assertEquals("tactics[fb-shop].cost", cost.get("path").asString());
    assertEquals("5,000.00 USD", cost.get("before").asString());
    assertEquals("6,000.00 USD", cost.get("after").asString());
    JsonNode added = json.get("changes").get(4);
    assertFalse(added.has("before"));
    Finding resolved = change.review().resolved().get(0);
    JsonNode entry = json.get("resolved").get(0);
    assertEquals(FindingKey.of(resolved).fingerprint(), entry.get("fingerprint").asString());
    assertEquals(96, entry.get("line").asInt());
    assertEquals("results", json.get("figures").get(0).get("key").asString());
  }

  @Test
  void noChangeSaysSoInEveryFormat() {
    StrategyDocument retail = StrategyFiles.load(RETAIL);
    StrategyChange same =
        StrategyChange.of(
            "HEAD:retail.yaml", retail, "retail.yaml", retail, DAY, StrategyValidator.defaults());
    String text = ChangeText.render(same, TextStyle.PLAIN);
    assertTrue(text.contains("No changes: both versions hold the same strategy.\n"), text);
    assertTrue(text.contains("0 findings introduced\n"), text);
    assertTrue(text.contains("plan                 21/100 (unchanged)\n"), text);
    String markdown = ChangeMarkdown.render(same);
    assertTrue(markdown.contains("#### 0 changes (0 added, 0 removed, 0 changed)\n"), markdown);
    assertTrue(markdown.contains("#### 0 findings introduced\n\nNone.\n"), markdown);
    JsonNode json = JsonMapper.builder().build().readTree(ChangeJson.render(same));
    assertEquals(0, json.get("changes").size());
    assertFalse(json.get("figures").get(0).get("changed").asBoolean());
  }

  @Test
  void namesAndValuesCannotChangeTheMarkdownOrTheTerminal() {
    StrategyDocument retail = StrategyFiles.load(RETAIL);
    StrategyDocument renamed =
        StrategyFiles.load(
            StrategyFiles.write(
                retail
                    .strategy()
                    .withTactic(
                        retail.strategy().tactics().get(0).toBuilder()
                            .name("| **bold** \u001b[31m <b>")
                            .build()),
                org.socialstrategy.io.StrategyFormat.YAML),
            "x.yaml");
    StrategyChange change =
        StrategyChange.of("a|b.yaml", retail, "x.yaml", renamed, DAY, StrategyValidator.defaults());
    String markdown = ChangeMarkdown.render(change);
    assertTrue(markdown.contains("| \\| \\*\\*bold\\*\\*  \\[31m \\<b\\> |\n"), markdown);
    assertTrue(markdown.contains("Compared with a\\|b.yaml"), markdown);
    String text = ChangeText.render(change, TextStyle.PLAIN);
    assertFalse(text.contains("\u001b"), text);
    assertTrue(text.contains("\\u001b[31m"), text);
  }
}
