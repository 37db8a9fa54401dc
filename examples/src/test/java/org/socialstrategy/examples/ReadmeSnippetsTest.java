package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README is an example's code, word for word, under the imports it needs:
 * a region between {@code // snippet:NAME} and {@code // end:NAME} in a source file under {@code
 * examples/src}, with its common indentation removed, shown after exactly the imports its code
 * uses. The imports are checked by compiling: each example is compiled with the imports its README
 * snippet shows in place of its own imports of the names the snippet uses, so a missing or wrong
 * import fails, and an import whose name the snippet never mentions fails too.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern START = Pattern.compile("^\\s*// snippet:([a-z-]+)\\s*$");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
  private static final Pattern IMPORT = Pattern.compile("^import (static )?[\\w.]*?(\\w+);$");

  @TempDir Path classes;

  /** A marked region of an example source file. */
  record Region(String name, Path source, List<String> sourceLines, String code) {}

  /** A Java block of the README: the imports it shows, then its code. */
  record Snippet(List<String> imports, String code) {}

  @Test
  void readmeShowsEveryExampleRegionAndNothingElse() throws IOException {
    List<Region> regions = regions();
    assertFalse(regions.isEmpty(), "the examples mark at least one snippet");
    List<Snippet> snippets = readmeSnippets();
    for (Region region : regions) {
      assertEquals(
          1,
          snippets.stream().filter(s -> s.code().equals(region.code())).count(),
          "README.md shows the snippet " + region.name() + " once:\n" + region.code());
    }
    for (Snippet snippet : snippets) {
      assertTrue(
          regions.stream().anyMatch(r -> r.code().equals(snippet.code())),
          "README.md shows code that is no example's:\n" + snippet.code());
    }
  }

  @Test
  void everySnippetShowsItsImportsAndOnlyThose() throws IOException {
    Map<Region, Snippet> shown = shown();
    for (Map.Entry<Region, Snippet> entry : shown.entrySet()) {
      Snippet snippet = entry.getValue();
      assertFalse(
          snippet.imports().isEmpty(), "snippet " + entry.getKey().name() + " shows its imports");
      for (String line : snippet.imports()) {
        assertTrue(
            uses(snippet.code(), simpleName(line)),
            "snippet " + entry.getKey().name() + " imports what it does not use: " + line);
      }
    }
  }

  /**
   * Compiles each example with the imports its snippet shows. An example with two snippets is
   * compiled twice, so the snippets go to javac in rounds: each round holds at most one snippet of
   * each example, which keeps the runs few.
   */
  @Test
  void everySnippetCompilesWithTheImportsItShows() throws IOException {
    List<Map<Path, Map.Entry<Region, Snippet>>> rounds = new ArrayList<>();
    for (Map.Entry<Region, Snippet> entry : shown().entrySet()) {
      Path source = entry.getKey().source();
      Map<Path, Map.Entry<Region, Snippet>> round =
          rounds.stream().filter(r -> !r.containsKey(source)).findFirst().orElse(null);
      if (round == null) {
        round = new LinkedHashMap<>();
        rounds.add(round);
      }
      round.put(source, entry);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rounds.size(); i++) {
        Path folder = classes.resolve("round-" + i);
        Files.createDirectories(folder);
        Map<Path, String> names = new LinkedHashMap<>();
        for (Map.Entry<Region, Snippet> entry : rounds.get(i).values()) {
          Path source = folder.resolve(entry.getKey().source().getFileName());
          Files.write(
              source, withImports(entry.getKey(), entry.getValue()), StandardCharsets.UTF_8);
          names.put(source, entry.getKey().name());
        }
        List<String> options =
            List.of(
                "-proc:none",
                "-implicit:none",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                folder.toString());
        javac
            .getTask(
                null,
                files,
                problems,
                options,
                null,
                files.getJavaFileObjects(names.keySet().toArray(Path[]::new)))
            .call();
        List<String> errors =
            problems.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(
                    d ->
                        "snippet "
                            + names.get(Path.of(d.getSource().toUri()))
                            + ", line "
                            + d.getLineNumber()
                            + ": "
                            + d.getMessage(Locale.ROOT))
                .toList();
        assertEquals(List.of(), errors, "the snippets compile with the imports they show");
      }
    }
  }

  /**
   * The region's source file with the imports the snippet shows in place of the file's imports of
   * names the snippet uses; the file's other imports stay.
   */
  private static List<String> withImports(Region region, Snippet snippet) {
    List<String> lines = new ArrayList<>();
    boolean importsAdded = false;
    for (String line : region.sourceLines()) {
      if (!IMPORT.matcher(line).matches()) {
        lines.add(line);
        continue;
      }
      if (!importsAdded) {
        lines.addAll(snippet.imports());
        importsAdded = true;
      }
      if (!uses(region.code(), simpleName(line))) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String simpleName(String importLine) {
    Matcher matcher = IMPORT.matcher(importLine);
    assertTrue(matcher.matches(), importLine);
    return matcher.group(2);
  }

  private static boolean uses(String code, String name) {
    return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(code).find();
  }

  private static Map<Region, Snippet> shown() throws IOException {
    List<Snippet> snippets = readmeSnippets();
    Map<Region, Snippet> shown = new LinkedHashMap<>();
    for (Region region : regions()) {
      snippets.stream()
          .filter(s -> s.code().equals(region.code()))
          .findFirst()
          .ifPresent(snippet -> shown.put(region, snippet));
    }
    assertFalse(shown.isEmpty(), "the README shows the examples' snippets");
    return shown;
  }

  private static List<Snippet> readmeSnippets() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<Snippet> snippets = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      List<String> lines = block.group(1).lines().toList();
      int first = 0;
      while (first < lines.size()
          && (lines.get(first).isBlank() || lines.get(first).startsWith("import "))) {
        first++;
      }
      List<String> imports =
          lines.subList(0, first).stream().filter(line -> !line.isBlank()).toList();
      StringBuilder code = new StringBuilder();
      for (String line : lines.subList(first, lines.size())) {
        code.append(line).append('\n');
      }
      snippets.add(new Snippet(imports, code.toString()));
    }
    return snippets;
  }

  private static List<Region> regions() throws IOException {
    List<Region> regions = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(ROOT.resolve("examples/src"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher start = START.matcher(lines.get(i));
          if (start.matches()) {
            String end = "// end:" + start.group(1);
            int j = i + 1;
            while (!lines.get(j).strip().equals(end)) {
              j++;
            }
            regions.add(new Region(start.group(1), source, lines, dedent(lines.subList(i + 1, j))));
            i = j;
          }
        }
      }
    }
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
