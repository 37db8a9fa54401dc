package org.socialstrategy.io;

/**
 * The text of a document read for editing, with its located tree: where each value starts and ends
 * in characters, where lines start and end, and the document's own habits (line break, indentation
 * of nested objects and lists, the separator between a JSON key and its value), which new text
 * follows.
 */
final class TextLayout {

  private final String text;
  private final StrategyFormat format;
  private final TreeSpans spans;

  /** The character offset of each code point, for YAML text with characters beyond the BMP. */
  private final int[] charOffsets;

  private final String newline;
  private int mappingStep = -1;
  private int sequenceIndent = -1;
  private int itemKeyOffset = -1;
  private String nameSeparator;

  /**
   * Lays out a document.
   *
   * @param text the text, without a byte order mark
   * @param format its notation
   * @param root its root value
   * @param spans where its values are, as the parser counted
   */
  TextLayout(String text, StrategyFormat format, TreeNode root, TreeSpans spans) {
    this.text = text;
    this.format = format;
    this.spans = spans;
    this.charOffsets =
        format == StrategyFormat.YAML && text.codePointCount(0, text.length()) != text.length()
            ? codePointOffsets(text)
            : null;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    learn(root);
  }

  private static int[] codePointOffsets(String text) {
    int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
    int at = 0;
    for (int i = 0; i < offsets.length - 1; i++) {
      offsets[i] = at;
      at += Character.charCount(text.codePointAt(at));
    }
    offsets[offsets.length - 1] = text.length();
    return offsets;
  }

  private int chars(int offset) {
    return charOffsets == null ? offset : charOffsets[Math.min(offset, charOffsets.length - 1)];
  }

  String text() {
    return text;
  }

  boolean isYaml() {
    return format == StrategyFormat.YAML;
  }

  String newline() {
    return newline;
  }

  /**
   * Returns where a value starts: a scalar's first character or quote, a bracket, a key, a dash.
   */
  int start(TreeNode node) {
    return chars(spans.start(node));
  }

  /** Returns the offset after a scalar or a bracketed collection. */
  int end(TreeNode node) {
    return chars(spans.end(node));
  }

  /** Returns where a key of an object starts. */
  int keyStart(TreeNode.Mapping mapping, int field) {
    return chars(spans.keyStart(mapping, field));
  }

  /** Tells whether a value is written in brackets: always in JSON, in YAML for flow style. */
  boolean isFlow(TreeNode node) {
    if (!isYaml()) {
      return true;
    }
    if (node instanceof TreeNode.Scalar) {
      return false;
    }
    char first = text.charAt(start(node));
    return first == '{' || first == '[';
  }

  /** Tells whether a YAML scalar is a block scalar, {@code |} or {@code >}. */
  boolean isBlockScalar(TreeNode node) {
    if (!isYaml() || !(node instanceof TreeNode.Scalar)) {
      return false;
    }
    int start = start(node);
    return start < text.length() && (text.charAt(start) == '|' || text.charAt(start) == '>');
  }

  /**
   * Returns the offset after the last character a value is written with: after a scalar (a block
   * scalar's trailing line breaks left out), a closing bracket, or the last value of a block.
   */
  int extentEnd(TreeNode node) {
    if (node instanceof TreeNode.Scalar) {
      int end = end(node);
      if (isBlockScalar(node)) {
        while (end > start(node) && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
      }
      return Math.max(end, start(node));
    }
    if (isFlow(node)) {
      return end(node);
    }
    if (node instanceof TreeNode.Mapping) {
      TreeNode.Mapping mapping = (TreeNode.Mapping) node;
      int last = mapping.size() - 1;
      return Math.max(keyStart(mapping, last) + 1, extentEnd(mapping.value(last)));
    }
    TreeNode.Sequence sequence = (TreeNode.Sequence) node;
    return extentEnd(sequence.item(sequence.size() - 1));
  }

  /** Returns where the dash of a YAML block list's item is, looking back from the item. */
  int dash(TreeNode item) {
    int at = start(item) - 1;
    while (at > 0 && Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    return at;
  }

  /**
   * Returns where the indicator before a YAML value is: the colon after its key, or the dash of its
   * list item.
   */
  int indicator(TreeNode value) {
    return dash(value);
  }

  /** Returns where the line holding an offset starts. */
  int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Returns the offset after the line break that ends the line an offset is on (or at its end). */
  int lineEndAfter(int offset) {
    if (offset > 0 && text.charAt(offset - 1) == '\n') {
      return offset;
    }
    int newlineAt = text.indexOf('\n', offset);
    return newlineAt < 0 ? text.length() : newlineAt + 1;
  }

  /** Returns the column of an offset, from 0. */
  int column(int offset) {
    return offset - lineStart(offset);
  }

  /** Tells whether only spaces come before an offset on its line. */
  boolean startsLine(int offset) {
    return text.substring(lineStart(offset), offset).isBlank();
  }

  /** Tells whether a value is written on one line. */
  boolean oneLine(TreeNode node) {
    return text.indexOf('\n', start(node)) < 0
        || text.indexOf('\n', start(node)) >= extentEnd(node);
  }

  /** Returns how much deeper a YAML object nested in an object is indented. */
  int mappingStep() {
    return mappingStep < 0 ? 2 : mappingStep;
  }

  /** Returns how much deeper than its key the dash of a YAML block list is indented. */
  int sequenceIndent() {
    return sequenceIndent < 0 ? mappingStep() : sequenceIndent;
  }

  /** Returns how far right of its dash the keys of an object in a YAML block list are. */
  int itemKeyOffset() {
    return itemKeyOffset < 0 ? 2 : itemKeyOffset;
  }

  /** Returns what comes between a JSON key and its value, such as {@code ": "}. */
  String nameSeparator() {
    return nameSeparator == null ? ": " : nameSeparator;
  }

  /** Learns the document's indentation from the first example of each kind it has. */
  private void learn(TreeNode node) {
    if (node instanceof TreeNode.Mapping) {
      TreeNode.Mapping mapping = (TreeNode.Mapping) node;
      for (int i = 0; i < mapping.size(); i++) {
        TreeNode value = mapping.value(i);
        int keyColumn = column(keyStart(mapping, i));
        if (nameSeparator == null && !isYaml()) {
          int keyEnd = text.indexOf(':', keyStart(mapping, i) + mapping.key(i).length() + 1);
          nameSeparator = text.substring(keyEnd, start(value));
        }
        if (isYaml() && !isFlow(mapping) && !isFlow(value)) {
          if (value instanceof TreeNode.Mapping && mappingStep < 0 && startsLine(start(value))) {
            mappingStep = column(start(value)) - keyColumn;
          } else if (value instanceof TreeNode.Sequence && sequenceIndent < 0) {
            sequenceIndent = column(start(value)) - keyColumn;
          }
        } else if (!isYaml() && value instanceof TreeNode.Mapping && mappingStep < 0) {
          TreeNode.Mapping nested = (TreeNode.Mapping) value;
          if (nested.size() > 0 && !oneLine(nested)) {
            mappingStep = column(keyStart(nested, 0)) - indentOf(keyStart(mapping, i));
          }
        }
        learn(value);
      }
    } else if (node instanceof TreeNode.Sequence) {
      TreeNode.Sequence sequence = (TreeNode.Sequence) node;
      for (int i = 0; i < sequence.size(); i++) {
        TreeNode item = sequence.item(i);
        if (isYaml()
            && itemKeyOffset < 0
            && !isFlow(sequence)
            && item instanceof TreeNode.Mapping
            && !isFlow(item)) {
          itemKeyOffset = column(start(item)) - column(dash(item));
        }
        learn(item);
      }
    }
  }

  /** Returns how many spaces the line holding an offset is indented by. */
  int indentOf(int offset) {
    int start = lineStart(offset);
    int at = start;
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    return at - start;
  }
}
