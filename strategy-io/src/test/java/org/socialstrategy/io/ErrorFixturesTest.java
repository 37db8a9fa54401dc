package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code errors/} shows problems of one kind (or a few close ones) and sits beside the
 * problems expected of it, one per line as {@code KIND file:line:column: path: message (hint)}.
 */
class ErrorFixturesTest {

  private static final Path FIXTURES = Path.of("src", "test", "resources", "errors");

  /** Words that would betray a parser's own message or a stack trace. */
  private static final String[] LEAKS = {
    "jackson", "snakeyaml", "exception", "\tat ", "token", "code 125", "<block"
  };

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.filter(file -> !file.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void reportsTheExpectedProblemsWithLineAndColumn(Path fixture) throws IOException {
    String name = fixture.getFileName().toString();
    String expected =
        Files.readString(
            fixture.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".txt"),
            StandardCharsets.UTF_8);
    StrategyFileException thrown =
        assertThrows(StrategyFileException.class, () -> StrategyFiles.read(fixture));
    String actual =
        thrown.problems().stream()
            .map(problem -> problem.kind() + " " + problem)
            .collect(Collectors.joining("\n", "", "\n"));
    assertEquals(expected, actual);
    String message = thrown.getMessage().toLowerCase(Locale.ROOT);
    for (String leak : LEAKS) {
      assertFalse(message.contains(leak), () -> "message shows '" + leak + "': " + message);
    }
  }
}
