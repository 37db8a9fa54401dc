package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.testkit.Alignment;
import org.socialstrategy.testkit.StrategyGenerator;
import org.socialstrategy.testkit.StrategyGens;

/**
 * The encoder writes what binding the {@link FormatV1} records writes, byte for byte, in both
 * notations: the records stay the one description of the format.
 */
class EncoderTest {

  private static void writesAsRecordsDo(Strategy strategy) {
    for (StrategyFormat format : StrategyFormat.values()) {
      String bound =
          JacksonSettings.writer(format).writeValueAsString(RecordEncoder.encode(strategy));
      assertEquals(
          format == StrategyFormat.JSON ? bound + "\n" : bound,
          StrategyFiles.write(strategy, format));
    }
  }

  @Test
  void generatedStrategiesAreWrittenAsTheirRecords() {
    qt().withExamples(500)
        .forAll(StrategyGens.strategiesWithExtras(12))
        .checkAssert(EncoderTest::writesAsRecordsDo);
  }

  @Test
  void largeStrategiesAreWrittenAsTheirRecords() {
    writesAsRecordsDo(
        StrategyGenerator.scaledTo(300).seed(42).alignment(Alignment.MIXED).build().generate());
  }

  @Test
  void amountsWithExponentsAreWrittenAsTheirRecords() {
    Strategy retail = StrategyFiles.read(Path.of("..", "examples", "strategies", "retail.yaml"));
    Tactic tactic = retail.tactics().get(0);
    writesAsRecordsDo(
        retail.withTactic(
            tactic.withCost(Money.of(new BigDecimal("1E+3"), Money.currency("USD")))));
  }

  @Test
  void exampleFilesAreWrittenAsTheirRecords() throws Exception {
    Path examples = Path.of("..", "examples", "strategies");
    try (Stream<Path> files = Files.list(examples)) {
      files
          .filter(file -> file.toString().endsWith(".yaml"))
          .forEach(file -> writesAsRecordsDo(StrategyFiles.read(file)));
    }
  }
}
