package org.socialstrategy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.ProblemKind;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import org.socialstrategy.io.StrategyText;
import org.socialstrategy.report.UnreadableFile;

/**
 * Finds and reads the strategy files a command is given: files, directories (walked for strategy
 * files), {@code -} for standard input, or the bundled sample when asked for with {@code --sample}.
 * What cannot be read becomes an {@link UnreadableFile} with its problems, never an exception.
 */
final class Inputs {

  /** The sample {@code --sample} reads: the retail case from the sources. */
  static final String SAMPLE = "retail.yaml";

  /** The name standard input is shown under. */
  static final String STDIN = "<stdin>";

  /**
   * How a file in a walked directory is told to be a strategy file: a top-level {@code
   * formatVersion} key, at the start of a line in YAML or as a key in JSON.
   */
  private static final Pattern FORMAT_VERSION =
      Pattern.compile("(?m)^(formatVersion|\"formatVersion\")\\s*:|\"formatVersion\"\\s*:");

  /** How much of a file the directory walk reads to tell a strategy file. */
  private static final int SNIFF = 64 * 1024;

  private Inputs() {}

  /**
   * One input named on the command line, resolved: a document read, or a file that could not be.
   *
   * @param name how to show the file: the path as the user wrote it
   * @param document the document, when it could be read
   * @param unreadable the file's problems, when it could not
   * @param text the file's text with its strategy, when it was read to be edited
   */
  record Input(
      String name, StrategyDocument document, UnreadableFile unreadable, StrategyText text) {

    Input(String name, StrategyDocument document, UnreadableFile unreadable) {
      this(name, document, unreadable, null);
    }

    /** Tells whether the file was read. */
    boolean readable() {
      return document != null;
    }
  }

  /**
   * What the arguments resolve to: the inputs, and the files a directory walk skipped.
   *
   * @param inputs the inputs, in the order given, each directory's files in name order
   * @param skipped the YAML and JSON files in walked directories that are not strategy files
   */
  record Resolved(List<Input> inputs, List<Path> skipped) {}

  /**
   * Resolves and reads the command's arguments.
   *
   * @param arguments files, directories and {@code -}; none only with {@code sample}
   * @param sample whether to read the bundled sample
   * @param stdinFormat the notation of standard input, or null to tell it from the text
   * @return the inputs
   * @throws IllegalArgumentException when there is nothing to read, or the sample is asked for
   *     beside files
   */
  static Resolved resolve(List<String> arguments, boolean sample, StrategyFormat stdinFormat) {
    if (sample && !arguments.isEmpty()) {
      throw new IllegalArgumentException("--sample reads the bundled sample instead of files");
    }
    if (sample) {
      return new Resolved(
          List.of(read(SAMPLE, () -> sampleText(SAMPLE), StrategyFormat.YAML)), List.of());
    }
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException(
          "no file given: name strategy files or directories, - for standard input, or --sample"
              + " for the bundled sample");
    }
    List<Input> inputs = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(read(STDIN, Inputs::standardInput, stdinFormat));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        walk(path, inputs, skipped);
      } else {
        inputs.add(read(path, argument));
      }
    }
    return new Resolved(inputs, skipped);
  }

  /**
   * Reads one file, or standard input for {@code -}, keeping its text so that it can be edited.
   *
   * @param argument the file, or {@code -}
   * @param stdinFormat the notation of standard input, or null to tell it from the text
   * @return the input, with its text when it could be read
   */
  static Input editable(String argument, StrategyFormat stdinFormat) {
    if (argument.equals("-")) {
      return read(STDIN, Inputs::standardInput, stdinFormat, true);
    }
    return read(Path.of(argument), argument, true);
  }

  /**
   * Reads one file, or standard input for {@code -}.
   *
   * @param argument the file, or {@code -}
   * @param stdinFormat the notation of standard input, or null to tell it from the text
   * @return the input
   */
  static Input one(String argument, StrategyFormat stdinFormat) {
    if (argument.equals("-")) {
      return read(STDIN, Inputs::standardInput, stdinFormat, false);
    }
    return read(Path.of(argument), argument, false);
  }

  /**
   * Reads a strategy from bytes that came from elsewhere, such as a version of a file in git.
   *
   * @param name how to show it
   * @param bytes the text, which must be UTF-8
   * @param format its notation
   * @return the input
   */
  static Input bytes(String name, byte[] bytes, StrategyFormat format) {
    return read(name, () -> decode(bytes), format, false);
  }

  /** Reads the strategy files under a directory, in name order, skipping hidden folders. */
  private static void walk(Path directory, List<Input> inputs, List<Path> skipped) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(file -> !hidden(directory.relativize(file)))
              .filter(Inputs::strategyNotation)
              .sorted()
              .toList();
    } catch (IOException | UncheckedIOException e) {
      inputs.add(unreadable(directory.toString(), "cannot walk the folder: " + reason(e)));
      return;
    }
    if (files.isEmpty()) {
      inputs.add(
          unreadable(directory.toString(), "the folder holds no .yaml, .yml or .json files"));
      return;
    }
    for (Path file : files) {
      if (looksLikeStrategy(file)) {
        inputs.add(read(file, file.toString()));
      } else {
        skipped.add(file);
      }
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean strategyNotation(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** Tells whether a file in a walked directory has a top-level {@code formatVersion}. */
  private static boolean looksLikeStrategy(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(SNIFF);
      return FORMAT_VERSION.matcher(new String(start, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      return true;
    }
  }

  /** Reads one file named on the command line, whatever its ending. */
  private static Input read(Path file, String name) {
    return read(file, name, false);
  }

  private static Input read(Path file, String name, boolean keepText) {
    Optional<StrategyFormat> format = formatOf(file.getFileName().toString());
    if (format.isEmpty()) {
      return new Input(
          name,
          null,
          new UnreadableFile(
              name,
              List.of(
                  problem(
                      name,
                      "not a strategy file: the name ends in neither .yaml, .yml nor .json",
                      "name it retail.yaml or retail.json, or give - and --stdin-format")),
              0));
    }
    return read(name, () -> fileText(file), format.get(), keepText);
  }

  private static Input read(String name, TextSource source, StrategyFormat format) {
    return read(name, source, format, false);
  }

  private static Input read(
      String name, TextSource source, StrategyFormat format, boolean keepText) {
    String text;
    try {
      text = source.text();
    } catch (CharacterCodingException e) {
      return new Input(
          name,
          null,
          new UnreadableFile(
              name, List.of(problem(name, "the file is not UTF-8 text", "save it as UTF-8")), 0));
    } catch (IOException e) {
      return unreadable(name, "cannot read the file: " + reason(e));
    }
    StrategyFormat notation = format != null ? format : sniff(text);
    try {
      if (keepText) {
        StrategyText kept = StrategyText.of(text, name, notation);
        return new Input(name, kept.document(), null, kept);
      }
      return new Input(name, StrategyFiles.load(text, name, notation), null);
    } catch (StrategyFileException e) {
      return new Input(name, null, UnreadableFile.of(name, e));
    }
  }

  /** JSON when the text starts with a brace, YAML otherwise (JSON is YAML too, but slower). */
  private static StrategyFormat sniff(String text) {
    return text.stripLeading().startsWith("{") ? StrategyFormat.JSON : StrategyFormat.YAML;
  }

  private static Optional<StrategyFormat> formatOf(String name) {
    try {
      return Optional.of(StrategyFormat.ofFileName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Input unreadable(String name, String message) {
    return new Input(
        name, null, new UnreadableFile(name, List.of(problem(name, message, null)), 0));
  }

  private static FileProblem problem(String name, String message, String hint) {
    return new FileProblem(
        name, 1, 1, "", ProblemKind.UNREADABLE, message, Optional.ofNullable(hint));
  }

  /** Says why a file could not be read, in words. */
  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof FileSystemException && ((FileSystemException) cause).getReason() != null) {
      return ((FileSystemException) cause).getReason().toLowerCase(Locale.ROOT);
    }
    return Optional.ofNullable(cause.getMessage()).orElse(cause.getClass().getSimpleName());
  }

  private static String fileText(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  private static String standardInput() throws IOException {
    return decode(System.in.readAllBytes());
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Returns the text of a bundled sample file. */
  static String sampleText(String name) {
    return resource("samples/" + name);
  }

  /** Returns the text of a resource beside this class. */
  static String resource(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from sbs");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a text comes from. */
  @FunctionalInterface
  private interface TextSource {
    String text() throws IOException;
  }
}
