package org.socialstrategy.io;

import java.io.Reader;
import java.io.Writer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Owns every Jackson setting of the module, each with its reason. Reading uses Jackson's streaming
 * parsers only (never data binding), so no type information, class name or YAML tag in a file can
 * make Jackson construct an object; strategies are written through streaming generators. The module
 * never touches data binding at run time.
 */
final class JacksonSettings {

  private static final TokenStreamFactory DEFAULT_JSON = jsonFactory(ReadOptions.defaults());
  private static final TokenStreamFactory DEFAULT_YAML = yamlFactory(ReadOptions.defaults());
  private static final TokenStreamFactory DEFAULT_CSV = csvFactory(ReadOptions.defaults());

  /**
   * YAML for people: no {@code ---} marker, quotes only where a value would otherwise read as
   * something else (a number, a boolean, null) or would lose a character (a control character, a
   * line or paragraph separator, a byte order mark: see {@link Quoting}), list items indented under
   * their key, long texts kept on one line so diffs stay small, multi-line texts as literal blocks,
   * and year keys such as {@code 2027} left unquoted (keys are always read as text).
   */
  private static final TokenStreamFactory YAML_OUT =
      YAMLFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .stringQuotingChecker(new Quoting())
          .build();

  private JacksonSettings() {}

  /**
   * Returns a streaming parser for a document.
   *
   * @param format the notation
   * @param options the limits
   * @param input the document
   * @return the parser
   */
  static JsonParser parser(StrategyFormat format, ReadOptions options, Reader input) {
    TokenStreamFactory factory;
    if (options.equals(ReadOptions.defaults())) {
      factory = format == StrategyFormat.JSON ? DEFAULT_JSON : DEFAULT_YAML;
    } else {
      factory = format == StrategyFormat.JSON ? jsonFactory(options) : yamlFactory(options);
    }
    return factory.createParser(
        ObjectReadContext.empty(),
        format == StrategyFormat.YAML
            ? new YamlGuardReader(input, options.maxStringLength())
            : input);
  }

  /**
   * Returns a generator that writes a strategy file in a notation, with the file layout. Only
   * streaming generators are used: nothing here needs Jackson's data binding, so the library works
   * beside any version of it, and of Jackson's annotations, that an application brings.
   *
   * @param format the notation
   * @param output where the text goes; not closed with the generator
   * @return the generator
   */
  static JsonGenerator generator(StrategyFormat format, Writer output) {
    return format == StrategyFormat.JSON
        ? JsonLayout.generator(output)
        : YAML_OUT.createGenerator(ObjectWriteContext.empty(), output);
  }

  /**
   * Returns a streaming CSV parser: no schema, so every row comes as a list of texts; no trimming,
   * no comments, RFC 4180 quoting. The text limit of the read options is a cell's limit.
   *
   * @param options the limits
   * @param input the text
   * @return the parser
   */
  static JsonParser csvParser(ReadOptions options, Reader input) {
    TokenStreamFactory factory =
        options.equals(ReadOptions.defaults()) ? DEFAULT_CSV : csvFactory(options);
    return factory.createParser(ObjectReadContext.empty(), input);
  }

  /** CSV read without a schema, within the limits; positions without the source text. */
  private static TokenStreamFactory csvFactory(ReadOptions options) {
    return CsvFactory.builder()
        .streamReadConstraints(constraints(options))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** The limits of the read options, enforced by the parser while it reads. */
  private static StreamReadConstraints constraints(ReadOptions options) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(options.maxDocumentLength())
        .maxNestingDepth(options.maxNestingDepth())
        .maxStringLength(options.maxStringLength())
        .maxNameLength(options.maxStringLength())
        .maxNumberLength(options.maxNumberLength())
        .build();
  }

  /**
   * Strict JSON: no comments, no single quotes, no trailing commas, no NaN. Duplicate keys are left
   * to the tree reader, which reports them with both positions and reads on.
   */
  private static TokenStreamFactory jsonFactory(ReadOptions options) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(options))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * YAML read through the YAML 1.2 JSON schema (only {@code true}, {@code false}, {@code null} and
   * JSON-style numbers are not text, so {@code no} and {@code 0x10} stay text), without snakeyaml's
   * own size limit of 3 MB: the document length limit of the read options applies instead. Anchors,
   * aliases and tags are reported by the tree reader.
   */
  private static TokenStreamFactory yamlFactory(ReadOptions options) {
    return YAMLFactory.builder()
        .loadSettings(
            LoadSettings.builder()
                .setSchema(new JsonSchema())
                .setCodePointLimit(Integer.MAX_VALUE)
                .setParseComments(false)
                .build())
        .streamReadConstraints(constraints(options))
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Quotes as YAML's default does, with two changes. Years as keys stay unquoted: a key is read as
   * text whatever it is. And a text with a control character, a next line (U+0085), a line or
   * paragraph separator or a byte order mark is put in double quotes, where each is escaped:
   * written plain, a YAML reader takes some of them for line breaks and the text reads back
   * changed, or empty.
   */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return hasUnsafeCharacter(name) || (!isYear(name) && super.needToQuoteName(name));
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return hasUnsafeCharacter(value) || super.needToQuoteValue(value);
    }

    private static boolean hasUnsafeCharacter(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x20
            || (c >= 0x7f && c <= 0x9f)
            || c == '\u2028'
            || c == '\u2029'
            || c == '\uFEFF') {
          return true;
        }
      }
      return false;
    }

    private static boolean isYear(String name) {
      return name.length() == 4 && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }
}
