package org.socialstrategy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.report.FindingsText;
import org.socialstrategy.report.TextStyle;

/** Reads the strategy files a command names, or the bundled sample when it names none. */
final class Inputs {

  /** The sample used when no file is given: the retail case from the sources. */
  static final String SAMPLE = "retail.yaml";

  private Inputs() {}

  /**
   * Reads each file, reporting the problems of those that cannot be read.
   *
   * @param files the files; the bundled sample when empty
   * @param err where problems and the note about the sample go
   * @param style how to mark problems
   * @return the documents read, and whether any file failed
   */
  static Loaded load(List<Path> files, PrintWriter err, TextStyle style) {
    List<Named> documents = new ArrayList<>();
    boolean failed = false;
    if (files.isEmpty()) {
      err.println(style.dim("sbs: no file given, so using the bundled sample strategy " + SAMPLE));
      documents.add(new Named(SAMPLE, sample()));
      return new Loaded(documents, false);
    }
    for (Path file : files) {
      try {
        documents.add(new Named(file.toString(), StrategyFiles.load(file)));
      } catch (StrategyFileException e) {
        failed = true;
        err.print(FindingsText.problems(e, style));
      }
    }
    return new Loaded(documents, failed);
  }

  /** Reads the bundled sample strategy. */
  static StrategyDocument sample() {
    return StrategyFiles.load(sampleText(SAMPLE), SAMPLE);
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

  /**
   * The documents a command read.
   *
   * @param documents the documents read, each with the name the user gave it
   * @param failed whether some file could not be read
   */
  record Loaded(List<Named> documents, boolean failed) {}

  /**
   * A document and the name to show it under: the path as the user wrote it.
   *
   * @param name the name
   * @param document the document
   */
  record Named(String name, StrategyDocument document) {}
}
