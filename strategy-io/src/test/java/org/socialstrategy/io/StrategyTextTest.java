package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

/** Edits that keep the file: only the text of what changed is rewritten. */
class StrategyTextTest {

  static final Path ENTERPRISE = ExamplesTest.EXAMPLES.resolve("enterprise.yaml");

  @TempDir Path dir;

  /**
   * The lines of the edited text that differ from the original, as {@code -old} and {@code +new}.
   */
  static List<String> changedLines(String before, String after) {
    List<String> a = List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<String> changed = new ArrayList<>();
    a.subList(head, a.size() - tail).forEach(line -> changed.add("-" + line));
    b.subList(head, b.size() - tail).forEach(line -> changed.add("+" + line));
    return changed;
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
        List.of("-    name: Social selling on LinkedIn", "+    name: Social selling with LinkedIn"),
        changedLines(file.text(), edited.text()).subList(0, 2));
    assertEquals(
        List.of(
            "-    name: Social selling on LinkedIn",
            "-    channel: linkedin",
            "-    function: sales",
            "-    supports:",
            "-      - win-accounts",
            "-    tracks:",
            "-      - qualified-leads",
            "-    owner: sales-ops",
            "-    cost:",
            "-      amount: \"60000.00\"",
            "+    name: Social selling with LinkedIn",
            "+    channel: linkedin",
            "+    function: sales",
            "+    supports:",
            "+      - win-accounts",
            "+    tracks:",
            "+      - qualified-leads",
            "+    owner: sales-ops",
            "+    cost:",
            "+      amount: \"65000.00\""),
        changedLines(file.text(), edited.text()));
    assertEquals(file.strategy().withTactic(changed), edited.strategy());
    assertFalse(edited.rewrittenWhole());
  }

  @Test
  void setByPathRewritesOneValueAndRefusesBadPathsWithPositions() throws IOException {
    StrategyText file = StrategyText.read(ENTERPRISE);
    StrategyText edited = file.set("tactics[linkedin-selling].cost.amount", "6000.00");
    assertEquals(
        List.of("-      amount: \"60000.00\"", "+      amount: \"6000.00\""),
        changedLines(file.text(), edited.text()));
    StrategyFileException unknown =
        assertThrows(
            StrategyFileException.class, () -> file.set("tactics[linkedin-seling].name", "x"));
    assertEquals(
        "enterprise.yaml:81:1: tactics: tactics has no element 'linkedin-seling' (did you mean"
            + " 'linkedin-selling'?)",
        unknown.problems().get(0).toString());
    StrategyFileException field =
        assertThrows(
            StrategyFileException.class, () -> file.set("tactics[linkedin-selling].costs", "1"));
    assertEquals(
        "enterprise.yaml:82:5: tactics[0].costs: unknown field 'costs' (did you mean 'cost'?)",
        field.problems().get(0).toString());
    StrategyFileException value =
        assertThrows(
            StrategyFileException.class,
            () -> file.set("tactics[linkedin-selling].cost.amount", "lots"));
    assertEquals(
        "enterprise.yaml:92:15: tactics[0].cost.amount: 'lots' is not a decimal number",
        value.problems().get(0).toString().replaceAll(" \\(.*", ""));
    Path copy = dir.resolve("enterprise.yaml");
    Files.writeString(copy, file.text());
    edited.write(copy);
    assertEquals(edited.text(), Files.readString(copy));
  }

  @Test
  void keepsTheLayoutOfHandwrittenFiles() throws IOException {
    for (String name : List.of("handwritten.yaml", "handwritten.json")) {
      String text = Files.readString(Path.of("src", "test", "resources", "layouts", name));
      StrategyText file = StrategyText.of(text, name);
      StrategyText edited =
          file.apply(
              List.of(
                  PathEdit.set("tactics[fb-shop].cost.amount", "6000.00"),
                  PathEdit.set("tactics[fb-shop].window.end", "2028-12-31"),
                  PathEdit.set("tactics[fb-fan-contest].cost.amount", "9000.00"),
                  PathEdit.set("goals[grow-online-revenue].objectives[0].target", "3500"),
                  PathEdit.set("observations[1].value", "530")));
      System.out.println(String.join("\n", changedLines(file.text(), edited.text())));
      assertFalse(edited.rewrittenWhole(), name);
    }
  }

  @Test
  void addsAndRemovesElementsWhereAPersonWould() throws IOException {
    for (String name : List.of("handwritten.yaml", "handwritten.json")) {
      String text = Files.readString(Path.of("src", "test", "resources", "layouts", name));
      StrategyText file = StrategyText.of(text, name);
      Strategy strategy = file.strategy();
      Tactic contest = strategy.tactic(TacticId.of("fb-fan-contest")).orElseThrow();
      Tactic added =
          Tactic.builder()
              .from(contest)
              .id("tiktok")
              .name("TikTok: launch \"week\"")
              .description("two lines\nof text")
              .build();
      StrategyText edited = file.with(strategy.withoutTactic(contest.id()).withTactic(added));
      System.out.println(String.join("\n", changedLines(file.text(), edited.text())));
      assertFalse(edited.rewrittenWhole(), name);
      assertTrue(edited.strategy().tactic(TacticId.of("tiktok")).isPresent());
    }
  }
}
