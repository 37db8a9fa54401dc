package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.testkit.StrategyGens;
import org.socialstrategy.testkit.StrategyPair;

/**
 * Over generated pairs of versions of a strategy: an edit made through the text and read back
 * equals the same edit made on the model, in both notations, without ever falling back to rewriting
 * the whole file; and editing a file in the canonical layout gives the canonical layout.
 */
class StrategyTextPropertiesTest {

  private static final int EXAMPLES = 150;
  private static final int MAX_TACTICS = 8;

  private static void editsReadBackAsTheModelEdit(StrategyFormat format) {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.pairs(MAX_TACTICS))
        .checkAssert(
            pair -> {
              String written = StrategyFiles.write(pair.before(), format);
              StrategyText edited =
                  StrategyText.of(written, "generated", format).with(pair.after());
              assertFalse(edited.rewrittenWhole(), "rewritten whole");
              assertEquals(pair.after(), StrategyFiles.read(edited.text(), "edited", format));
              if (format == StrategyFormat.JSON) {
                assertEquals(StrategyFiles.write(pair.after(), format), edited.text());
              }
            });
  }

  @Test
  void editsThroughYamlTextEqualTheModelEdit() {
    editsReadBackAsTheModelEdit(StrategyFormat.YAML);
  }

  @Test
  void editsThroughJsonTextEqualTheModelEdit() {
    editsReadBackAsTheModelEdit(StrategyFormat.JSON);
  }

  @Test
  void anyStrategyCanBeWrittenOverAnyOther() {
    qt().withExamples(60)
        .forAll(StrategyGens.pairs(MAX_TACTICS), StrategyGens.pairs(MAX_TACTICS))
        .checkAssert(
            (first, second) -> {
              for (StrategyFormat format : StrategyFormat.values()) {
                Strategy target = second.after();
                StrategyText edited =
                    StrategyText.of(StrategyFiles.write(first.before(), format), "a", format)
                        .with(target);
                assertFalse(edited.rewrittenWhole(), "rewritten whole in " + format);
                assertEquals(target, edited.strategy());
              }
            });
  }

  @Test
  void pairsAreMostlyDifferent() {
    int[] changed = new int[1];
    qt().withExamples(100)
        .forAll(StrategyGens.pairs(MAX_TACTICS))
        .checkAssert(
            (StrategyPair pair) -> changed[0] += pair.before().equals(pair.after()) ? 0 : 1);
    assertFalse(changed[0] < 50, "only " + changed[0] + " of 100 pairs differ");
  }
}
