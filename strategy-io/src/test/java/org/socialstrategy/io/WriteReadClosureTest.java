package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.Strategy;

/**
 * Whatever the reader accepts, the writer writes so that it reads back equal, in both notations;
 * what a file cannot carry, a strategy built in code may hold, and then the write refuses with a
 * message naming the element and the field before it touches anything.
 */
class WriteReadClosureTest {

  private static final String HEAD =
      "formatVersion: 1\n"
          + "organization: {name: Acme, customerKind: consumer}\n"
          + "metrics: [{id: visits, name: Visits, unit: visits, kind: vanity}]\n";

  private static Strategy read(String yaml) {
    return StrategyFiles.read(yaml, "closure.yaml");
  }

  /** Writes in both notations, checks each reads back equal, and returns the two texts. */
  private static List<String> roundTrips(Strategy strategy) {
    return Stream.of(StrategyFormat.values())
        .map(
            format -> {
              String written = StrategyFiles.write(strategy, format);
              assertEquals(strategy, StrategyFiles.read(written, "written", format), written);
              return written;
            })
        .toList();
  }

  private static Strategy.Builder acme() {
    return Strategy.builder()
        .organization(Organization.of("Acme", CustomerKind.CONSUMER))
        .addMetric(Metric.vanity("visits", "Visits", "visits"));
  }

  @Test
  void yearsBeforeOneThousandAreWrittenWithFourDigits() {
    Strategy strategy =
        read(
            HEAD
                + "observations:\n"
                + "  - {period: \"0999\", metric: visits, value: 1}\n"
                + "  - {period: 0000-Q1, metric: visits, value: 2}\n"
                + "  - {period: 0042-03, metric: visits, value: 3}\n"
                + "funding:\n"
                + "  perYear:\n"
                + "    \"0999\": {budget: {amount: \"1.00\", currency: USD}, staff: 1}\n");
    for (String written : roundTrips(strategy)) {
      assertTrue(written.contains("0999") && written.contains("0000-Q1"), written);
      assertTrue(written.contains("0042-03"), written);
    }
  }

  @Test
  void aLongDecimalWithAnExponentIsWrittenNoLongerThanItWasRead() {
    String digits = "1." + "2345678901".repeat(9) + "2345";
    String value = digits + "e-6";
    assertEquals(99, value.length());
    Strategy strategy =
        read(HEAD + "observations: [{period: 2027, metric: visits, value: " + value + "}]\n");
    for (String written : roundTrips(strategy)) {
      assertTrue(written.contains(" " + digits.replace(".", "") + "E-100\n"), written);
    }
  }

  @Test
  void theLongestTextThatNeedsQuotesReadsBackFromYaml() {
    String name = "@" + "x".repeat(ReadOptions.DEFAULT_MAX_STRING_LENGTH - 1);
    String escaped = "\u0001".repeat(ReadOptions.DEFAULT_MAX_STRING_LENGTH);
    for (String text : List.of(name, escaped)) {
      String json =
          "{\"formatVersion\": 1, \"organization\": {\"name\": \""
              + text.replace("\u0001", "\\u0001")
              + "\", \"customerKind\": \"consumer\"}}";
      Strategy strategy = StrategyFiles.read(json, "long.json");
      roundTrips(strategy);
    }
    StrategyFileException tooLong =
        assertThrows(
            StrategyFileException.class,
            () ->
                read(
                    "formatVersion: 1\norganization: {customerKind: consumer, name: '"
                        + name
                        + "x'}\n"));
    assertEquals(
        "closure.yaml:2:46: organization.name: a value longer than the limit of 100,000"
            + " characters (raise the limit in ReadOptions if the file is trusted)",
        tooLong.problems().get(0).toString());
  }

  @Test
  void textsWithSeparatorsAndControlCharactersReadBackFromYaml() {
    for (String text :
        List.of("\u0085", "a\u0085b", "\u2028x", "x\u2029", "\uFEFFx", "tab\tend\t", "\u0007")) {
      Strategy strategy =
          acme()
              .organization(Organization.of("Acme " + text, CustomerKind.of(text + "kind")))
              .putExtension("x-" + text, ExtensionValue.text(text))
              .build();
      roundTrips(strategy);
    }
  }

  @Test
  void anExponentBeyondTheRangeIsRefused() {
    StrategyFileException thrown =
        assertThrows(
            StrategyFileException.class,
            () ->
                read(
                    HEAD
                        + "observations:\n"
                        + "  - {period: 2027, metric: visits, value: 1e2147483647}\n"
                        + "  - {period: 2027, metric: visits, value: 1e-1001}\n"));
    assertEquals(
        List.of(
            "closure.yaml:5:43: observations[0].value: the number 1e2147483647 is out of range:"
                + " its exponent is beyond 1000",
            "closure.yaml:6:43: observations[1].value: the number 1e-1001 is out of range: its"
                + " exponent is beyond 1000"),
        thrown.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void aStrategyWithALoneSurrogateIsRefusedBeforeTheFileIsTouched(@TempDir Path folder)
      throws IOException {
    Strategy broken =
        Strategy.builder()
            .organization(Organization.of("Acme \ud83d", CustomerKind.CONSUMER))
            .build();
    Path file = folder.resolve("acme.yaml");
    Files.writeString(file, "formatVersion: 1\n", StandardCharsets.UTF_8);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> StrategyFiles.write(broken, file));
    assertEquals(
        "cannot write the organization: its name holds a lone surrogate \\ud83d at character 6,"
            + " which is not a character (text must be Unicode)",
        refused.getMessage());
    assertEquals("formatVersion: 1\n", Files.readString(file, StandardCharsets.UTF_8));
    try (Stream<Path> left = Files.list(folder)) {
      assertEquals(List.of(file), left.toList());
    }
  }

  @Test
  void valuesAFileCannotCarryAreRefusedWithTheElementAndField() {
    Strategy hugeExtension =
        acme()
            .addTactic(
                org.socialstrategy.model.Tactic.builder()
                    .id("fb-shop")
                    .name("Facebook shop")
                    .channel(org.socialstrategy.model.Channel.FACEBOOK)
                    .function(org.socialstrategy.model.BusinessFunction.SALES)
                    .putExtension("x-score", ExtensionValue.decimal(new BigDecimal("1E+1001")))
                    .build())
            .build();
    Strategy longDigits =
        acme()
            .addObservation(
                Observation.of(
                    "visits",
                    DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)),
                    new BigDecimal("9".repeat(101))))
            .build();
    assertEquals(
        "cannot write tactic 'fb-shop': its x-score holds the number 1E+1001, whose exponent is"
            + " beyond 1000",
        refusal(hugeExtension));
    assertEquals(
        "cannot write the observation: its value holds the number"
            + " 9999999999999999999999999999999999999..., which takes 101 characters, more than the"
            + " limit of 100",
        refusal(longDigits));
  }

  @Test
  void extensionsMayNestUpToTheLimitAndNoDeeper() {
    ExtensionValue deep = ExtensionValue.text("bottom");
    for (int level = 0; level < ReadOptions.DEFAULT_MAX_NESTING_DEPTH - 1; level++) {
      deep = ExtensionValue.list(List.of(deep));
    }
    roundTrips(acme().putExtension("x-deep", deep).build());
    Strategy deeper = acme().putExtension("x-deep", ExtensionValue.list(List.of(deep))).build();
    assertEquals(
        "cannot write the strategy: its x-deep holds values nested deeper than the limit of 64"
            + " levels",
        refusal(deeper));
  }

  private static String refusal(Strategy strategy) {
    String json =
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyFiles.write(strategy, StrategyFormat.JSON))
            .getMessage();
    String yaml =
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyFiles.write(strategy, StrategyFormat.YAML))
            .getMessage();
    assertEquals(json, yaml);
    return json;
  }
}
