package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input made to hurt a reader is turned away at once, with a plain message: alias bombs, deep
 * nesting, huge numbers and texts, object-building tags, oversized documents.
 */
class HostileInputTest {

  /** "Well under a second", with room for a slow machine. */
  private static final Duration QUICKLY = Duration.ofMillis(500);

  @BeforeAll
  static void loadTheParsers() {
    for (StrategyFormat format : StrategyFormat.values()) {
      assertThrows(StrategyFileException.class, () -> StrategyFiles.read("[]", "warm-up", format));
    }
  }

  private static List<String> problems(String content, String name) {
    return problems(content, name, ReadOptions.defaults());
  }

  private static List<String> problems(String content, String name, ReadOptions options) {
    return assertTimeoutPreemptively(
        QUICKLY,
        () ->
            assertThrows(
                    StrategyFileException.class,
                    () ->
                        StrategyFiles.read(content, name, StrategyFormat.ofFileName(name), options))
                .problems()
                .stream()
                .map(problem -> problem.kind() + " " + problem)
                .collect(Collectors.toList()));
  }

  @Test
  void billionLaughsDiesAtTheFirstAnchor() {
    StringBuilder bomb = new StringBuilder("formatVersion: 1\nx-lol0: &a0 [lol, lol, lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      bomb.append("x-lol").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    assertEquals(
        List.of(
            "UNSUPPORTED_YAML bomb.yaml:2:9: x-lol0: yaml anchors are not allowed in a strategy"
                + " file: found anchor 'a0'"),
        problems(bomb.toString(), "bomb.yaml"));
  }

  @Test
  void aMergeKeyIsAnAliasAndIsRejected() {
    assertEquals(
        List.of(
            "UNSUPPORTED_YAML merge.yaml:3:7: organization.<<: yaml aliases are not allowed in a"
                + " strategy file: write the value out"),
        problems("formatVersion: 1\norganization:\n  <<: *base\n", "merge.yaml"));
  }

  @Test
  void deepJsonNestingStopsAtTheLimit() {
    String deep = "{\"x-deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertEquals(
        List.of(
            "LIMIT deep.json:1:75: x-deep: nesting deeper than the limit of 64 levels (raise the limit in"
                + " ReadOptions if the file is trusted)"),
        problems(deep, "deep.json"));
  }

  @Test
  void deepYamlNestingStopsAtTheLimit() {
    String deep = "formatVersion: 1\nx-deep: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    assertEquals(
        List.of(
            "LIMIT deep.yaml:2:72: x-deep: nesting deeper than the limit of 64 levels (raise the limit in"
                + " ReadOptions if the file is trusted)"),
        problems(deep, "deep.yaml"));
  }

  @Test
  void aMillionDigitNumberIsRejectedBeforeItIsConverted() {
    String digits = "9".repeat(1_000_000);
    assertEquals(
        List.of(
            "LIMIT huge.json:1:2: a value longer than the limit of 100,000 characters (raise the"
                + " limit in ReadOptions if the file is trusted)"),
        problems("{\"formatVersion\": " + digits + "}", "huge.json"));
    assertEquals(
        List.of(
            "LIMIT huge.yaml:1:16: formatVersion: a value longer than the limit of 100,000"
                + " characters (raise the limit in ReadOptions if the file is trusted)"),
        problems("formatVersion: " + digits + "\n", "huge.yaml"));
  }

  @Test
  void aThousandDigitNumberIsHeldToTheNumberLimit() {
    String digits = "9".repeat(1000);
    assertEquals(
        List.of(
            "LIMIT long.json:1:2: a number longer than the limit of 100 characters (raise the"
                + " limit in ReadOptions if the file is trusted)"),
        problems("{\"formatVersion\": " + digits + "}", "long.json"));
    assertEquals(
        List.of("LIMIT long.yaml:5:5: x-n[1]: a number longer than the limit of 100 characters"),
        problems(
            "formatVersion: 1\norganization: {name: A, customerKind: consumer}\nx-n:\n  - 1\n  - "
                + digits
                + "\n",
            "long.yaml"));
  }

  @Test
  void aLongAmountInQuotesIsHeldToTheNumberLimit() {
    assertEquals(
        List.of(
            "LIMIT amount.yaml:4:29: metrics[0].valuePerUnit.amount: a number longer than the"
                + " limit of 100 characters"),
        problems(
            "formatVersion: 1\norganization: {name: A, customerKind: consumer}\nmetrics:\n"
                + "  - {valuePerUnit: {amount: '"
                + "1".repeat(10_000)
                + "', currency: USD}, id: m, name: M, unit: u, kind: vanity}\n",
            "amount.yaml"));
  }

  @Test
  void anExponentBeyondReasonIsABadValue() {
    assertEquals(
        List.of(
            "BAD_VALUE exponent.yaml:3:12: x-far[1]: the number 1e999999999 is out of range: its"
                + " exponent is beyond 1000"),
        problems(
            "formatVersion: 1\norganization: {name: A, customerKind: consumer}\n"
                + "x-far: [1, 1e999999999]\n",
            "exponent.yaml"));
  }

  @Test
  void aHugeTextStopsAtTheLimit() {
    String text = "a".repeat(ReadOptions.DEFAULT_MAX_STRING_LENGTH + 1);
    assertEquals(
        List.of(
            "LIMIT text.json:1:11: x-big: a value longer than the limit of 100,000 characters (raise"
                + " the limit in ReadOptions if the file is trusted)"),
        problems("{\"x-big\": \"" + text + "\"}", "text.json"));
    assertEquals(
        List.of(
            "LIMIT text.yaml:1:8: x-big: a value longer than the limit of 100,000 characters (raise"
                + " the limit in ReadOptions if the file is trusted)"),
        problems("x-big: " + text + "\n", "text.yaml"));
  }

  @Test
  void tagsThatWouldBuildObjectsAreRejected() {
    assertEquals(
        List.of(
            "UNSUPPORTED_YAML url.yaml:2:15: organization: yaml tags are not allowed in a"
                + " strategy file: found '!!java.net.URL'"),
        problems(
            "formatVersion: 1\norganization: !!java.net.URL [\"http://localhost/\"]\n",
            "url.yaml"));
    assertEquals(
        List.of(
            "UNSUPPORTED_YAML local.yaml:1:10: sponsor: yaml tags are not allowed in a strategy"
                + " file: found '!env'"),
        problems("sponsor: !env HOME\n", "local.yaml"));
  }

  @Test
  void aLongDocumentStopsAtTheLimit() {
    String padding = "x-padding: " + "b".repeat(2000) + "\n";
    ReadOptions small = ReadOptions.defaults().withMaxDocumentLength(1000);
    for (String name : List.of("long.yaml", "long.json")) {
      String content =
          name.endsWith("yaml") ? padding : "{\"x-padding\": \"" + "b".repeat(2000) + "\"}";
      List<String> problems = problems(content, name, small);
      assertEquals(1, problems.size(), problems::toString);
      assertEquals("LIMIT " + name + ":", problems.get(0).substring(0, name.length() + 7));
      assertEquals(
          true,
          problems
              .get(0)
              .endsWith(
                  "the file is longer than the limit of 1,000 characters (raise the limit in"
                      + " ReadOptions if the file is trusted)"));
    }
  }

  @Test
  void problemsBeyondTheLimitAreCountedNotKept() {
    StringBuilder many =
        new StringBuilder("formatVersion: 1\norganization: {name: A, customerKind: consumer}\n");
    for (int i = 0; i < 30; i++) {
      many.append("unknown").append(i).append(": 1\n");
    }
    StrategyFileException thrown =
        assertThrows(
            StrategyFileException.class,
            () ->
                StrategyFiles.read(
                    many.toString(),
                    "many.yaml",
                    StrategyFormat.YAML,
                    ReadOptions.defaults().withMaxProblems(10)));
    assertEquals(10, thrown.problems().size());
    assertEquals(20, thrown.omitted());
    assertEquals(true, thrown.getMessage().startsWith("many.yaml: 30 problems\n"));
    assertEquals(true, thrown.getMessage().endsWith("\n  ... and 20 more"));
  }
}
