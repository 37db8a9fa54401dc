package org.socialstrategy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small modular application, compiled with every warning an error and run on the module path: the
 * library's module descriptors let it {@code requires} the library and run with no {@code
 * --add-modules} or other flags.
 */
class ModulePathTest {

  /** The library's modules and the modules they read, as the test's class path holds them. */
  private static final Pattern MODULES =
      Pattern.compile(
          ".*(strategy-(model|scoring|io|attribution|report)|jackson-(core|databind|annotations|dataformat-yaml"
              + "|dataformat-csv)|snakeyaml-engine).*");

  @TempDir Path dir;

  @Test
  void aModularApplicationRequiresTheLibraryAndRuns() throws Exception {
    String modulePath = modulePath();
    Path source = dir.resolve("src");
    Files.createDirectories(source.resolve("acme"));
    Files.writeString(
        source.resolve("module-info.java"),
        "module acme.app {\n  requires org.socialstrategy.report;\n}\n");
    Files.writeString(
        source.resolve("acme").resolve("Main.java"),
        String.join(
            "\n",
            "package acme;",
            "",
            "import java.nio.file.Path;",
            "import java.time.LocalDate;",
            "import org.socialstrategy.io.StrategyFiles;",
            "import org.socialstrategy.model.Strategy;",
            "import org.socialstrategy.report.ScorecardJson;",
            "import org.socialstrategy.scoring.scorecard.Scorecard;",
            "import org.socialstrategy.scoring.validation.StrategyValidator;",
            "",
            "/** Reads, validates and scores the strategy file it is given. */",
            "public final class Main {",
            "  private Main() {}",
            "",
            "  /**",
            "   * Runs the application.",
            "   *",
            "   * @param args the strategy file",
            "   */",
            "  public static void main(String[] args) {",
            "    Strategy strategy = StrategyFiles.read(Path.of(args[0]));",
            "    System.out.println(StrategyValidator.defaults().validate(strategy).summary());",
            "    String json = ScorecardJson.render(Scorecard.of(strategy, LocalDate.of(2027, 6, 30)));",
            "    System.out.println(json.contains(\"\\\"asOf\\\": \\\"2027-06-30\\\"\"));",
            "  }",
            "}",
            ""));
    Path classes = dir.resolve("classes");
    Process javac =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-Xlint:all",
                "-Werror",
                "--module-path",
                modulePath,
                "-d",
                classes.toString(),
                source.resolve("module-info.java").toString(),
                source.resolve("acme").resolve("Main.java").toString())
            .redirectErrorStream(true)
            .start();
    String diagnostics = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(javac.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, javac.exitValue(), diagnostics);

    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "--module",
                "acme.app/acme.Main",
                Path.of("..", "examples", "strategies", "retail.yaml").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, run.exitValue(), output);
    assertEquals("12 findings (1 error, 5 warnings, 6 infos)\ntrue\n", output);
  }

  /** The entries of the test's class path that belong on the application's module path. */
  private static String modulePath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (MODULES.matcher(path.toString().replace('\\', '/')).matches()
          && !path.toString().contains("test-classes")) {
        entries.add(path.toString());
      }
    }
    assertTrue(entries.size() >= 10, "the library and Jackson are on the class path: " + entries);
    return String.join(File.pathSeparator, entries);
  }
}
