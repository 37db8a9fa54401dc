package org.socialstrategy.io;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.StrategyPath;

/**
 * Applies {@link PathEdit}s to the canonical tree of a strategy, guided by the format's shapes: a
 * path is checked step by step against the fields each object may hold, elements of lists are found
 * by id or position, and a value is read as its field takes it. A bad path is reported at once, at
 * the line of the nearest element the path reaches in the file; a bad value is left to the decoder,
 * which reports it as it would in a file.
 */
final class FormatV1Paths {

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private static final String HINT =
      "write a path as findings print them, such as tactics[fb-shop].cost.amount";

  private final TreeNode file;
  private final ProblemCollector problems;

  /** One step of a path: a field, and what it selects in a list or map. */
  private record Step(String name, String selector) {}

  /** Thrown once a problem with an edit is reported, to go on with the next edit. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  private FormatV1Paths(TreeNode file, ProblemCollector problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Applies edits in order; an edit with a bad path is reported and skipped.
   *
   * @param canonical the canonical tree of the strategy
   * @param edits the edits
   * @param file the file's located tree, where problems are placed
   * @param problems where problems go
   * @return the edited tree
   */
  static TreeNode apply(
      TreeNode canonical, List<PathEdit> edits, TreeNode file, ProblemCollector problems) {
    FormatV1Paths paths = new FormatV1Paths(file, problems);
    TreeNode root = canonical;
    for (PathEdit edit : edits) {
      try {
        root =
            paths.change(
                (TreeNode.Mapping) root,
                FormatV1Shapes.of(FormatV1.StrategyFile.class),
                steps(edit.path(), paths),
                0,
                edit,
                StrategyPath.ROOT);
      } catch (Refused refused) {
        // reported; the next edit is still checked
      }
    }
    return root;
  }

  private static List<Step> steps(String path, FormatV1Paths paths) {
    List<Step> steps = new ArrayList<>();
    int at = 0;
    while (at <= path.length()) {
      int end = at;
      while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
        if (path.charAt(end) == ']') {
          paths.badPath(path);
        }
        end++;
      }
      String name = path.substring(at, end);
      String selector = null;
      if (end < path.length() && path.charAt(end) == '[') {
        int close = path.indexOf(']', end);
        if (close < 0 || close == end + 1) {
          paths.badPath(path);
        }
        selector = path.substring(end + 1, close);
        end = close + 1;
      }
      if (name.isEmpty() || (end < path.length() && path.charAt(end) != '.')) {
        paths.badPath(path);
      }
      steps.add(new Step(name, selector));
      at = end + 1;
    }
    return steps;
  }

  private void badPath(String path) {
    refuse(StrategyPath.ROOT, ProblemKind.BAD_VALUE, "'" + path + "' is not a path", HINT);
  }

  private void refuse(StrategyPath at, ProblemKind kind, String message, String hint) {
    TreeLocator.Location location = EditLocations.locate(file, at);
    problems.add(location.line(), location.column(), at, kind, message, hint);
    throw new Refused();
  }

  /**
   * Changes an object along the path from a step on.
   *
   * @param object the object
   * @param shape its shape, or null inside an extension value, which may hold anything
   */
  private TreeNode.Mapping change(
      TreeNode.Mapping object,
      FormatV1Shapes.ObjectShape shape,
      List<Step> steps,
      int index,
      PathEdit edit,
      StrategyPath at) {
    Step step = steps.get(index);
    String name = step.name();
    String selector = step.selector();
    if (name.equals("extensions") && selector != null && shape != null && shape.extensible()) {
      name = selector;
      selector = null;
    }
    FormatV1Shapes.ValueShape valueShape = null;
    if (shape != null) {
      FormatV1Shapes.Property property = shape.property(name);
      if (property != null) {
        valueShape = property.shape();
      } else if (!(shape.extensible() && name.startsWith(FormatV1.EXTENSION_PREFIX))) {
        refuse(
            at.field(name),
            ProblemKind.UNKNOWN_FIELD,
            "unknown field '" + FormatV1Shapes.abbreviate(name) + "'",
            NearestMatch.among(name, shape.names()).map(DecodeState::didYouMean).orElse(null));
      }
    }
    boolean free = shape == null || valueShape == null;
    boolean last = index == steps.size() - 1;
    TreeNode current = object.value(name);
    StrategyPath here = at.field(name);
    if (selector == null) {
      if (last) {
        if (edit.value().isEmpty()) {
          if (current == null) {
            refuse(here, ProblemKind.BAD_VALUE, "there is no " + name + " to remove", null);
          }
          return TreeNodes.without(object, object.indexOf(name));
        }
        return TreeNodes.with(
            object, name, typed(edit.value().get(), free ? null : valueShape, here));
      }
      TreeNode.Mapping child = objectAt(current, here, free ? null : valueShape, object);
      FormatV1Shapes.ObjectShape childShape = free ? null : valueShape.object();
      return TreeNodes.with(object, name, change(child, childShape, steps, index + 1, edit, here));
    }
    boolean list =
        free
            ? current instanceof TreeNode.Sequence
            : (valueShape.kinds() & FormatV1Shapes.ValueShape.LIST) != 0;
    boolean map =
        free
            ? current instanceof TreeNode.Mapping
            : (valueShape.kinds() & FormatV1Shapes.ValueShape.MAP) != 0;
    FormatV1Shapes.ValueShape items = free ? null : valueShape.items();
    if (list) {
      TreeNode.Sequence sequence =
          current instanceof TreeNode.Sequence
              ? (TreeNode.Sequence) current
              : TreeNodes.emptySequence(object);
      return TreeNodes.with(
          object, name, changeItem(sequence, name, selector, items, steps, index, edit, at));
    }
    if (map) {
      TreeNode.Mapping entries =
          current instanceof TreeNode.Mapping
              ? (TreeNode.Mapping) current
              : TreeNodes.emptyMapping(object);
      StrategyPath entry = at.key(name, selector);
      TreeNode.Mapping changed;
      if (last && edit.value().isEmpty()) {
        if (entries.indexOf(selector) < 0) {
          refuse(
              entry,
              ProblemKind.BAD_VALUE,
              "there is no " + name + " entry '" + selector + "' to remove",
              null);
        }
        changed = TreeNodes.without(entries, entries.indexOf(selector));
      } else if (last) {
        changed = TreeNodes.with(entries, selector, typed(edit.value().get(), items, entry));
      } else {
        TreeNode.Mapping child = objectAt(entries.value(selector), entry, items, entries);
        changed =
            TreeNodes.with(
                entries,
                selector,
                change(
                    child, items == null ? null : items.object(), steps, index + 1, edit, entry));
      }
      return TreeNodes.with(object, name, changed);
    }
    refuse(
        here,
        ProblemKind.BAD_VALUE,
        name + " is not a list or a map: '[" + selector + "]' selects nothing in it",
        "leave out the brackets");
    return object;
  }

  /** Returns the object a path goes on into: the one there, or a new empty one. */
  private TreeNode.Mapping objectAt(
      TreeNode current, StrategyPath here, FormatV1Shapes.ValueShape shape, TreeNode near) {
    if (current == null) {
      if (shape != null && (shape.kinds() & FormatV1Shapes.ValueShape.OBJECT) == 0) {
        refuse(here, ProblemKind.WRONG_TYPE, "the path goes on past " + shape.describe(), null);
      }
      return TreeNodes.emptyMapping(near);
    }
    if (!(current instanceof TreeNode.Mapping)) {
      refuse(
          here,
          ProblemKind.WRONG_TYPE,
          "the path goes on past " + FormatV1Shapes.describe(current),
          "end the path here, or set the whole value");
    }
    return (TreeNode.Mapping) current;
  }

  /** Changes an item of a list: found by id, by position, or by its text in a list of texts. */
  private TreeNode.Sequence changeItem(
      TreeNode.Sequence sequence,
      String name,
      String selector,
      FormatV1Shapes.ValueShape items,
      List<Step> steps,
      int index,
      PathEdit edit,
      StrategyPath at) {
    boolean identified =
        items != null && items.object() != null && items.object().property("id") != null;
    int position = find(sequence, selector, identified);
    boolean last = index == steps.size() - 1;
    StrategyPath item =
        identified && position >= 0
            ? at.element(name, position, selector)
            : at.index(name, Math.max(0, position));
    if (position < 0) {
      boolean append =
          last
              && edit.value().isPresent()
              && (identified || selector.equals(Integer.toString(sequence.size())));
      if (!append) {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
          known.add(label(sequence.item(i), i));
        }
        refuse(
            at.field(name),
            ProblemKind.UNKNOWN_REFERENCE,
            name + " has no element '" + FormatV1Shapes.abbreviate(selector) + "'",
            NearestMatch.among(selector, known)
                .map(DecodeState::didYouMean)
                .orElse(
                    identified
                        ? "to add one, set the whole element: " + name + "[" + selector + "]={...}"
                        : "name an element by its position, from 0"));
      }
      TreeNode value = withId(typed(edit.value().get(), items, item), selector, identified);
      return TreeNodes.with(sequence, sequence.size(), value);
    }
    if (last && edit.value().isEmpty()) {
      return TreeNodes.without(sequence, position);
    }
    if (last) {
      TreeNode value = withId(typed(edit.value().get(), items, item), selector, identified);
      return TreeNodes.with(sequence, position, value);
    }
    TreeNode.Mapping child = objectAt(sequence.item(position), item, items, sequence);
    return TreeNodes.with(
        sequence,
        position,
        change(child, items == null ? null : items.object(), steps, index + 1, edit, item));
  }

  private static String label(TreeNode item, int position) {
    if (item instanceof TreeNode.Mapping
        && ((TreeNode.Mapping) item).value("id") instanceof TreeNode.Scalar) {
      return ((TreeNode.Scalar) ((TreeNode.Mapping) item).value("id")).text();
    }
    return item instanceof TreeNode.Scalar
        ? ((TreeNode.Scalar) item).text()
        : Integer.toString(position);
  }

  private static int find(TreeNode.Sequence sequence, String selector, boolean identified) {
    for (int i = 0; i < sequence.size(); i++) {
      TreeNode item = sequence.item(i);
      TreeNode key =
          identified && item instanceof TreeNode.Mapping
              ? ((TreeNode.Mapping) item).value("id")
              : item;
      if (key instanceof TreeNode.Scalar && ((TreeNode.Scalar) key).text().equals(selector)) {
        return i;
      }
    }
    if (!selector.isEmpty()
        && selector.length() < 10
        && selector.chars().allMatch(Character::isDigit)) {
      int position = Integer.parseInt(selector);
      return position < sequence.size() ? position : -1;
    }
    return -1;
  }

  /** An element of a list with ids set whole without its id gets the id the path names. */
  private static TreeNode withId(TreeNode value, String id, boolean identified) {
    if (!identified
        || !(value instanceof TreeNode.Mapping)
        || ((TreeNode.Mapping) value).indexOf("id") >= 0) {
      return value;
    }
    TreeNode.Mapping fields = (TreeNode.Mapping) value;
    String[] keys = new String[fields.size() + 1];
    TreeNode[] values = new TreeNode[keys.length];
    keys[0] = "id";
    values[0] = TreeNodes.scalar(TreeNode.Type.TEXT, id, value);
    for (int i = 0; i < fields.size(); i++) {
      keys[i + 1] = fields.key(i);
      values[i + 1] = fields.value(i);
    }
    return TreeNodes.mapping(keys, values, value);
  }

  /**
   * Reads a value as its field takes it: text as written for a text field, a number or boolean
   * where one fits, YAML in brackets for objects and lists, and anything as YAML where the field
   * holds any value (extensions).
   */
  private TreeNode typed(String raw, FormatV1Shapes.ValueShape shape, StrategyPath at) {
    TreeNode near = file;
    if (shape == null) {
      return yaml(raw, at);
    }
    int kinds = shape.kinds();
    int collections =
        FormatV1Shapes.ValueShape.LIST
            | FormatV1Shapes.ValueShape.MAP
            | FormatV1Shapes.ValueShape.OBJECT;
    String stripped = raw.strip();
    if ((kinds & collections) != 0
        && (stripped.startsWith("{")
            || stripped.startsWith("[")
            || (kinds & FormatV1Shapes.ValueShape.TEXT) == 0)) {
      return yaml(raw, at);
    }
    if ((kinds & FormatV1Shapes.ValueShape.BOOLEAN) != 0
        && (raw.equals("true") || raw.equals("false"))) {
      return TreeNodes.scalar(TreeNode.Type.BOOLEAN, raw, near);
    }
    if ((kinds & (FormatV1Shapes.ValueShape.NUMBER | FormatV1Shapes.ValueShape.WHOLE)) != 0
        && NUMBER.matcher(stripped).matches()) {
      boolean whole =
          stripped.indexOf('.') < 0 && stripped.indexOf('e') < 0 && stripped.indexOf('E') < 0;
      return TreeNodes.scalar(whole ? TreeNode.Type.WHOLE : TreeNode.Type.FRACTION, stripped, near);
    }
    return TreeNodes.scalar(TreeNode.Type.TEXT, raw, near);
  }

  private TreeNode yaml(String raw, StrategyPath at) {
    ProblemCollector collector = new ProblemCollector("value", 1);
    TreeNode value =
        TreeReader.read(
            new StringReader(raw), StrategyFormat.YAML, ReadOptions.defaults(), collector);
    if (value == null) {
      refuse(
          at,
          ProblemKind.SYNTAX,
          "the value '"
              + FormatV1Shapes.abbreviate(raw)
              + "' cannot be read: "
              + collector.exception().problems().get(0).message(),
          "write an object as {name: value, ...} and a list as [a, b]");
    }
    return value;
  }
}
