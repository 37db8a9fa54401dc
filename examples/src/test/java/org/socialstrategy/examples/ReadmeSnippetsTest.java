package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every snippet the README shows from an example is the example's code, word for word: a region
 * between {@code // snippet:NAME} and {@code // end:NAME} in a source file under {@code
 * examples/src/main/java}, with its common indentation removed.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern START = Pattern.compile("^\\s*// snippet:([a-z-]+)\\s*$");

  @Test
  void readmeShowsEverySnippetVerbatim() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> snippets = new ArrayList<>();
    try (var sources = Files.walk(ROOT.resolve("examples/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        snippets.addAll(snippets(Files.readAllLines(source, StandardCharsets.UTF_8)));
      }
    }
    assertFalse(snippets.isEmpty(), "the examples mark at least one snippet");
    for (String snippet : snippets) {
      assertTrue(readme.contains(snippet), "README.md lacks the snippet:\n" + snippet);
    }
  }

  private static List<String> snippets(List<String> lines) {
    List<String> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher start = START.matcher(lines.get(i));
      if (start.matches()) {
        String end = "// end:" + start.group(1);
        int j = i + 1;
        while (!lines.get(j).strip().equals(end)) {
          j++;
        }
        snippets.add(dedent(lines.subList(i + 1, j)));
        i = j;
      }
    }
    return snippets;
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
