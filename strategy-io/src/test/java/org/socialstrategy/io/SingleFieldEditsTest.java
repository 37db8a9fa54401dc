package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;

/**
 * For every value of every example file that can be changed on its own, in YAML and JSON and in
 * hand-written layouts: the edit rewrites only that value's lines, and the file reads back as the
 * edited strategy.
 */
class SingleFieldEditsTest {

  private static final Path LAYOUTS = Path.of("src", "test", "resources", "layouts");

  /** A scalar of the canonical tree and its path, positions for list items, keys for maps. */
  private record Leaf(StrategyPath path, TreeNode.Scalar value) {}

  static Stream<Arguments> files() throws IOException {
    List<Arguments> files = new ArrayList<>();
    for (Path example : ExamplesTest.examples().toList()) {
      String name = example.getFileName().toString();
      String yaml = Files.readString(example);
      files.add(Arguments.of(name, yaml));
      String json = StrategyFiles.write(StrategyFiles.read(example), StrategyFormat.JSON);
      files.add(Arguments.of(name.replace(".yaml", ".json"), json));
      if (name.equals("retail.yaml")) {
        files.add(Arguments.of("retail-crlf.yaml", yaml.replace("\n", "\r\n")));
      }
    }
    for (String name : List.of("handwritten.yaml", "handwritten.json")) {
      files.add(Arguments.of(name, Files.readString(LAYOUTS.resolve(name))));
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everySingleFieldEditTouchesOnlyThatFieldsLines(String name, String text) {
    StrategyText file = StrategyText.of(text, name);
    List<Leaf> leaves = new ArrayList<>();
    leaves(file.canonical(), StrategyPath.ROOT, leaves);
    int edited = 0;
    for (Leaf leaf : leaves) {
      for (TreeNode.Scalar candidate : candidates(leaf.value())) {
        Strategy strategy = decode(replace(file.canonical(), leaf.path().segments(), 0, candidate));
        if (strategy == null || strategy.equals(file.strategy())) {
          continue;
        }
        StrategyText result = file.with(strategy);
        String what = name + " " + leaf.path() + " = " + candidate.text();
        assertFalse(result.rewrittenWhole(), what);
        assertEquals(strategy, result.strategy(), what);
        int[] lines = lines(file, leaf.path());
        List<LineDiff.Line> changed = commasAside(LineDiff.between(text, result.text()));
        assertFalse(changed.isEmpty(), what);
        for (LineDiff.Line line : changed) {
          assertTrue(
              line.line() >= lines[0] && line.line() <= lines[1] + (line.removed() ? 0 : 4),
              what + ": line " + line + " outside " + lines[0] + ".." + lines[1] + "\n" + changed);
        }
        edited++;
        break;
      }
    }
    assertTrue(edited * 2 > leaves.size(), name + ": edited " + edited + " of " + leaves.size());
  }

  /**
   * Leaves out a line that only lost or gained its trailing comma: in JSON, removing the last field
   * of an object (a value set to its default is left out) must take the comma off the line before.
   */
  private static List<LineDiff.Line> commasAside(List<LineDiff.Line> changed) {
    List<LineDiff.Line> kept = new ArrayList<>(changed);
    for (LineDiff.Line removed : changed) {
      for (LineDiff.Line added : changed) {
        if (removed.removed()
            && !added.removed()
            && removed.text().replaceAll(",$", "").equals(added.text().replaceAll(",$", ""))) {
          kept.remove(removed);
          kept.remove(added);
        }
      }
    }
    return kept;
  }

  private static void leaves(TreeNode node, StrategyPath path, List<Leaf> leaves) {
    if (node instanceof TreeNode.Scalar) {
      leaves.add(new Leaf(path, (TreeNode.Scalar) node));
    } else if (node instanceof TreeNode.Mapping) {
      TreeNode.Mapping mapping = (TreeNode.Mapping) node;
      for (int i = 0; i < mapping.size(); i++) {
        if (!mapping.key(i).equals("formatVersion")) {
          TreeNode value = mapping.value(i);
          if (value instanceof TreeNode.Sequence) {
            TreeNode.Sequence sequence = (TreeNode.Sequence) value;
            for (int j = 0; j < sequence.size(); j++) {
              leaves(sequence.item(j), path.index(mapping.key(i), j), leaves);
            }
          } else {
            boolean map = mapping.key(i).equals("perYear") || mapping.key(i).equals("allocations");
            if (map) {
              TreeNode.Mapping entries = (TreeNode.Mapping) value;
              for (int j = 0; j < entries.size(); j++) {
                leaves(entries.value(j), path.key(mapping.key(i), entries.key(j)), leaves);
              }
            } else {
              leaves(value, path.field(mapping.key(i)), leaves);
            }
          }
        }
      }
    }
  }

  private static TreeNode replace(
      TreeNode node, List<StrategyPath.Segment> path, int step, TreeNode.Scalar value) {
    if (step == path.size()) {
      return value;
    }
    StrategyPath.Segment segment = path.get(step);
    TreeNode.Mapping mapping = (TreeNode.Mapping) node;
    TreeNode field = mapping.value(segment.name());
    if (segment.position().isPresent()) {
      TreeNode.Sequence sequence = (TreeNode.Sequence) field;
      int position = segment.position().getAsInt();
      return TreeNodes.with(
          mapping,
          segment.name(),
          TreeNodes.with(
              sequence, position, replace(sequence.item(position), path, step + 1, value)));
    }
    if (segment.key().isPresent()) {
      TreeNode.Mapping entries = (TreeNode.Mapping) field;
      String key = segment.key().get();
      return TreeNodes.with(
          mapping,
          segment.name(),
          TreeNodes.with(entries, key, replace(entries.value(key), path, step + 1, value)));
    }
    return TreeNodes.with(mapping, segment.name(), replace(field, path, step + 1, value));
  }

  private static Strategy decode(TreeNode tree) {
    try {
      return FormatV1Decoder.decode(
          tree, new DecodeState(new ProblemCollector("edited", 10), ReadOptions.defaults()));
    } catch (StrategyFileException e) {
      return null;
    }
  }

  /** Values to try for a scalar, the likeliest to be accepted first. */
  private static List<TreeNode.Scalar> candidates(TreeNode.Scalar value) {
    Set<TreeNode.Scalar> candidates = new LinkedHashSet<>();
    String text = value.text();
    switch (value.type()) {
      case TEXT -> {
        LocalDate day = FormatV1Periods.day(text);
        if (day != null) {
          candidates.add(text(day.plusYears(1).toString()));
          candidates.add(text(day.plusMonths(1).toString()));
          candidates.add(text(day.plusDays(1).toString()));
        } else if (FormatV1Periods.parse(text) != null) {
          int year = Integer.parseInt(text.substring(0, 4));
          candidates.add(text((year + 1) + text.substring(4)));
        }
        candidates.add(text(text + " (revised: yes) #2"));
        for (String word : ENUM_WORDS) {
          candidates.add(text(word));
        }
      }
      case WHOLE, FRACTION -> {
        BigDecimal number = new BigDecimal(text);
        candidates.add(number(number.add(BigDecimal.ONE)));
        candidates.add(number(number.divide(BigDecimal.valueOf(2))));
      }
      case BOOLEAN ->
          candidates.add(
              new TreeNode.Scalar(
                  TreeNode.Type.BOOLEAN, text.equals("true") ? "false" : "true", 1, 1));
      default -> {}
    }
    candidates.remove(value);
    return List.copyOf(candidates);
  }

  private static final List<String> ENUM_WORDS =
      List.of(
          "engagement",
          "vanity",
          "average",
          "latest",
          "informed",
          "engaged",
          "advisory",
          "centralized",
          "consulted",
          "informed",
          "accountable");

  private static TreeNode.Scalar text(String text) {
    return new TreeNode.Scalar(TreeNode.Type.TEXT, text, 1, 1);
  }

  private static TreeNode.Scalar number(BigDecimal number) {
    String text = number.toString();
    return new TreeNode.Scalar(
        text.contains(".") || text.contains("E") ? TreeNode.Type.FRACTION : TreeNode.Type.WHOLE,
        text,
        1,
        1);
  }

  /** The first and last line of the file's text for the value at a path, or its nearest parent. */
  private static int[] lines(StrategyText file, StrategyPath path) {
    TreeNode node = file.document().root();
    for (StrategyPath.Segment segment : path.segments()) {
      if (!(node instanceof TreeNode.Mapping)
          || ((TreeNode.Mapping) node).value(segment.name()) == null) {
        break;
      }
      TreeNode field = ((TreeNode.Mapping) node).value(segment.name());
      if (segment.position().isPresent()) {
        if (!(field instanceof TreeNode.Sequence)) {
          break;
        }
        node = ((TreeNode.Sequence) field).item(segment.position().getAsInt());
      } else if (segment.key().isPresent()) {
        if (!(field instanceof TreeNode.Mapping)
            || ((TreeNode.Mapping) field).value(segment.key().get()) == null) {
          break;
        }
        node = ((TreeNode.Mapping) field).value(segment.key().get());
      } else {
        node = field;
      }
    }
    TextLayout layout = file.layout();
    String body = layout.text();
    return new int[] {
      line(body, layout.start(node)),
      line(body, Math.max(layout.start(node), layout.extentEnd(node) - 1))
    };
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
