package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

class StrategyFilesTest {

  private static final Strategy SMALL =
      Strategy.builder()
          .organization(Organization.of("Acme Outfitters", CustomerKind.CONSUMER))
          .addStakeholder(Stakeholder.builder().id("cmo").title("Chief Marketing Officer").build())
          .addMetric(
              Metric.outcome("net-new-customers", "Net new customers", "customers")
                  .withValuePerUnit(Money.of("85.00", "USD")))
          .addGoal(
              BusinessGoal.builder()
                  .id("grow-online-revenue")
                  .title("Grow online revenue")
                  .function(BusinessFunction.SALES)
                  .sponsor("cmo")
                  .addObjective(
                      Objective.of("net-new-customers", 1200, 3000, LocalDate.of(2027, 12, 31)))
                  .build())
          .addTactic(
              Tactic.builder()
                  .id("mastodon")
                  .name("Mastodon server")
                  .channel(Channel.custom("Mastodon", ChannelKind.SOCIAL_NETWORK))
                  .function(BusinessFunction.of("Community relations"))
                  .addSupport("grow-online-revenue", 0.5)
                  .tracks("net-new-customers")
                  .putExtension(
                      "x-tool",
                      ExtensionValue.object(
                          Map.of("score", ExtensionValue.decimal(new BigDecimal("2.50")))))
                  .build())
          .addObservation(
              Observation.of(
                  "net-new-customers",
                  "mastodon",
                  DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)),
                  new BigDecimal("12")))
          .addObservation(
              Observation.of(
                  "net-new-customers",
                  DateRange.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 4)),
                  new BigDecimal("3.0")))
          .build();

  @Test
  void writesYamlInTheDocumentedOrderWithoutNoise() {
    assertEquals(
        String.join(
            "\n",
            "formatVersion: 1",
            "organization:",
            "  name: Acme Outfitters",
            "  customerKind: consumer",
            "goals:",
            "  - id: grow-online-revenue",
            "    title: Grow online revenue",
            "    function: sales",
            "    sponsor: cmo",
            "    objectives:",
            "      - metric: net-new-customers",
            "        baseline: 1200",
            "        target: 3000",
            "        due: 2027-12-31",
            "metrics:",
            "  - id: net-new-customers",
            "    name: Net new customers",
            "    unit: customers",
            "    kind: business-outcome",
            "    valuePerUnit:",
            "      amount: \"85.00\"",
            "      currency: USD",
            "tactics:",
            "  - id: mastodon",
            "    name: Mastodon server",
            "    channel:",
            "      name: Mastodon",
            "      kind: social-network",
            "    function: Community relations",
            "    supports:",
            "      - goal: grow-online-revenue",
            "        weight: 0.5",
            "    tracks:",
            "      - net-new-customers",
            "    x-tool:",
            "      score: 2.50",
            "stakeholders:",
            "  - id: cmo",
            "    title: Chief Marketing Officer",
            "observations:",
            "  - period: 2027-Q1",
            "    metric: net-new-customers",
            "    tactic: mastodon",
            "    value: 12",
            "  - period:",
            "      start: 2027-01-05",
            "      end: 2027-02-04",
            "    metric: net-new-customers",
            "    value: 3.0",
            ""),
        StrategyFiles.write(SMALL, StrategyFormat.YAML));
  }

  @Test
  void writesJsonWithTheSameFieldsTwoSpacesAndAFinalLineBreak() {
    String json = StrategyFiles.write(SMALL, StrategyFormat.JSON);
    assertEquals(
        String.join(
            "\n",
            "{",
            "  \"formatVersion\": 1,",
            "  \"organization\": {",
            "    \"name\": \"Acme Outfitters\",",
            "    \"customerKind\": \"consumer\"",
            "  },",
            "  \"goals\": ["),
        json.substring(0, json.indexOf("\n    {")));
    assertEquals(true, json.endsWith("      \"value\": 3.0\n    }\n  ]\n}\n"));
    assertEquals(SMALL, StrategyFiles.read(json, "small.json"));
  }

  @Test
  void readsAndWritesFilesByTheirNames(@TempDir Path directory) {
    for (String name : List.of("acme.json", "acme.yaml", "ACME.YML")) {
      Path file = directory.resolve(name);
      StrategyFiles.write(SMALL, file);
      assertEquals(SMALL, StrategyFiles.read(file));
    }
    assertEquals(
        "cannot tell the format of 'acme.txt': name it .json, .yaml or .yml",
        assertThrows(
                IllegalArgumentException.class,
                () -> StrategyFiles.write(SMALL, directory.resolve("acme.txt")))
            .getMessage());
    assertThrows(
        UncheckedIOException.class, () -> StrategyFiles.read(directory.resolve("missing.yaml")));
  }

  @Test
  void skipsAByteOrderMarkAndRefusesTextThatIsNotUtf8(@TempDir Path directory) throws IOException {
    Path marked = directory.resolve("marked.yaml");
    Files.writeString(
        marked, "\uFEFF" + StrategyFiles.write(SMALL, StrategyFormat.YAML), StandardCharsets.UTF_8);
    assertEquals(SMALL, StrategyFiles.read(marked));
    Path latin1 = directory.resolve("latin1.yaml");
    Files.write(latin1, "organization: {name: Caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        "latin1.yaml:1:1: the file is not UTF-8 text (save it as UTF-8)",
        assertThrows(StrategyFileException.class, () -> StrategyFiles.read(latin1))
            .problems()
            .get(0)
            .toString());
  }

  @Test
  void acceptsAmountsAsNumbersAndRangeEndsAsMonthsQuartersOrYears() {
    Strategy read =
        StrategyFiles.read(
            String.join(
                "\n",
                "formatVersion: 1",
                "organization: {name: Acme, customerKind: consumer}",
                "tactics:",
                "  - id: shop",
                "    name: Shop",
                "    channel: Carrier pigeon",
                "    function: sales",
                "    cost: {amount: 5000.50, currency: USD}",
                "    window: {start: 2027-03, end: 2027-Q3}",
                "  - id: store",
                "    name: Store",
                "    channel: {name: Pop-up store, kind: offline}",
                "    function: sales",
                "    window: {start: 2027, end: 2028}",
                ""),
            "amounts.yaml");
    Tactic shop = read.tactic(TacticId.of("shop")).orElseThrow();
    assertEquals(Money.of("5000.50", "USD"), shop.cost().orElseThrow());
    assertEquals(
        DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30)),
        shop.window().orElseThrow());
    assertEquals(ChannelKind.OTHER, shop.channel().kind());
    Tactic store = read.tactic(TacticId.of("store")).orElseThrow();
    assertEquals(Channel.custom("Pop-up store", ChannelKind.OFFLINE), store.channel());
    assertEquals(DateRange.years(2027, 2028), store.window().orElseThrow());
    String written = StrategyFiles.write(read, StrategyFormat.YAML);
    assertEquals(true, written.contains("    channel: Carrier pigeon\n"));
    assertEquals(true, written.contains("      amount: \"5000.50\"\n"));
    assertEquals(true, written.contains("      start: 2027-03-01\n      end: 2027-09-30\n"));
  }

  @Test
  void theExceptionListsItsProblemsLikeACompiler() {
    StrategyFileException thrown =
        assertThrows(
            StrategyFileException.class,
            () ->
                StrategyFiles.read(
                    "{\"formatVersion\": 1, \"organization\": {\"name\": \"A\"}, \"sponser\": 1}",
                    "tiny.json"));
    assertEquals(
        "tiny.json: 2 problems\n"
            + "  tiny.json:1:38: organization: missing required field 'customerKind'\n"
            + "  tiny.json:1:53: sponser: unknown field 'sponser' (did you mean 'sponsor'?)",
        thrown.getMessage());
    FileProblem problem = thrown.problems().get(1);
    assertEquals("tiny.json", problem.source());
    assertEquals(1, problem.line());
    assertEquals(53, problem.column());
    assertEquals("sponser", problem.path());
    assertEquals(ProblemKind.UNKNOWN_FIELD, problem.kind());
    assertEquals("unknown field 'sponser'", problem.message());
    assertEquals("did you mean 'sponsor'?", problem.hint().orElseThrow());
    assertEquals(problem, thrown.problems().get(1));
    assertEquals(problem.hashCode(), thrown.problems().get(1).hashCode());
  }

  @Test
  void knowsTheNotationByTheFileName() {
    assertEquals(StrategyFormat.YAML, StrategyFormat.ofFileName("dir/Retail.YAML"));
    assertEquals(StrategyFormat.YAML, StrategyFormat.ofFileName("retail.yml"));
    assertEquals(StrategyFormat.JSON, StrategyFormat.ofFileName("retail.json"));
    assertEquals(List.of(".yaml", ".yml"), StrategyFormat.YAML.extensions());
    assertThrows(IllegalArgumentException.class, () -> StrategyFiles.read("{}", "retail"));
  }
}
