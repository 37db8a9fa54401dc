package org.socialstrategy.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;

/**
 * A strategy file's text, kept exactly as written, with the strategy it holds: the way to change a
 * strategy file without rewriting it. An edit rewrites only the text of what changed; comments, key
 * order, quoting, blank lines and period shorthands of every untouched part stay byte for byte, in
 * YAML and in JSON. A changed value keeps the file's style for it where that style can hold the new
 * value; a new element is written where the format's order puts it, in the file's own indentation;
 * a removed one goes with its lines.
 *
 * <pre>{@code
 * StrategyText file = StrategyText.read(Path.of("enterprise.yaml"));
 * Tactic selling = file.strategy().tactic(TacticId.of("linkedin-selling")).orElseThrow();
 * StrategyText edited = file.with(file.strategy().withTactic(selling.withCost(Money.of("65000.00", "EUR"))));
 * edited.write(Path.of("enterprise.yaml"));  // one line changed
 * file.apply(List.of(PathEdit.parse("tactics[linkedin-selling].name=Social selling")));
 * }</pre>
 *
 * <p>Every edit is checked by reading the new text back: it must hold exactly the edited strategy.
 * Should a minimal rewrite ever not, the edited strategy is written in the canonical layout instead
 * (keeping the comments at the top of the file), so an edit never yields a wrong file.
 */
public final class StrategyText {

  private static final String BOM = "\uFEFF";

  private final String text;
  private final String body;
  private final StrategyFormat format;
  private final StrategyDocument document;
  private final TextLayout layout;
  private final boolean rewrittenWhole;
  private TreeNode canonical;

  private StrategyText(
      String text,
      StrategyFormat format,
      StrategyDocument document,
      TextLayout layout,
      boolean rewrittenWhole) {
    this.text = text;
    this.body = text.startsWith(BOM) ? text.substring(1) : text;
    this.format = format;
    this.document = document;
    this.layout = layout;
    this.rewrittenWhole = rewrittenWhole;
  }

  /**
   * Reads a strategy file, JSON or YAML by its name's ending, keeping its text.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the file's text and strategy
   * @throws StrategyFileException listing every problem of the file
   * @throws IllegalArgumentException if the file name has no known ending
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StrategyText read(Path file) {
    String name = String.valueOf(file.getFileName());
    StrategyFormat format = StrategyFormat.ofFileName(name);
    try {
      String content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return of(content, name, format);
    } catch (CharacterCodingException e) {
      throw ProblemCollector.notUtf8(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a strategy from text, JSON or YAML by the source name's ending.
   *
   * @param text the file's text
   * @param sourceName the name problems are reported under, such as {@code retail.yaml}
   * @return the text and its strategy
   * @throws StrategyFileException listing every problem of the text
   * @throws IllegalArgumentException if the source name has no known ending
   */
  public static StrategyText of(String text, String sourceName) {
    return of(text, sourceName, StrategyFormat.ofFileName(sourceName));
  }

  /**
   * Reads a strategy from text in the given notation.
   *
   * @param text the file's text
   * @param sourceName the name problems are reported under
   * @param format JSON or YAML
   * @return the text and its strategy
   * @throws StrategyFileException listing every problem of the text
   */
  public static StrategyText of(String text, String sourceName, StrategyFormat format) {
    return load(text, sourceName, format, false);
  }

  private static StrategyText load(
      String text, String sourceName, StrategyFormat format, boolean rewrittenWhole) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    String body = text.startsWith(BOM) ? text.substring(1) : text;
    TreeSpans spans = new TreeSpans();
    StrategyDocument document;
    try {
      document =
          StrategyFiles.load(
              new StringReader(body), sourceName, format, ReadOptions.defaults(), spans);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StrategyText(
        text,
        format,
        document,
        new TextLayout(body, format, document.root(), spans),
        rewrittenWhole);
  }

  /**
   * Returns the file's text.
   *
   * @return the text, exactly as read or as the last edit left it
   */
  public String text() {
    return text;
  }

  /**
   * Returns the strategy the text holds.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return document.strategy();
  }

  /**
   * Returns the strategy with the text's layout, to point paths at lines and columns.
   *
   * @return the document
   */
  public StrategyDocument document() {
    return document;
  }

  /**
   * Returns the name the text is read under.
   *
   * @return the source name
   */
  public String sourceName() {
    return document.source();
  }

  /**
   * Returns the notation.
   *
   * @return JSON or YAML
   */
  public StrategyFormat format() {
    return format;
  }

  /**
   * Returns the text with the strategy it holds replaced by an edited one, rewriting only the text
   * of what changed.
   *
   * @param edited the edited strategy, such as {@code strategy().withTactic(changed)}
   * @return the edited text; this one when the strategy is unchanged
   */
  public StrategyText with(Strategy edited) {
    Objects.requireNonNull(edited, "edited");
    if (edited.equals(strategy())) {
      return this;
    }
    String rewritten;
    try {
      rewritten = TextRewriter.rewrite(layout, document.root(), canonical(), canonicalTree(edited));
    } catch (IllegalStateException e) {
      rewritten = null;
    }
    if (rewritten != null) {
      String prefix = text.startsWith(BOM) ? BOM : "";
      try {
        StrategyText result = load(prefix + rewritten, sourceName(), format, false);
        if (result.strategy().equals(edited)) {
          return result;
        }
      } catch (StrategyFileException e) {
        // the minimal rewrite did not read back: the canonical layout below always does
      }
    }
    return load(canonicalText(edited), sourceName(), format, true);
  }

  /**
   * Returns the text with the strategy changed by a function of it.
   *
   * @param change makes the edited strategy from this one
   * @return the edited text
   */
  public StrategyText edit(UnaryOperator<Strategy> change) {
    return with(change.apply(strategy()));
  }

  /**
   * Returns the text with one value set by its path, rewriting only that value's text.
   *
   * @param path the path, as findings print paths, such as {@code tactics[fb-shop].cost.amount}
   * @param value the value, such as {@code 6000.00}
   * @return the edited text
   * @throws StrategyFileException if the path names nothing the format has, or the value is one the
   *     field or the model refuses; each problem with the line and column the path leads to
   */
  public StrategyText set(String path, String value) {
    return apply(List.of(PathEdit.set(path, value)));
  }

  /**
   * Returns the text with edits named by paths applied together, rewriting only what they change.
   * The edits are checked together, as one file would be: all of them are applied, or none.
   *
   * @param edits the edits, in order
   * @return the edited text
   * @throws StrategyFileException listing every problem: a path that names nothing the format has,
   *     a value the field does not take or the model refuses; each with the line and column the
   *     path leads to in this text
   */
  public StrategyText apply(List<PathEdit> edits) {
    ProblemCollector problems =
        new ProblemCollector(sourceName(), ReadOptions.defaults().maxProblems());
    TreeNode edited = FormatV1Paths.apply(canonical(), edits, document.root(), problems);
    problems.throwIfAny();
    ProblemCollector decoding =
        new ProblemCollector(sourceName(), ReadOptions.defaults().maxProblems());
    Strategy strategy;
    try {
      strategy = FormatV1Decoder.decode(edited, new DecodeState(decoding, ReadOptions.defaults()));
    } catch (StrategyFileException e) {
      throw located(e, edited);
    }
    return with(strategy);
  }

  /**
   * Places the problems of an edited tree at the lines their paths lead to in this text, naming
   * elements with ids by id, since positions move with an edit.
   */
  private StrategyFileException located(StrategyFileException e, TreeNode edited) {
    List<FileProblem> problems = new ArrayList<>();
    for (FileProblem problem : e.problems()) {
      StrategyPath path;
      try {
        path = EditLocations.withIds(edited, StrategyPath.parse(problem.path()));
      } catch (IllegalArgumentException notAPath) {
        path = StrategyPath.ROOT;
      }
      TreeLocator.Location at = EditLocations.locate(document.root(), path);
      problems.add(
          new FileProblem(
              sourceName(),
              at.line(),
              at.column(),
              path.segments().isEmpty() ? problem.path() : path.toString(),
              problem.kind(),
              problem.message(),
              problem.hint()));
    }
    problems.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
    return new StrategyFileException(problems, e.omitted());
  }

  /**
   * Returns the text in the canonical layout: the format's field order, two-space indentation,
   * defaults left out, as {@link StrategyFiles#write(Strategy, StrategyFormat)} writes it. The
   * comment lines at the top of a YAML file are kept; other comments are not.
   *
   * @return the text in the canonical layout
   */
  public StrategyText formatted() {
    String canonicalText = canonicalText(strategy());
    return canonicalText.equals(text) ? this : load(canonicalText, sourceName(), format, false);
  }

  /**
   * Tells whether the text is in the canonical layout of {@link #formatted()}.
   *
   * @return true when formatting would change nothing
   */
  public boolean isFormatted() {
    return canonicalText(strategy()).equals(text);
  }

  /**
   * Writes the text to a file in one step: a reader sees the old file or the new one.
   *
   * @param file the file, replaced if it exists
   * @throws IOException if it cannot be written; the file is then unchanged
   */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, text);
  }

  /** Tells whether the last edit wrote the whole file in the canonical layout. */
  boolean rewrittenWhole() {
    return rewrittenWhole;
  }

  /** Returns the text's layout: where each value of its tree is. */
  TextLayout layout() {
    return layout;
  }

  /** Returns the canonical tree of the strategy the text holds. */
  TreeNode canonical() {
    if (canonical == null) {
      canonical = canonicalTree(strategy());
    }
    return canonical;
  }

  /** Returns a strategy as the tree of its canonical JSON. */
  static TreeNode canonicalTree(Strategy strategy) {
    String json = StrategyFiles.write(strategy, StrategyFormat.JSON);
    ReadOptions unlimited = ReadOptions.defaults().withMaxDocumentLength(Long.MAX_VALUE);
    return TreeReader.read(
        new StringReader(json),
        StrategyFormat.JSON,
        unlimited,
        new ProblemCollector("canonical", 1));
  }

  /** The strategy in the canonical layout, after this text's leading comments and its mark. */
  private String canonicalText(Strategy strategy) {
    StringBuilder out = new StringBuilder(text.startsWith(BOM) ? BOM : "");
    if (format == StrategyFormat.YAML) {
      int at = 0;
      while (at < body.length()) {
        int end = body.indexOf('\n', at);
        String line = body.substring(at, end < 0 ? body.length() : end).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          break;
        }
        at = end < 0 ? body.length() : end + 1;
      }
      out.append(body, 0, at);
    }
    return out.append(StrategyFiles.write(strategy, format)).toString();
  }

  @Override
  public String toString() {
    return sourceName() + ": " + Optional.ofNullable(strategy()).map(Strategy::toString).orElse("");
  }
}
