package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

/** Edits that keep the file: only the text of what changed is rewritten. */
class StrategyTextTest {

  static final Path ENTERPRISE = ExamplesTest.EXAMPLES.resolve("enterprise.yaml");
  private static final Path LAYOUTS = Path.of("src", "test", "resources", "layouts");

  @TempDir Path dir;

  private static StrategyText layout(String name) throws IOException {
    return StrategyText.of(Files.readString(LAYOUTS.resolve(name)), name);
  }

  @Test
  void renamingATacticAndChangingItsCostChangesTwoLines() {
    StrategyText file = StrategyText.read(ENTERPRISE);
    Tactic selling = file.strategy().tactic(TacticId.of("linkedin-selling")).orElseThrow();
    Tactic changed =
        Tactic.builder()
            .from(selling)
            .name("Social selling with LinkedIn")
            .cost(Money.of("65000.00", "EUR"))
            .build();
    StrategyText edited = file.with(file.strategy().withTactic(changed));
    assertEquals(
        List.of(
            "-    name: Social selling on LinkedIn",
            "+    name: Social selling with LinkedIn",
            "-      amount: \"60000.00\"",
            "+      amount: \"65000.00\""),
        LineDiff.texts(file.text(), edited.text()));
    assertEquals(file.strategy().withTactic(changed), edited.strategy());
    assertFalse(edited.rewrittenWhole());
  }

  @Test
  void anUnchangedStrategyLeavesTheTextAsItIs() {
    StrategyText file = StrategyText.read(ENTERPRISE);
    assertSame(file, file.with(StrategyFiles.read(ENTERPRISE)));
  }

  @Test
  void setByPathRewritesOneValue() throws IOException {
    StrategyText file = StrategyText.read(ENTERPRISE);
    StrategyText edited = file.set("tactics[linkedin-selling].cost.amount", "6000.00");
    assertEquals(
        List.of("-      amount: \"60000.00\"", "+      amount: \"6000.00\""),
        LineDiff.texts(file.text(), edited.text()));
    Path copy = dir.resolve("enterprise.yaml");
    Files.writeString(copy, file.text());
    edited.write(copy);
    assertEquals(edited.text(), Files.readString(copy));
  }

  @Test
  void refusesBadPathsAndValuesWithTheLineTheyLeadTo() {
    StrategyText file = StrategyText.read(ENTERPRISE);
    assertEquals(
        List.of(
            "enterprise.yaml:81:1: tactics: tactics has no element 'linkedin-seling' (did you mean"
                + " 'linkedin-selling'?)"),
        problems(file, PathEdit.set("tactics[linkedin-seling].name", "x")));
    assertEquals(
        List.of(
            "enterprise.yaml:82:5: tactics[linkedin-selling].costs: unknown field 'costs' (did you mean"
                + " 'cost'?)"),
        problems(file, PathEdit.set("tactics[linkedin-selling].costs", "1")));
    assertEquals(
        List.of(
            "enterprise.yaml:92:15: tactics[linkedin-selling].cost.amount: 'lots' is not a"
                + " decimal number"
                + " (write a number such as 1200 or 0.25)"),
        problems(file, PathEdit.set("tactics[linkedin-selling].cost.amount", "lots")));
    assertEquals(
        List.of(
            "enterprise.yaml:137:15: tactics[employee-stories].function: business function must"
                + " not be blank",
            "enterprise.yaml:305:11: roadmap.initiatives[social-selling].tactics[0]: unknown"
                + " tactic 'linkedin-selling'",
            "enterprise.yaml:380:13: observations[0].tactic: unknown tactic 'linkedin-selling'",
            "enterprise.yaml:384:13: observations[1].tactic: unknown tactic 'linkedin-selling'"),
        problems(
            file,
            PathEdit.set("tactics[employee-stories].function", " "),
            PathEdit.remove("tactics[linkedin-selling]")));
    assertEquals(
        List.of(
            "enterprise.yaml:7:1: 'tactics[a' is not a path (write a path as findings print"
                + " them, such as tactics[fb-shop].cost.amount)"),
        problems(file, PathEdit.set("tactics[a", "x")));
  }

  private static List<String> problems(StrategyText file, PathEdit... edits) {
    return assertThrows(StrategyFileException.class, () -> file.apply(List.of(edits)))
        .problems()
        .stream()
        .map(FileProblem::toString)
        .toList();
  }

  @Test
  void keepsQuotesNumbersAndShorthandsOfHandwrittenFiles() throws IOException {
    List<PathEdit> edits =
        List.of(
            PathEdit.set("tactics[fb-shop].cost.amount", "6000.00"),
            PathEdit.set("tactics[fb-shop].window.end", "2028-12-31"),
            PathEdit.set("tactics[fb-fan-contest].cost.amount", "9000.00"),
            PathEdit.set("goals[grow-online-revenue].objectives[0].target", "3500"),
            PathEdit.set("observations[1].value", "530"));
    StrategyText yaml = layout("handwritten.yaml");
    assertEquals(
        List.of(
            "-        target: \"3000\"",
            "+        target: \"3500\"",
            "-    cost: {amount: \"5000.00\", currency: USD}",
            "-    window: {start: 2027-Q1, end: 2027-Q4}",
            "+    cost: {amount: \"6000.00\", currency: USD}",
            "+    window: {start: 2027-Q1, end: 2028-Q4}",
            "-        amount: 12000.00",
            "+        amount: 9000.00",
            "--   {period: 2027-Q2, metric: net-new-customers, tactic: fb-shop, value: \"525\"}",
            "+-   {period: 2027-Q2, metric: net-new-customers, tactic: fb-shop, value: \"530\"}"),
        LineDiff.texts(yaml.text(), yaml.apply(edits).text()));
    StrategyText json = layout("handwritten.json");
    assertEquals(
        List.of(
            "-                {\"metric\": \"net-new-customers\", \"baseline\": 1200, \"target\":"
                + " \"3000\", \"due\": \"2027-12-31\"}",
            "+                {\"metric\": \"net-new-customers\", \"baseline\": 1200, \"target\":"
                + " \"3500\", \"due\": \"2027-12-31\"}",
            "-            \"cost\": {\"amount\": \"5000.00\", \"currency\": \"USD\"},",
            "-            \"window\": {\"start\": \"2027-Q1\", \"end\": 2027}",
            "+            \"cost\": {\"amount\": \"6000.00\", \"currency\": \"USD\"},",
            "+            \"window\": {\"start\": \"2027-Q1\", \"end\": 2028}",
            "-                \"amount\": \"12000.00\"",
            "+                \"amount\": \"9000.00\"",
            "-        {\"period\": \"2027-Q2\", \"metric\": \"net-new-customers\", \"tactic\":"
                + " \"fb-shop\", \"value\": \"525\"}",
            "+        {\"period\": \"2027-Q2\", \"metric\": \"net-new-customers\", \"tactic\":"
                + " \"fb-shop\", \"value\": \"530\"}"),
        LineDiff.texts(json.text(), json.apply(edits).text()));
  }

  @Test
  void addsAndRemovesElementsInTheFilesOwnIndentation() throws IOException {
    StrategyText yaml = layout("handwritten.yaml");
    Strategy strategy = yaml.strategy();
    Tactic contest = strategy.tactic(TacticId.of("fb-fan-contest")).orElseThrow();
    Strategy edited =
        strategy
            .withoutGoal(GoalId.of("stock-what-customers-want"))
            .withTactic(
                Tactic.builder()
                    .from(contest)
                    .id("tiktok")
                    .name("TikTok: launch week")
                    .description("two lines\nof text")
                    .build());
    assertEquals(
        List.of(
            "--   id: stock-what-customers-want",
            "-    title: Stock what customers ask for",
            "-    function: product-innovation",
            "-    weight: 0.3",
            "+-   id: tiktok",
            "+    name: \"TikTok: launch week\"",
            "+    channel: facebook",
            "+    function: marketing",
            "+    tracks:",
            "+    - fans",
            "+    cost:",
            "+        amount: \"12000.00\"",
            "+        currency: USD",
            "+    description: \"two lines\\nof text\""),
        LineDiff.texts(yaml.text(), yaml.with(edited).text()));
    StrategyText json = layout("handwritten.json");
    Strategy fromJson = json.strategy();
    Tactic shop = fromJson.tactic(TacticId.of("fb-shop")).orElseThrow();
    assertEquals(
        List.of(
            "+        },",
            "+        {",
            "+            \"id\": \"tiktok\",",
            "+            \"name\": \"TikTok\",",
            "+            \"channel\": \"facebook\",",
            "+            \"function\": \"sales\",",
            "+            \"supports\": [",
            "+                \"grow-online-revenue\"",
            "+            ],",
            "+            \"tracks\": [",
            "+                \"net-new-customers\"",
            "+            ],",
            "+            \"owner\": \"social-lead\",",
            "+            \"cost\": {",
            "+                \"amount\": \"5000.00\",",
            "+                \"currency\": \"USD\"",
            "+            },",
            "+            \"window\": {",
            "+                \"start\": \"2027-01-01\",",
            "+                \"end\": \"2027-12-31\"",
            "+            }"),
        LineDiff.texts(
            json.text(),
            json.with(
                    fromJson.withTactic(
                        Tactic.builder().from(shop).id("tiktok").name("TikTok").build()))
                .text()));
  }

  @Test
  void addsAWaiverWhereTheFormatPutsSuppressions() {
    StrategyText file = StrategyText.read(ENTERPRISE);
    Strategy waived =
        Strategy.builder()
            .from(file.strategy())
            .addSuppression(
                Suppression.of(
                    "SBS104",
                    Subject.of(TacticId.of("employee-stories")),
                    "the talent lead owns it from July",
                    LocalDate.of(2027, 6, 30)))
            .build();
    List<String> changed = LineDiff.texts(file.text(), file.with(waived).text());
    assertEquals(
        List.of(
            "+suppressions:",
            "+  - rule: SBS104",
            "+    subject: tactic:employee-stories",
            "+    reason: the talent lead owns it from July",
            "+    until: 2027-06-30"),
        changed);
    assertTrue(
        file.with(waived).text().contains("    value: \"64.5\"\nsuppressions:\n"),
        "after the observations, before the extension");
  }

  @Test
  void keepsTheByteOrderMarkAndLineBreaks() {
    String text =
        "\uFEFFformatVersion: 1\r\norganization:\r\n  name: Acme\r\n  customerKind: consumer\r\n";
    StrategyText file = StrategyText.of(text, "acme.yaml");
    StrategyText edited = file.set("organization.sector", "retail");
    assertEquals(
        "\uFEFFformatVersion: 1\r\norganization:\r\n  name: Acme\r\n  sector: retail\r\n"
            + "  customerKind: consumer\r\n",
        edited.text());
  }

  @Test
  void formattingWritesTheCanonicalLayoutKeepingTheHeaderComments() throws IOException {
    StrategyText yaml = layout("handwritten.yaml");
    StrategyText formatted = yaml.formatted();
    assertFalse(yaml.isFormatted());
    assertTrue(formatted.isFormatted());
    assertEquals(yaml.strategy(), formatted.strategy());
    assertTrue(
        formatted
            .text()
            .startsWith(
                "# A strategy written by hand, the way people do: four-space indentation, lists"
                    + " flush with their\n"));
    assertTrue(
        formatted.text().endsWith(StrategyFiles.write(yaml.strategy(), StrategyFormat.YAML)));
    assertSame(formatted, formatted.formatted());
  }
}
