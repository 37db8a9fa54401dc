package org.socialstrategy.io;

/**
 * Writes values the editor adds (a new tactic, a new field, a value whose shape changed) in the
 * file's notation and habits: YAML in block style at the file's indentation, or in brackets where
 * the file uses brackets; JSON spread over lines at the file's indentation, or on one line inside a
 * one-line object or list.
 */
final class TreeRender {

  private final TextLayout layout;

  TreeRender(TextLayout layout) {
    this.layout = layout;
  }

  private String nl() {
    return layout.newline();
  }

  /**
   * Writes a field of a YAML block object, its lines ended.
   *
   * @param key the key
   * @param value the value
   * @param indent the column of the key
   * @return the lines
   */
  String yamlField(String key, TreeNode value, int indent) {
    StringBuilder out = new StringBuilder(" ".repeat(indent));
    out.append(ScalarText.yamlKey(key, false)).append(':');
    appendYamlValue(
        out, value, indent, indent + layout.mappingStep(), indent + layout.sequenceIndent());
    return out.append(nl()).toString();
  }

  /**
   * Writes the value after a key or dash: a scalar or empty collection on the same line, a block
   * object or list on the lines below.
   */
  private void appendYamlValue(
      StringBuilder out, TreeNode value, int indent, int mappingIndent, int sequenceIndent) {
    if (isEmptyCollection(value) || value instanceof TreeNode.Scalar) {
      out.append(' ').append(yamlInline(value, false, indent + layout.mappingStep()));
    } else if (value instanceof TreeNode.Mapping) {
      out.append(nl()).append(trimEnd(yamlMapping((TreeNode.Mapping) value, mappingIndent)));
    } else {
      out.append(nl()).append(trimEnd(yamlSequence((TreeNode.Sequence) value, sequenceIndent)));
    }
  }

  /**
   * Writes a YAML block object, its lines ended.
   *
   * @param mapping the object, not empty
   * @param indent the column of its keys
   * @return the lines
   */
  String yamlMapping(TreeNode.Mapping mapping, int indent) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < mapping.size(); i++) {
      out.append(yamlField(mapping.key(i), mapping.value(i), indent));
    }
    return out.toString();
  }

  /**
   * Writes a YAML block list, its lines ended.
   *
   * @param sequence the list, not empty
   * @param indent the column of its dashes
   * @return the lines
   */
  String yamlSequence(TreeNode.Sequence sequence, int indent) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sequence.size(); i++) {
      out.append(yamlItem(sequence.item(i), indent, false));
    }
    return out.toString();
  }

  /**
   * Writes an item of a YAML block list, its lines ended: an object with its first key after the
   * dash and the others below it, or, in bracket style, on one line.
   *
   * @param item the item
   * @param indent the column of the dash
   * @param inBrackets whether to write an object or list item in brackets on one line
   * @return the lines
   */
  String yamlItem(TreeNode item, int indent, boolean inBrackets) {
    if (inBrackets || !(item instanceof TreeNode.Mapping) || isEmptyCollection(item)) {
      return " ".repeat(indent) + "- " + yamlInline(item, false, indent + 2) + nl();
    }
    String dash = " ".repeat(indent) + "-" + " ".repeat(Math.max(1, layout.itemKeyOffset() - 1));
    String fields = yamlMapping((TreeNode.Mapping) item, indent + layout.itemKeyOffset());
    return dash + fields.substring(indent + layout.itemKeyOffset());
  }

  /**
   * Writes a value where a scalar may stand: a scalar, or a collection in brackets.
   *
   * @param value the value
   * @param inBrackets whether the value is itself inside brackets
   * @param blockIndent the indentation of a block scalar's lines, were one written
   * @return the text
   */
  String yamlInline(TreeNode value, boolean inBrackets, int blockIndent) {
    if (value instanceof TreeNode.Scalar) {
      return ScalarText.yaml(
          (TreeNode.Scalar) value, ScalarText.Style.PLAIN, inBrackets, blockIndent, nl());
    }
    StringBuilder out = new StringBuilder();
    if (value instanceof TreeNode.Mapping) {
      TreeNode.Mapping mapping = (TreeNode.Mapping) value;
      out.append('{');
      for (int i = 0; i < mapping.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(ScalarText.yamlKey(mapping.key(i), true));
        out.append(": ").append(yamlInline(mapping.value(i), true, blockIndent));
      }
      return out.append('}').toString();
    }
    TreeNode.Sequence sequence = (TreeNode.Sequence) value;
    out.append('[');
    for (int i = 0; i < sequence.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(yamlInline(sequence.item(i), true, blockIndent));
    }
    return out.append(']').toString();
  }

  /**
   * Writes a field of a JSON object: the key, the file's separator, the value.
   *
   * @param key the key
   * @param value the value
   * @param indent the indentation of the line the key is on
   * @param oneLine whether to write the value on one line
   * @return the text
   */
  String jsonField(String key, TreeNode value, int indent, boolean oneLine) {
    return ScalarText.jsonString(key) + layout.nameSeparator() + json(value, indent, oneLine);
  }

  /**
   * Writes a JSON value: a scalar, or an object or list over lines indented from the line it starts
   * on, or on one line.
   *
   * @param value the value
   * @param indent the indentation of the line it starts on
   * @param oneLine whether to write it on one line
   * @return the text
   */
  String json(TreeNode value, int indent, boolean oneLine) {
    if (value instanceof TreeNode.Scalar) {
      return ScalarText.json((TreeNode.Scalar) value);
    }
    boolean object = value instanceof TreeNode.Mapping;
    int size = object ? ((TreeNode.Mapping) value).size() : ((TreeNode.Sequence) value).size();
    if (size == 0) {
      return object ? "{}" : "[]";
    }
    int inner = indent + layout.mappingStep();
    String separator = oneLine ? ", " : "," + nl() + " ".repeat(inner);
    StringBuilder out = new StringBuilder(object ? "{" : "[");
    out.append(oneLine ? "" : nl() + " ".repeat(inner));
    for (int i = 0; i < size; i++) {
      out.append(i == 0 ? "" : separator);
      if (object) {
        TreeNode.Mapping mapping = (TreeNode.Mapping) value;
        out.append(jsonField(mapping.key(i), mapping.value(i), inner, oneLine));
      } else {
        out.append(json(((TreeNode.Sequence) value).item(i), inner, oneLine));
      }
    }
    out.append(oneLine ? "" : nl() + " ".repeat(indent));
    return out.append(object ? "}" : "]").toString();
  }

  private static boolean isEmptyCollection(TreeNode value) {
    return (value instanceof TreeNode.Mapping && ((TreeNode.Mapping) value).size() == 0)
        || (value instanceof TreeNode.Sequence && ((TreeNode.Sequence) value).size() == 0);
  }

  /** Drops the line break that ends the last line. */
  private String trimEnd(String lines) {
    return lines.endsWith(nl()) ? lines.substring(0, lines.length() - nl().length()) : lines;
  }
}
