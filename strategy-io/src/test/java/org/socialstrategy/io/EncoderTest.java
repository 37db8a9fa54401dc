package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;
import org.socialstrategy.testkit.StrategyGens;

/**
 * The format is written down once, as the {@link FormatV1} records; the encoder is its one fast
 * path. These tests hold the two together: every file the encoder writes, in both notations, has
 * exactly the objects the records describe, each field known, in the records' component order, of
 * the kind the record gives it, with every required field present; and it reads back equal.
 */
class EncoderTest {

  private static void writesWhatTheRecordsDescribe(Strategy strategy) {
    for (StrategyFormat format : StrategyFormat.values()) {
      String text = StrategyFiles.write(strategy, format);
      ProblemCollector problems = new ProblemCollector("written", 10);
      TreeNode root =
          TreeReader.read(new StringReader(text), format, ReadOptions.defaults(), problems);
      assertTrue(problems.isEmpty(), () -> format + " output does not parse:\n" + text);
      assertNotNull(root);
      object(root, FormatV1Shapes.of(FormatV1.StrategyFile.class), "");
      assertEquals(strategy, StrategyFiles.read(text, "written", format));
    }
  }

  private static void object(TreeNode node, FormatV1Shapes.ObjectShape shape, String path) {
    assertTrue(node instanceof TreeNode.Mapping, path + ": expected an object");
    TreeNode.Mapping mapping = (TreeNode.Mapping) node;
    int last = -1;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < mapping.size(); i++) {
      String key = mapping.key(i);
      String at = path + "." + key;
      if (key.startsWith("x-")) {
        assertTrue(shape.extensible(), at + ": extension on an object that takes none");
        continue;
      }
      FormatV1Shapes.Property property = shape.property(key);
      assertNotNull(property, at + ": not a field of " + shape.type().getSimpleName());
      int index = shape.names().indexOf(property.name());
      assertTrue(index > last, at + ": written out of the records' order");
      last = index;
      seen.add(property.name());
      value(mapping.value(i), property.shape(), at);
    }
    for (FormatV1Shapes.Property property : shape.properties()) {
      assertTrue(
          !property.required() || seen.contains(property.name()),
          path + "." + property.name() + ": required but not written");
    }
  }

  private static void value(TreeNode node, FormatV1Shapes.ValueShape shape, String path) {
    assertTrue(shape.accepts(node), path + ": expected " + shape.describe());
    if (node instanceof TreeNode.Sequence) {
      TreeNode.Sequence list = (TreeNode.Sequence) node;
      for (int i = 0; i < list.size(); i++) {
        value(list.item(i), shape.items(), path + "[" + i + "]");
      }
    } else if (node instanceof TreeNode.Mapping) {
      if ((shape.kinds() & FormatV1Shapes.ValueShape.OBJECT) != 0 && shape.object() != null) {
        object(node, shape.object(), path);
      } else {
        TreeNode.Mapping map = (TreeNode.Mapping) node;
        for (int i = 0; i < map.size(); i++) {
          value(map.value(i), shape.items(), path + "." + map.key(i));
        }
      }
    }
  }

  @Test
  void generatedStrategiesAreWrittenAsTheRecordsDescribe() {
    qt().withExamples(500)
        .forAll(StrategyGens.strategiesWithExtras(12))
        .checkAssert(EncoderTest::writesWhatTheRecordsDescribe);
  }

  @Test
  void largeStrategiesAreWrittenAsTheRecordsDescribe() {
    writesWhatTheRecordsDescribe(
        StrategyGenerator.scaledTo(300).seed(42).alignment(Alignment.MIXED).build().generate());
  }

  @Test
  void amountsWithExponentsAreWrittenAsTheRecordsDescribe() {
    Strategy retail = StrategyFiles.read(Path.of("..", "examples", "strategies", "retail.yaml"));
    Tactic tactic = retail.tactics().get(0);
    writesWhatTheRecordsDescribe(
        retail.withTactic(
            tactic.withCost(Money.of(new BigDecimal("1E+3"), Money.currency("USD")))));
  }

  @Test
  void exampleFilesAreWrittenAsTheRecordsDescribe() throws Exception {
    Path examples = Path.of("..", "examples", "strategies");
    try (Stream<Path> files = Files.list(examples)) {
      files
          .filter(file -> file.toString().endsWith(".yaml"))
          .forEach(file -> writesWhatTheRecordsDescribe(StrategyFiles.read(file)));
    }
  }
}
