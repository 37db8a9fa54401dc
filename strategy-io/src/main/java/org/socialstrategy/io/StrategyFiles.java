package org.socialstrategy.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads and writes strategy files: one JSON or YAML document per strategy, in the versioned format
 * described in {@code docs/format.md} and {@code schema/strategy-v1.schema.json}.
 *
 * <p>Reading reports every problem of a file at once, each with file, line, column and path, in one
 * {@link StrategyFileException}; a broken syntax or an exceeded limit stops reading at once.
 * Writing lists fields in the documented order and leaves out what is empty or default; reading a
 * written file gives an equal strategy, extensions and decimal digits included.
 *
 * <pre>{@code
 * Strategy strategy = StrategyFiles.read(Path.of("retail.yaml"));
 * StrategyFiles.write(strategy, Path.of("retail.json"));
 * }</pre>
 */
public final class StrategyFiles {

  /** The byte order mark, U+FEFF, as the first character of a file. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private StrategyFiles() {}

  /**
   * Reads a strategy file, telling JSON from YAML by the file name's ending.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the strategy
   * @throws StrategyFileException listing every problem of the file
   * @throws IllegalArgumentException if the file name has no known ending
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Strategy read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Reads a strategy file with the given limits, telling JSON from YAML by the name's ending.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @param options the limits
   * @return the strategy
   * @throws StrategyFileException listing every problem of the file
   * @throws IllegalArgumentException if the file name has no known ending
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Strategy read(Path file, ReadOptions options) {
    return load(file, options).strategy();
  }

  /**
   * Reads a strategy file and keeps its layout, so that paths into the strategy can be pointed at
   * lines and columns; JSON or YAML by the file name's ending.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the document
   * @throws StrategyFileException listing every problem of the file
   * @throws IllegalArgumentException if the file name has no known ending
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StrategyDocument load(Path file) {
    return load(file, ReadOptions.defaults());
  }

  /**
   * Reads a strategy file with the given limits and keeps its layout.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @param options the limits
   * @return the document
   * @throws StrategyFileException listing every problem of the file
   * @throws IllegalArgumentException if the file name has no known ending
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StrategyDocument load(Path file, ReadOptions options) {
    StrategyFormat format = StrategyFormat.ofFileName(String.valueOf(file.getFileName()));
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String name = String.valueOf(file.getFileName());
    try (Reader input =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8))) {
      return load(input, name, format, options);
    } catch (CharacterCodingException e) {
      throw ProblemCollector.notUtf8(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a strategy from text and keeps its layout, JSON or YAML by the source name's ending.
   *
   * @param content the file's content
   * @param sourceName the name problems and positions are reported under
   * @return the document
   * @throws StrategyFileException listing every problem of the content
   * @throws IllegalArgumentException if the source name has no known ending
   */
  public static StrategyDocument load(String content, String sourceName) {
    try {
      return load(
          new StringReader(content),
          sourceName,
          StrategyFormat.ofFileName(sourceName),
          ReadOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a strategy from text in the given notation and keeps its layout.
   *
   * @param content the file's content
   * @param sourceName the name problems and positions are reported under
   * @param format JSON or YAML
   * @return the document
   * @throws StrategyFileException listing every problem of the content
   */
  public static StrategyDocument load(String content, String sourceName, StrategyFormat format) {
    try {
      return load(new StringReader(content), sourceName, format, ReadOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a strategy from text, telling JSON from YAML by the source name's ending.
   *
   * @param content the file's content
   * @param sourceName the name problems are reported under, such as {@code retail.yaml}
   * @return the strategy
   * @throws StrategyFileException listing every problem of the content
   * @throws IllegalArgumentException if the source name has no known ending
   */
  public static Strategy read(String content, String sourceName) {
    return read(content, sourceName, StrategyFormat.ofFileName(sourceName));
  }

  /**
   * Reads a strategy from text in the given notation.
   *
   * @param content the file's content
   * @param sourceName the name problems are reported under
   * @param format JSON or YAML
   * @return the strategy
   * @throws StrategyFileException listing every problem of the content
   */
  public static Strategy read(String content, String sourceName, StrategyFormat format) {
    return read(content, sourceName, format, ReadOptions.defaults());
  }

  /**
   * Reads a strategy from text in the given notation, with the given limits.
   *
   * @param content the file's content
   * @param sourceName the name problems are reported under
   * @param format JSON or YAML
   * @param options the limits
   * @return the strategy
   * @throws StrategyFileException listing every problem of the content
   */
  public static Strategy read(
      String content, String sourceName, StrategyFormat format, ReadOptions options) {
    try {
      return load(new StringReader(content), sourceName, format, options).strategy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static StrategyDocument load(
      Reader input, String sourceName, StrategyFormat format, ReadOptions options)
      throws IOException {
    return load(input, sourceName, format, options, null);
  }

  /**
   * Reads a document, recording where each value is in the text when asked, for an editor.
   *
   * @param input the text, without a byte order mark when spans are recorded
   * @param sourceName the name problems are reported under
   * @param format JSON or YAML
   * @param options the limits
   * @param spans where the offsets of values go, or null
   * @return the document
   * @throws StrategyFileException listing every problem
   * @throws IOException if the text cannot be read, or is not UTF-8
   */
  static StrategyDocument load(
      Reader input, String sourceName, StrategyFormat format, ReadOptions options, TreeSpans spans)
      throws IOException {
    JacksonVersions.require();
    Objects.requireNonNull(format, "format");
    ProblemCollector problems =
        new ProblemCollector(
            Objects.requireNonNull(sourceName, "sourceName"), options.maxProblems());
    TreeNode root =
        TreeReader.read(withoutByteOrderMark(input, problems), format, options, problems, spans);
    if (root == null) {
      throw problems.exception();
    }
    return new StrategyDocument(
        FormatV1Decoder.decode(root, new DecodeState(problems, options)), sourceName, root);
  }

  /**
   * Skips a leading byte order mark, which some editors on Windows write. A second one is refused:
   * it is no mark but an invisible character that a reader would otherwise take, or not, as part of
   * the first key.
   */
  private static Reader withoutByteOrderMark(Reader input, ProblemCollector problems)
      throws IOException {
    Reader buffered = input.markSupported() ? input : new BufferedReader(input);
    buffered.mark(2);
    if (buffered.read() != BYTE_ORDER_MARK) {
      buffered.reset();
      return buffered;
    }
    buffered.mark(1);
    if (buffered.read() == BYTE_ORDER_MARK) {
      problems.add(
          1,
          1,
          StrategyPath.ROOT,
          ProblemKind.SYNTAX,
          "the file starts with two byte order marks",
          "save it as UTF-8 with one byte order mark at most");
      throw problems.exception();
    }
    buffered.reset();
    return buffered;
  }

  /**
   * Writes a strategy to a file, in JSON or YAML by the file name's ending, atomically (see {@link
   * AtomicFiles}): a write that fails leaves the file as it was.
   *
   * @param strategy the strategy
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file, replaced if it exists
   * @throws IllegalArgumentException if the file name has no known ending, or the strategy holds a
   *     value a file cannot carry so that it reads back (a text with a lone surrogate or over the
   *     text limit, a year outside 0000 to 9999, a decimal beyond the number limits); the message
   *     names the element and the field
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Strategy strategy, Path file) {
    StrategyFormat format = StrategyFormat.ofFileName(String.valueOf(file.getFileName()));
    AtomicFiles.write(file, output -> write(strategy, format, output));
  }

  /**
   * Writes a strategy as text.
   *
   * @param strategy the strategy
   * @param format JSON or YAML
   * @return the file's content
   * @throws IllegalArgumentException if the strategy holds a value a file cannot carry so that it
   *     reads back; the message names the element and the field
   */
  public static String write(Strategy strategy, StrategyFormat format) {
    TextSink output = new TextSink();
    try {
      write(strategy, format, output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return output.toString();
  }

  private static void write(Strategy strategy, StrategyFormat format, Writer output)
      throws IOException {
    JacksonVersions.require();
    try (JsonGenerator generator = JacksonSettings.generator(format, output)) {
      FormatV1Encoder.write(strategy, generator);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    if (format == StrategyFormat.JSON) {
      output.write('\n');
    }
  }
}
