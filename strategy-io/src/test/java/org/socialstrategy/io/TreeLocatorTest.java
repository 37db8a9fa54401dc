package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.StrategyPath;

/** Paths of the model lead back to lines and columns of the file. */
class TreeLocatorTest {

  private static final TreeNode ROOT =
      TreeReader.read(
          new StringReader(
              String.join(
                  "\n",
                  "tactics:",
                  "  - id: fb-shop",
                  "    supports: [grow, cut]",
                  "    x-tool:",
                  "      score: 2",
                  "funding:",
                  "  perYear:",
                  "    2027:",
                  "      budget: {amount: '1', currency: USD}",
                  "")),
          StrategyFormat.YAML,
          ReadOptions.defaults(),
          new ProblemCollector("located.yaml", 10));

  private static String at(String path) {
    return at(StrategyPath.parse(path));
  }

  private static String at(StrategyPath path) {
    TreeLocator.Location location = TreeLocator.locate(ROOT, path);
    return location.line() + ":" + location.column();
  }

  /** A budget's path, keyed by year as the model writes it (parsing would read a position). */
  private static StrategyPath budget(String year) {
    return StrategyPath.ROOT.field("funding").key("perYear", year).field("budget");
  }

  @Test
  void pointsAtScalarValuesAndAtTheKeysOfObjectsAndLists() {
    assertEquals("2:9", at("tactics[0].id"));
    assertEquals("3:16", at("tactics[0].supports[0]"));
    assertEquals("3:22", at("tactics[0].supports[1]"));
    assertEquals("3:5", at("tactics[0].supports"));
    assertEquals("2:5", at("tactics[0]"));
    assertEquals("9:7", at(budget("2027")));
    assertEquals("4:5", at("tactics[0].extensions[x-tool]"));
  }

  @Test
  void stopsAtTheLastElementThePathReaches() {
    assertEquals("2:5", at("tactics[0].owner"));
    assertEquals("1:1", at("tactics[5].id"));
    assertEquals("7:3", at(budget("2031")));
    assertEquals("2:5", at("tactics[0].id.more"));
    assertEquals("3:5", at("tactics[0].supports.goal"));
  }

  @Test
  void dropsIdsAndNamesItemsByPosition() {
    StrategyPath withIds = StrategyPath.ROOT.element("tactics", 3, "fb-shop").index("supports", 0);
    assertEquals("tactics[3].supports[0]", TreeLocator.inFile(withIds).toString());
    assertEquals("x-tags[2]", TreeLocator.item(StrategyPath.ROOT.field("x-tags"), 2).toString());
    assertEquals(
        "x-tags[2].[0]", TreeLocator.item(StrategyPath.ROOT.index("x-tags", 2), 0).toString());
  }
}
