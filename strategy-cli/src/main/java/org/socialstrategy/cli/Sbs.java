package org.socialstrategy.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sbs} command line. {@link #run(String[], PrintWriter, PrintWriter)} runs it with given
 * output streams and returns the exit code, so it can be driven from tests and other tools.
 */
@Command(
    name = "sbs",
    mixinStandardHelpOptions = true,
    versionProvider = Sbs.Version.class,
    description = {
      "Validate, score and report social business strategies: business goals first, every"
          + " tactic tied to the goals it serves, the value it exchanges and the outcome it moves.",
      "FILE is a strategy file, or - for standard input; --sample uses the bundled sample"
          + " strategy (retail.yaml)."
    },
    subcommands = {
      ValidateCommand.class,
      ScoreCommand.class,
      ReportCommand.class,
      DiagramCommand.class,
      AttributeCommand.class,
      SchemaCommand.class,
      InitCommand.class,
      RulesCommand.class,
      SetCommand.class,
      FmtCommand.class,
      DiffCommand.class,
      BaselineCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs score --sample                     the bundled sample's scorecard",
      "  sbs validate retail.yaml               findings, like a compiler",
      "  sbs score retail.yaml                  the scorecard",
      "  sbs report retail.yaml -o report.html  a page for executives",
      "  sbs attribute journeys.csv --strategy retail.yaml",
      "                                         conversions credited to tactics",
      "  sbs init acme.yaml                     a starter strategy",
      "  sbs set retail.yaml 'tactics[fb-shop].cost.amount=6000.00'",
      "  sbs diff --git main retail.yaml        what a branch changed",
      "",
      "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 unreadable file or bad usage."
    })
public final class Sbs implements Callable<Integer> {

  /** Exit code: all is well. */
  public static final int OK = 0;

  /** Exit code: validation found something at or above the --fail-on severity. */
  public static final int FINDINGS = 1;

  /** Exit code: a file cannot be read or is invalid, or the command line is wrong. */
  public static final int INVALID = 2;

  @Spec CommandSpec spec;

  /** Creates the root command; picocli calls it when no subcommand is given. */
  public Sbs() {}

  /**
   * Shows the help when no command is given.
   *
   * @return {@link #INVALID}, as for any incomplete command line
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return INVALID;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given output streams.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where problems and notes go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Sbs());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println("sbs: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
          failed
              .getErr()
              .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
          return INVALID;
        });
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr()
              .println(
                  "sbs: "
                      + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
          return INVALID;
        });
    return commandLine.execute(args);
  }

  /**
   * Returns the version of this build.
   *
   * @return the version, or "development build" when run outside a jar
   */
  static String version() {
    return Optional.ofNullable(Sbs.class.getPackage().getImplementationVersion())
        .orElse("development build");
  }

  /** Tells picocli the version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sbs " + version(), "Java " + System.getProperty("java.version")};
    }
  }
}
