package org.socialstrategy.io;

import java.util.Arrays;

/**
 * Comparing and rebuilding located trees: structural equality (what a value is, not where), a key
 * that names a list item for matching, and copies of objects and lists with one field or item
 * changed. Copies keep the position of the value they replace, so that problems still point
 * somewhere sensible.
 */
final class TreeNodes {

  private TreeNodes() {}

  /**
   * Tells whether two values are the same: scalars of the same type and text, objects with the same
   * fields in the same order, lists with the same items.
   *
   * @param a a value, or null
   * @param b another value, or null
   * @return true when both are null or both are the same
   */
  static boolean same(TreeNode a, TreeNode b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof TreeNode.Scalar && b instanceof TreeNode.Scalar) {
      TreeNode.Scalar x = (TreeNode.Scalar) a;
      TreeNode.Scalar y = (TreeNode.Scalar) b;
      return x.type() == y.type() && x.text().equals(y.text());
    }
    if (a instanceof TreeNode.Sequence && b instanceof TreeNode.Sequence) {
      TreeNode.Sequence x = (TreeNode.Sequence) a;
      TreeNode.Sequence y = (TreeNode.Sequence) b;
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.item(i), y.item(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof TreeNode.Mapping && b instanceof TreeNode.Mapping) {
      TreeNode.Mapping x = (TreeNode.Mapping) a;
      TreeNode.Mapping y = (TreeNode.Mapping) b;
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!x.key(i).equals(y.key(i)) || !same(x.value(i), y.value(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Returns what names a list item when two versions of a list are matched: an object's id when it
   * has one, else the whole value written out.
   *
   * @param item a list item
   * @return its key
   */
  static String key(TreeNode item) {
    if (item instanceof TreeNode.Mapping) {
      TreeNode id = ((TreeNode.Mapping) item).value("id");
      if (id instanceof TreeNode.Scalar) {
        return "id:" + ((TreeNode.Scalar) id).text();
      }
    }
    StringBuilder text = new StringBuilder();
    write(item, text);
    return text.toString();
  }

  private static void write(TreeNode node, StringBuilder text) {
    if (node instanceof TreeNode.Scalar) {
      TreeNode.Scalar scalar = (TreeNode.Scalar) node;
      text.append(scalar.type().ordinal()).append(scalar.text().length()).append(':');
      text.append(scalar.text());
    } else if (node instanceof TreeNode.Sequence) {
      TreeNode.Sequence sequence = (TreeNode.Sequence) node;
      text.append('[');
      for (int i = 0; i < sequence.size(); i++) {
        write(sequence.item(i), text);
        text.append(',');
      }
      text.append(']');
    } else {
      TreeNode.Mapping mapping = (TreeNode.Mapping) node;
      text.append('{');
      for (int i = 0; i < mapping.size(); i++) {
        text.append(mapping.key(i).length()).append(':').append(mapping.key(i));
        write(mapping.value(i), text);
        text.append(',');
      }
      text.append('}');
    }
  }

  /**
   * Returns a scalar at the position of another value.
   *
   * @param type the scalar's type
   * @param text its text
   * @param at the value whose position it takes, or null for the first line
   * @return the scalar
   */
  static TreeNode.Scalar scalar(TreeNode.Type type, String text, TreeNode at) {
    return new TreeNode.Scalar(
        type, text, at == null ? 1 : at.line(), at == null ? 1 : at.column());
  }

  /**
   * Returns an object with a field set: its value replaced, or the field added at the end.
   *
   * @param mapping the object
   * @param key the field's key, one of the format's names where it names a field
   * @param value the value
   * @return the new object
   */
  static TreeNode.Mapping with(TreeNode.Mapping mapping, String key, TreeNode value) {
    int index = mapping.indexOf(key);
    int size = mapping.size();
    String[] keys = new String[index < 0 ? size + 1 : size];
    int[] positions = new int[2 * keys.length];
    TreeNode[] values = new TreeNode[keys.length];
    for (int i = 0; i < size; i++) {
      TreeNode.Field field = mapping.field(i);
      keys[i] = field.key();
      positions[2 * i] = field.line();
      positions[2 * i + 1] = field.column();
      values[i] = i == index ? value : field.value();
    }
    if (index < 0) {
      keys[size] = TreeReader.formatName(key);
      positions[2 * size] = mapping.line();
      positions[2 * size + 1] = mapping.column();
      values[size] = value;
    }
    return new TreeNode.Mapping(keys, positions, values, mapping.line(), mapping.column());
  }

  /**
   * Returns an object without a field.
   *
   * @param mapping the object
   * @param index the field's position
   * @return the new object
   */
  static TreeNode.Mapping without(TreeNode.Mapping mapping, int index) {
    int size = mapping.size() - 1;
    String[] keys = new String[size];
    int[] positions = new int[2 * size];
    TreeNode[] values = new TreeNode[size];
    for (int i = 0, j = 0; i <= size; i++) {
      if (i != index) {
        TreeNode.Field field = mapping.field(i);
        keys[j] = field.key();
        positions[2 * j] = field.line();
        positions[2 * j + 1] = field.column();
        values[j++] = field.value();
      }
    }
    return new TreeNode.Mapping(keys, positions, values, mapping.line(), mapping.column());
  }

  /**
   * Returns a list with an item replaced, or added at the end when the position is the size.
   *
   * @param sequence the list
   * @param position the item's position
   * @param item the item
   * @return the new list
   */
  static TreeNode.Sequence with(TreeNode.Sequence sequence, int position, TreeNode item) {
    TreeNode[] items = new TreeNode[Math.max(sequence.size(), position + 1)];
    for (int i = 0; i < sequence.size(); i++) {
      items[i] = sequence.item(i);
    }
    items[position] = item;
    return new TreeNode.Sequence(items, sequence.line(), sequence.column());
  }

  /**
   * Returns a list without an item.
   *
   * @param sequence the list
   * @param position the item's position
   * @return the new list
   */
  static TreeNode.Sequence without(TreeNode.Sequence sequence, int position) {
    TreeNode[] items = new TreeNode[sequence.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = sequence.item(i);
    }
    TreeNode[] left = new TreeNode[items.length - 1];
    System.arraycopy(items, 0, left, 0, position);
    System.arraycopy(items, position + 1, left, position, items.length - position - 1);
    return new TreeNode.Sequence(left, sequence.line(), sequence.column());
  }

  /**
   * Returns an empty object at the position of another value.
   *
   * @param at the value whose position it takes
   * @return the object
   */
  static TreeNode.Mapping emptyMapping(TreeNode at) {
    return new TreeNode.Mapping(new String[0], new int[0], new TreeNode[0], at.line(), at.column());
  }

  /**
   * Returns an empty list at the position of another value.
   *
   * @param at the value whose position it takes
   * @return the list
   */
  static TreeNode.Sequence emptySequence(TreeNode at) {
    return new TreeNode.Sequence(new TreeNode[0], at.line(), at.column());
  }

  /**
   * Returns an object whose fields are those given, in order.
   *
   * @param keys the keys
   * @param values the values
   * @param at the value whose position it takes
   * @return the object
   */
  static TreeNode.Mapping mapping(String[] keys, TreeNode[] values, TreeNode at) {
    int[] positions = new int[2 * keys.length];
    Arrays.fill(positions, 1);
    String[] names = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      names[i] = TreeReader.formatName(keys[i]);
    }
    return new TreeNode.Mapping(names, positions, values, at.line(), at.column());
  }
}
