package org.socialstrategy.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a strategy file as read, with where it starts: the located tree the reader checks and
 * maps. Scalars keep their token text, so numbers stay exact and messages can quote them.
 */
sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

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
  record Scalar(Type type, String text, int line, int column) implements Node {}

  /**
   * A list.
   *
   * @param items the items, in order
   * @param line the line
   * @param column the column
   */
  record Sequence(List<Node> items, int line, int column) implements Node {}

  /**
   * One field of an object: its key, where the key is, and its value.
   *
   * @param key the key
   * @param line the key's line
   * @param column the key's column
   * @param value the value
   */
  record Field(String key, int line, int column, Node value) {}

  /** An object: fields with distinct keys, in the order written. */
  final class Mapping implements Node {

    /** Objects with more fields than this are looked up through a hash map. */
    private static final int LINEAR_LOOKUP = 12;

    private final List<Field> fields;
    private final Map<String, Field> byKey;
    private final int line;
    private final int column;

    /**
     * Makes an object of fields whose keys are distinct.
     *
     * @param fields the fields, in order
     * @param line the line
     * @param column the column
     */
    Mapping(List<Field> fields, int line, int column) {
      this.fields = fields;
      this.line = line;
      this.column = column;
      if (fields.size() > LINEAR_LOOKUP) {
        byKey = new HashMap<>(fields.size() * 2);
        for (Field field : fields) {
          byKey.put(field.key(), field);
        }
      } else {
        byKey = null;
      }
    }

    /**
     * Returns the fields in the order written.
     *
     * @return the fields
     */
    List<Field> fields() {
      return fields;
    }

    /**
     * Returns the field with the key.
     *
     * @param key the key
     * @return the field, or null when there is none
     */
    Field field(String key) {
      if (byKey != null) {
        return byKey.get(key);
      }
      for (Field field : fields) {
        if (field.key().equals(key)) {
          return field;
        }
      }
      return null;
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
