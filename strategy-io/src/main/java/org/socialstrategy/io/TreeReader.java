package org.socialstrategy.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.socialstrategy.model.StrategyPath;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Streams one JSON or YAML document into a {@link TreeNode} tree that keeps the line and column of
 * every value, and reports on the way what makes a document unreadable: broken syntax, a limit
 * exceeded, a YAML anchor, alias or tag, a second YAML document, and duplicate keys (the first
 * value is kept and reading goes on, so later problems are found too).
 */
final class TreeReader {

  /**
   * Tags that only restate what a plain scalar or collection already is, each with the tokens it
   * may stand on; {@code !} (no particular type) stands on anything. A tag on a value of another
   * kind, such as {@code !!str} on a mapping, says something the value is not and is refused.
   */
  private static final Map<String, Set<JsonToken>> STANDARD_TAGS =
      Map.of(
          "!",
          EnumSet.allOf(JsonToken.class),
          "tag:yaml.org,2002:str",
          EnumSet.of(JsonToken.VALUE_STRING, JsonToken.PROPERTY_NAME),
          "tag:yaml.org,2002:int",
          EnumSet.of(JsonToken.VALUE_NUMBER_INT),
          "tag:yaml.org,2002:float",
          EnumSet.of(JsonToken.VALUE_NUMBER_FLOAT, JsonToken.VALUE_NUMBER_INT),
          "tag:yaml.org,2002:bool",
          EnumSet.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE),
          "tag:yaml.org,2002:null",
          EnumSet.of(JsonToken.VALUE_NULL),
          "tag:yaml.org,2002:map",
          EnumSet.of(JsonToken.START_OBJECT),
          "tag:yaml.org,2002:seq",
          EnumSet.of(JsonToken.START_ARRAY));

  /** The field names of the format, each mapped to the instance its shapes hold. */
  private static final Map<String, String> FORMAT_NAMES =
      FormatV1Shapes.names().stream()
          .collect(Collectors.toUnmodifiableMap(name -> name, name -> name));

  private static final String RAISE = "raise the limit in ReadOptions if the file is trusted";

  /** Objects with more fields than this find duplicate keys through a hash map. */
  private static final int LINEAR_DUPLICATE_CHECK = 12;

  private final JsonParser parser;
  private final YAMLParser yaml;

  /**
   * The JSON parser as Jackson's public base class, whose token line and column need no location
   * object; null for YAML, whose parser has no such counters.
   */
  private final ParserBase json;

  private final ReadOptions options;
  private final ProblemCollector problems;

  /** Where values start and end, recorded only when the document is read for editing. */
  private final TreeSpans spans;

  /** The keys from the root to the value being read, null for a step into a list. */
  private String[] trailKeys = new String[16];

  /** The list positions of the trail, where its key is null. */
  private int[] trailPositions = new int[16];

  private int depth;

  /** The last names the JSON parser gave, by a hash of their reference, and their shared keys. */
  private final String[] keysRead = new String[64];

  private final String[] keysShared = new String[64];

  /** The values, keys and key positions of the lists and objects being read: see {@link #push}. */
  private TreeNode[] values = new TreeNode[64];

  private String[] keys = new String[64];
  private int[] keyPositions = new int[128];
  private int top;

  /** Thrown to stop reading once the document cannot be read any further. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private TreeReader(
      JsonParser parser, ReadOptions options, ProblemCollector problems, TreeSpans spans) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    this.json = yaml == null && parser instanceof ParserBase ? (ParserBase) parser : null;
    this.options = options;
    this.problems = problems;
    this.spans = spans;
  }

  /**
   * Reads a document.
   *
   * @param input the document
   * @param format its notation
   * @param options the limits
   * @param problems where problems go
   * @return the root value, or null when the document could not be read to its end
   * @throws UncheckedIOException if the input cannot be read
   */
  static TreeNode read(
      Reader input, StrategyFormat format, ReadOptions options, ProblemCollector problems) {
    return read(input, format, options, problems, null);
  }

  /**
   * Reads a document and records where each value is in the text, for an editor.
   *
   * @param input the document
   * @param format its notation
   * @param options the limits
   * @param problems where problems go
   * @param spans where the offsets of values and keys go, or null to record none
   * @return the root value, or null when the document could not be read to its end
   * @throws UncheckedIOException if the input cannot be read
   */
  static TreeNode read(
      Reader input,
      StrategyFormat format,
      ReadOptions options,
      ProblemCollector problems,
      TreeSpans spans) {
    try (JsonParser parser = JacksonSettings.parser(format, options, input)) {
      return new TreeReader(parser, options, problems, spans).document();
    }
  }

  /**
   * Returns the instance of a field name that the format's shapes hold, for keys made outside the
   * reader that the decoder must find by reference (see {@link TreeNode.Mapping#indexOfName}).
   *
   * @param name a key
   * @return the format's instance of the name, or the key itself when it names no field
   */
  static String formatName(String name) {
    return FORMAT_NAMES.getOrDefault(name, name);
  }

  private TreeNode document() {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(
            1, 1, StrategyPath.ROOT, ProblemKind.SYNTAX, "the file is empty", FormatV1.START);
        return null;
      }
      TreeNode root = value(first);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        if (yaml != null) {
          unsupported(at, "a strategy file holds one yaml document; a second one starts here");
        }
        problems.add(
            at.getLineNr(),
            at.getColumnNr(),
            StrategyPath.ROOT,
            ProblemKind.SYNTAX,
            "expected the end of the file after the document, found more",
            null);
        return null;
      }
      return root;
    } catch (Stop stop) {
      return null;
    } catch (StreamConstraintsException e) {
      limit(e);
      return null;
    } catch (StreamReadException e) {
      YamlGuardReader.RunTooLong run = cause(e, YamlGuardReader.RunTooLong.class);
      IOException failed = cause(e, IOException.class);
      if (run != null) {
        problems.add(
            run.line(),
            run.column(),
            path(),
            ProblemKind.LIMIT,
            "a value longer than the limit of " + count(options.maxStringLength()) + " characters",
            RAISE);
      } else if (failed != null) {
        return unreadable(failed);
      } else {
        syntax(e);
      }
      return null;
    } catch (JacksonIOException e) {
      return unreadable(e.getCause());
    }
  }

  /** Finds a cause of a kind in the chain snakeyaml and Jackson wrap it in. */
  private static <T extends Throwable> T cause(Throwable e, Class<T> kind) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (kind.isInstance(cause)) {
        return kind.cast(cause);
      }
    }
    return null;
  }

  private TreeNode value(JsonToken token) {
    TokenStreamLocation at = json == null || spans != null ? parser.currentTokenLocation() : null;
    int line;
    int column;
    if (at == null) {
      // the numbers currentTokenLocation() gives, without a location object per value (a third of
      // what reading a large JSON file allocates, by JMH): the parser's own column counter is one
      // more than the column its locations give
      line = json.getTokenLineNr();
      column = json.getTokenColumnNr() - 1;
    } else {
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    checkYaml(token);
    TreeNode node;
    switch (token) {
      case START_OBJECT:
        return mapping(line, column, at);
      case START_ARRAY:
        return sequence(line, column, at);
      case VALUE_STRING:
        node =
            new TreeNode.Scalar(
                TreeNode.Type.TEXT, text(parser.getString(), line, column), line, column);
        break;
      case VALUE_NUMBER_INT:
        node = new TreeNode.Scalar(TreeNode.Type.WHOLE, parser.getString(), line, column);
        break;
      case VALUE_NUMBER_FLOAT:
        node = new TreeNode.Scalar(TreeNode.Type.FRACTION, parser.getString(), line, column);
        break;
      case VALUE_TRUE:
        node = new TreeNode.Scalar(TreeNode.Type.BOOLEAN, "true", line, column);
        break;
      case VALUE_FALSE:
        node = new TreeNode.Scalar(TreeNode.Type.BOOLEAN, "false", line, column);
        break;
      case VALUE_NULL:
        node = new TreeNode.Scalar(TreeNode.Type.NULL, "null", line, column);
        break;
      default:
        throw new IllegalStateException("unexpected token " + token + " at " + line + ":" + column);
    }
    if (spans != null) {
      spans.record(node, at.getCharOffset(), parser.currentLocation().getCharOffset());
    }
    return node;
  }

  private TreeNode.Sequence sequence(int line, int column, TokenStreamLocation at) {
    int start = top;
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; ) {
      step(null, top - start);
      TreeNode item = value(next);
      push(null, 0, 0, item);
      depth--;
      next = parser.nextToken();
    }
    TreeNode.Sequence sequence =
        new TreeNode.Sequence(Arrays.copyOfRange(values, start, top), line, column);
    pop(start);
    if (spans != null) {
      spans.record(sequence, at.getCharOffset(), parser.currentLocation().getCharOffset());
    }
    return sequence;
  }

  private TreeNode.Mapping mapping(int line, int column, TokenStreamLocation at) {
    int start = top;
    Map<String, Integer> seen = null;
    int[] keyOffsets = spans == null ? null : new int[8];
    int keyCount = 0;
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; ) {
      TokenStreamLocation keyAt = parser.currentTokenLocation();
      int keyLine = keyAt.getLineNr();
      int keyColumn = keyAt.getColumnNr();
      String key = key(text(parser.currentName(), keyLine, keyColumn));
      step(key, 0);
      checkYaml(JsonToken.PROPERTY_NAME);
      TreeNode value = value(parser.nextToken());
      if (seen == null && top - start >= LINEAR_DUPLICATE_CHECK) {
        seen = new HashMap<>();
        for (int i = start; i < top; i++) {
          seen.put(keys[i], i);
        }
      }
      Integer first = seen != null ? seen.putIfAbsent(key, top) : linearFind(start, key);
      if (first == null) {
        push(key, keyLine, keyColumn, value);
        if (keyOffsets != null) {
          if (keyCount == keyOffsets.length) {
            keyOffsets = Arrays.copyOf(keyOffsets, keyCount * 2);
          }
          keyOffsets[keyCount++] = (int) keyAt.getCharOffset();
        }
      } else {
        problems.add(
            keyLine,
            keyColumn,
            path(),
            ProblemKind.DUPLICATE_KEY,
            "duplicate key '"
                + FormatV1Shapes.abbreviate(key)
                + "', first at line "
                + keyPositions[2 * first],
            "remove one of them: a key appears once per object");
      }
      depth--;
      next = parser.nextToken();
    }
    TreeNode.Mapping mapping =
        new TreeNode.Mapping(
            Arrays.copyOfRange(keys, start, top),
            Arrays.copyOfRange(keyPositions, 2 * start, 2 * top),
            Arrays.copyOfRange(values, start, top),
            line,
            column);
    pop(start);
    if (spans != null) {
      spans.record(
          mapping,
          at.getCharOffset(),
          parser.currentLocation().getCharOffset(),
          Arrays.copyOf(keyOffsets, keyCount));
    }
    return mapping;
  }

  /**
   * Returns a key, as the format's own instance of the name when it is one (see {@link
   * TreeNode.Mapping#indexOfName}). The JSON parser gives each distinct name one instance already,
   * so a small cache by reference answers most keys without hashing their text.
   */
  private String key(String name) {
    if (yaml != null) {
      return FORMAT_NAMES.getOrDefault(name, name);
    }
    int slot = System.identityHashCode(name) & (keysRead.length - 1);
    if (keysRead[slot] != name) {
      keysRead[slot] = name;
      keysShared[slot] = FORMAT_NAMES.getOrDefault(name, name);
    }
    return keysShared[slot];
  }

  /** Returns the position on the stack of the current object's field with the key, or null. */
  private Integer linearFind(int start, String key) {
    for (int i = start; i < top; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return null;
  }

  /**
   * Pushes a value of the list or object being read (with its key, for an object) on the stack that
   * the lists and objects being read share; each takes its values off when it ends.
   */
  private void push(String key, int keyLine, int keyColumn, TreeNode value) {
    if (top == values.length) {
      keys = Arrays.copyOf(keys, top * 2);
      keyPositions = Arrays.copyOf(keyPositions, top * 4);
      values = Arrays.copyOf(values, top * 2);
    }
    keys[top] = key;
    keyPositions[2 * top] = keyLine;
    keyPositions[2 * top + 1] = keyColumn;
    values[top] = value;
    top++;
  }

  /**
   * Takes the values of a list or object that ended off the stack. They stay in its arrays until
   * overwritten, which keeps nothing alive: they are in the tree.
   */
  private void pop(int start) {
    top = start;
  }

  /**
   * Steps into the value of a key, or of a list position when the key is null; the caller steps out
   * again with {@code depth--}.
   */
  private void step(String key, int position) {
    if (depth == trailKeys.length) {
      trailKeys = Arrays.copyOf(trailKeys, depth * 2);
      trailPositions = Arrays.copyOf(trailPositions, depth * 2);
    }
    trailKeys[depth] = key;
    trailPositions[depth] = position;
    depth++;
  }

  /** Returns the path of the value being read, as the file names it. */
  private StrategyPath path() {
    return path(depth);
  }

  /** Returns the path of the value being read, cut after so many keys and positions. */
  private StrategyPath path(int steps) {
    StrategyPath path = StrategyPath.ROOT;
    for (int i = 0; i < Math.min(steps, depth); i++) {
      String key = trailKeys[i];
      if (key == null) {
        path = path.index("", trailPositions[i]);
      } else if (i + 1 < Math.min(steps, depth) && trailKeys[i + 1] == null) {
        path = path.index(key, trailPositions[++i]);
      } else {
        path = path.field(key);
      }
    }
    return path;
  }

  /**
   * Checks a text or key: its length against the limit (the YAML parser does not count it), and
   * that it is Unicode. A lone surrogate, which a JSON or YAML escape such as {@code \ud83d} can
   * make, is half of a character: no file can hold it as UTF-8, so it is reported, and reading goes
   * on.
   */
  private String text(String text, int line, int column) {
    if (text.length() > options.maxStringLength()) {
      problems.add(
          line,
          column,
          path(),
          ProblemKind.LIMIT,
          "a value longer than the limit of " + count(options.maxStringLength()) + " characters",
          RAISE);
      throw new Stop();
    }
    int surrogate = FormatV1Values.loneSurrogate(text);
    if (surrogate >= 0) {
      problems.add(
          line,
          column,
          path(),
          ProblemKind.BAD_VALUE,
          "the text holds a lone surrogate "
              + FormatV1Values.describeSurrogate(text, surrogate)
              + ", half of a character",
          "write the character itself, or both halves of its surrogate pair");
    }
    return text;
  }

  /** Rejects the YAML features a strategy file has no use for, which only invite abuse. */
  private void checkYaml(JsonToken token) {
    if (yaml == null) {
      return;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    if (yaml.isCurrentAlias()) {
      unsupported(at, "yaml aliases are not allowed in a strategy file: write the value out");
    }
    if (yaml.getObjectId() != null) {
      unsupported(
          at,
          "yaml anchors are not allowed in a strategy file: found anchor '"
              + yaml.getObjectId()
              + "'");
    }
    String tag = yaml.getRawTag();
    if (tag == null) {
      return;
    }
    Set<JsonToken> fits = STANDARD_TAGS.get(tag);
    if (fits == null) {
      unsupported(at, "yaml tags are not allowed in a strategy file: found " + shortTag(tag));
    } else if (!fits.contains(token)) {
      unsupported(
          at,
          "the yaml tag "
              + shortTag(tag)
              + " does not fit its value, "
              + kind(token)
              + ": leave the tag out");
    }
  }

  private static String kind(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case PROPERTY_NAME:
        return "a key";
      case VALUE_STRING:
        return "a text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_NULL:
        return "null";
      default:
        return "a boolean";
    }
  }

  private static String shortTag(String tag) {
    String standard = "tag:yaml.org,2002:";
    return "'" + (tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag) + "'";
  }

  private void unsupported(TokenStreamLocation at, String message) {
    problems.add(
        at.getLineNr(), at.getColumnNr(), path(), ProblemKind.UNSUPPORTED_YAML, message, null);
    throw new Stop();
  }

  /** Reports an exceeded limit where the value that exceeds it starts. */
  private void limit(StreamConstraintsException e) {
    String complaint = String.valueOf(e.getOriginalMessage());
    String message;
    StrategyPath path = path();
    if (complaint.contains("getMaxNestingDepth")) {
      message = "nesting deeper than the limit of " + count(options.maxNestingDepth()) + " levels";
      path = path(1);
    } else if (complaint.contains("getMaxDocumentLength")) {
      message =
          "the file is longer than the limit of "
              + count(options.maxDocumentLength())
              + " characters";
    } else if (complaint.contains("getMaxNumberLength")) {
      message =
          "a number longer than the limit of " + count(options.maxNumberLength()) + " characters";
    } else if (complaint.contains("getMaxNameLength")) {
      message =
          "a key longer than the limit of " + count(options.maxStringLength()) + " characters";
    } else {
      message =
          "a value longer than the limit of " + count(options.maxStringLength()) + " characters";
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    problems.add(at.getLineNr(), at.getColumnNr(), path, ProblemKind.LIMIT, message, RAISE);
  }

  private void syntax(StreamReadException e) {
    int line;
    int column;
    TreeSyntaxMessages.Translation translation;
    if (e.getCause() instanceof MarkedYamlEngineException) {
      MarkedYamlEngineException cause = (MarkedYamlEngineException) e.getCause();
      translation = TreeSyntaxMessages.yaml(cause);
      Mark mark = cause.getProblemMark().orElse(null);
      TokenStreamLocation at = location(e);
      line = mark != null ? mark.getLine() + 1 : at.getLineNr();
      column = mark != null ? mark.getColumn() + 1 : at.getColumnNr();
    } else {
      String complaint = String.valueOf(e.getOriginalMessage());
      translation =
          yaml != null
              ? TreeSyntaxMessages.yaml(complaint)
              : TreeSyntaxMessages.json(complaint, parser.streamReadContext());
      TokenStreamLocation at = location(e);
      line = at.getLineNr();
      column = at.getColumnNr();
    }
    problems.add(
        Math.max(1, line),
        Math.max(1, column),
        StrategyPath.ROOT,
        ProblemKind.SYNTAX,
        translation.message(),
        translation.hint());
  }

  /** Reports text that is not UTF-8 (where it is cannot be told: it is read in blocks). */
  private TreeNode unreadable(IOException e) {
    if (e instanceof CharacterCodingException) {
      problems.add(
          1,
          1,
          StrategyPath.ROOT,
          ProblemKind.SYNTAX,
          "the file is not UTF-8 text",
          "save it as UTF-8");
      return null;
    }
    throw new UncheckedIOException(e);
  }

  private TokenStreamLocation location(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? parser.currentLocation() : at;
  }

  private static String count(long number) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(number);
  }
}
