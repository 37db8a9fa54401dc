package org.socialstrategy.io;

import java.util.HashMap;
import java.util.Map;

/**
 * A value of a strategy file as read, with where it starts: the located tree the reader checks and
 * maps. Scalars keep their token text, so numbers stay exact and messages can quote them.
 */
sealed interface TreeNode permits TreeNode.Scalar, TreeNode.Mapping, TreeNode.Sequence {

  /**
   * Returns the line the value starts on.
   *
   * @return the line, from 1
   */
  int line();

  /**
   * Returns the column the value starts at.
   *
   * @return the column, from 1
   */
  int column();

  /** What a scalar token was. */
  enum Type {
    /** Text: a JSON string, or a YAML scalar that is not a number, boolean or null. */
    TEXT,
    /** A whole number. */
    WHOLE,
    /** A number with a fraction or an exponent. */
    FRACTION,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL
  }

  /**
   * A text, number, boolean or null.
   *
   * @param type what the token was
   * @param text the token's text: the string, the number as written, {@code true}, ...
   * @param line the line
   * @param column the column
   */
  record Scalar(Type type, String text, int line, int column) implements TreeNode {}

  /** A list. */
  final class Sequence implements TreeNode {

    private final TreeNode[] items;
    private final int line;
    private final int column;

    /**
     * Makes a list of the items, which it keeps without copying.
     *
     * @param items the items, in order
     * @param line the line
     * @param column the column
     */
    Sequence(TreeNode[] items, int line, int column) {
      this.items = items;
      this.line = line;
      this.column = column;
    }

    /**
     * Returns the number of items.
     *
     * @return the size
     */
    int size() {
      return items.length;
    }

    /**
     * Returns an item.
     *
     * @param position the item's position, from 0
     * @return the item
     */
    TreeNode item(int position) {
      return items[position];
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }
  }

  /**
   * One field of an object: its key, where the key is, and its value.
   *
   * @param key the key
   * @param line the key's line
   * @param column the key's column
   * @param value the value
   */
  record Field(String key, int line, int column, TreeNode value) {}

  /**
   * An object: fields with distinct keys, in the order written. The fields are kept in arrays, not
   * as one object each, since files have millions of them; {@link #field(int)} makes a field's
   * view.
   */
  final class Mapping implements TreeNode {

    /** Objects with more fields than this, which files hardly have, are looked up by hash. */
    private static final int LINEAR_LOOKUP = 16;

    private final String[] keys;
    private final int[] keyPositions;
    private final TreeNode[] values;
    private final Map<String, Integer> byKey;
    private final int line;
    private final int column;

    /**
     * Makes an object of fields whose keys are distinct, keeping the arrays without copying.
     *
     * @param keys the keys, in order
     * @param keyPositions the line and column of each key, two numbers per key
     * @param values the values, in the order of their keys
     * @param line the line
     * @param column the column
     */
    Mapping(String[] keys, int[] keyPositions, TreeNode[] values, int line, int column) {
      this.keys = keys;
      this.keyPositions = keyPositions;
      this.values = values;
      this.line = line;
      this.column = column;
      if (keys.length > LINEAR_LOOKUP) {
        byKey = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
          byKey.put(keys[i], i);
        }
      } else {
        byKey = null;
      }
    }

    /**
     * Returns the number of fields.
     *
     * @return the size
     */
    int size() {
      return keys.length;
    }

    /**
     * Returns a field's key.
     *
     * @param index the field's position, from 0
     * @return the key
     */
    String key(int index) {
      return keys[index];
    }

    /**
     * Returns a field's value.
     *
     * @param index the field's position, from 0
     * @return the value
     */
    TreeNode value(int index) {
      return values[index];
    }

    /**
     * Returns a field, its key's position included.
     *
     * @param index the field's position, from 0
     * @return the field
     */
    Field field(int index) {
      return new Field(
          keys[index], keyPositions[2 * index], keyPositions[2 * index + 1], values[index]);
    }

    /**
     * Returns the position of the field with the key. Keys are short and objects small, and keys
     * read by the same parser are mostly the same instances as the names asked for, so a scan that
     * compares references first beats hashing.
     *
     * @param key the key
     * @return the field's position, or -1 when there is none
     */
    int indexOf(String key) {
      if (byKey != null) {
        Integer index = byKey.get(key);
        return index == null ? -1 : index;
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return i;
        }
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Returns the position of the field with a name of the format, the instance {@link
     * FormatV1Shapes} holds. The tree reader gives every key equal to such a name that very
     * instance, so only references are compared.
     *
     * @param name the name, as the format's shapes hold it
     * @return the field's position, or -1 when there is none
     */
    int indexOfName(String name) {
      if (byKey != null) {
        return indexOf(name);
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == name) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Returns the field with the key.
     *
     * @param key the key
     * @return the field, or null when there is none
     */
    Field field(String key) {
      int index = indexOf(key);
      return index < 0 ? null : field(index);
    }

    /**
     * Returns the value of the field with the key.
     *
     * @param key the key
     * @return the value, or null when there is no such field
     */
    TreeNode value(String key) {
      int index = indexOf(key);
      return index < 0 ? null : values[index];
    }

    @Override
    public int line() {
      return line;
    }

    @Override
    public int column() {
      return column;
    }
  }
}
