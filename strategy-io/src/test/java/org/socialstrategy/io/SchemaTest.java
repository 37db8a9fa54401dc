package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialstrategy.testkit.StrategyGens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The committed JSON Schema is the one the format records give, and it accepts every file. */
class SchemaTest {

  private static final Path COMMITTED = Path.of("..", "schema", "strategy-v1.schema.json");

  private static final Schema SCHEMA = load();

  private static Schema load() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(COMMITTED, StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + COMMITTED, e);
    }
  }

  /** YAML is parsed here through {@link YamlGuardReader}, which works round a snakeyaml bug. */
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static List<String> errors(String content, InputFormat format) {
    JsonNode document =
        format == InputFormat.JSON
            ? JsonMapper.builder().build().readTree(content)
            : YAML.readTree(new YamlGuardReader(new StringReader(content), Integer.MAX_VALUE));
    return SCHEMA.validate(document).stream().map(Error::toString).toList();
  }

  @Test
  void theCommittedSchemaIsFresh() throws IOException {
    assertEquals(
        StrategySchema.generate(),
        Files.readString(COMMITTED, StandardCharsets.UTF_8),
        () ->
            "schema/strategy-v1.schema.json is stale: the format records changed."
                + " Regenerate it from the repository's root with: "
                + StrategySchema.REFRESH);
  }

  @ParameterizedTest
  @MethodSource("org.socialstrategy.io.ExamplesTest#examples")
  void everyExampleIsValid(Path example) throws IOException {
    assertEquals(
        List.of(), errors(Files.readString(example, StandardCharsets.UTF_8), InputFormat.YAML));
  }

  @Test
  void everyWrittenStrategyIsValid() {
    qt().withExamples(100)
        .forAll(StrategyGens.strategiesWithExtras(8))
        .checkAssert(
            strategy -> {
              assertEquals(
                  List.of(),
                  errors(StrategyFiles.write(strategy, StrategyFormat.JSON), InputFormat.JSON));
              assertEquals(
                  List.of(),
                  errors(StrategyFiles.write(strategy, StrategyFormat.YAML), InputFormat.YAML));
            });
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String base = "formatVersion: 1\norganization: {name: Acme, customerKind: consumer}\n";
    for (String wrong :
        List.of(
            "formatVersion: 2\norganization: {name: Acme, customerKind: consumer}\n",
            "organization: {name: Acme, customerKind: consumer}\n",
            base + "tactic: []\n",
            base + "metrics: [{id: m, name: M, unit: u, kind: outcome}]\n",
            base + "goals: [{id: g, title: G, function: sales, x-note: fine, weight: high}]\n",
            base + "observations: [{period: 2027-13-01x, metric: m, value: 1}]\n",
            base + "funding: {perYear: {FY27: {budget: {amount: '1', currency: USD}, staff: 1}}}\n",
            base
                + "metrics: [{id: m, name: M, unit: u, kind: vanity, valuePerUnit: "
                + "{amount: '1', currency: usd}}]\n",
            base + "suppressions: [{rule: r, subject: campaign:x, reason: because}]\n")) {
      assertFalse(errors(wrong, InputFormat.YAML).isEmpty(), wrong);
    }
    assertEquals(List.of(), errors(base + "x-anything: {nested: [1, 2.50]}\n", InputFormat.YAML));
  }

  /**
   * Files that are wrong in one value each, in ways JSON Schema can express: both the reader and
   * the schema refuse every one, so an editor flags as you type what the reader would refuse.
   */
  @ParameterizedTest
  @MethodSource("invalidFiles")
  void theReaderAndTheSchemaBothRefuse(String file) {
    assertThrows(
        StrategyFileException.class,
        () -> StrategyFiles.read(file, "wrong.yaml"),
        () -> "the reader accepts:\n" + file);
    assertFalse(errors(file, InputFormat.YAML).isEmpty(), () -> "the schema accepts:\n" + file);
  }

  static List<String> invalidFiles() {
    String base =
        "formatVersion: 1\norganization: {name: Acme, customerKind: consumer}\n"
            + "metrics: [{id: m, name: M, unit: u, kind: business-outcome}]\n";
    String goal = "goals: [{id: g, title: G, function: sales";
    String tactic = "tactics: [{id: t, name: T, channel: facebook, function: sales";
    String funding = "funding: {perYear: {";
    return List.of(
        base + goal + ", objectives: [{metric: m, baseline: 1, target: 2, due: 2027-13-01}]}]\n",
        base + goal + ", objectives: [{metric: m, baseline: 1, target: 2, due: 2027-12-45}]}]\n",
        base + goal + ", objectives: [{metric: m, baseline: 1, target: 2, due: 2027-02-31x}]}]\n",
        base + "observations: [{period: 2027-13, metric: m, value: 1}]\n",
        base + "observations: [{period: 2027-Q5, metric: m, value: 1}]\n",
        base + "observations: [{period: 2027-00-10, metric: m, value: 1}]\n",
        base + "observations: [{period: 123456, metric: m, value: 1}]\n",
        base + goal + ", weight: 7}]\n",
        base + goal + ", weight: 0}]\n",
        base + goal + ", weight: -0.5}]\n",
        base + goal + "}]\n" + tactic + ", supports: [{goal: g, weight: 1.5}]}]\n",
        base + tactic + ", cost: {amount: '-5.00', currency: USD}}]\n",
        base + tactic + ", cost: {amount: -5, currency: USD}}]\n",
        base + tactic + ", cost: {amount: '5.00', currency: usd}}]\n",
        base + tactic + ", cost: {amount: '5.00', currency: DOLLAR}}]\n",
        base + funding + "2027: {budget: {amount: '1', currency: USD}, staff: -1}}}\n",
        base + funding + "27: {budget: {amount: '1', currency: USD}, staff: 1}}}\n",
        base + funding + "2027: {budget: {amount: '-1', currency: USD}, staff: 1}}}\n");
  }

  @Test
  void theSchemaIsPackedIntoTheJar() {
    assertTrue(StrategySchemas.v1().contains("\"$schema\""));
  }
}
