package org.socialstrategy.cli;

import java.util.Locale;
import org.socialstrategy.report.TextStyle;
import picocli.CommandLine.Option;

/**
 * {@code --color}: colour on a terminal, plain text elsewhere. ANSI escapes only when standard
 * output is a console, {@code TERM} is not {@code dumb} and {@code NO_COLOR} is unset, unless the
 * option says otherwise.
 */
final class ColorOption {

  /** How {@code --color} chooses. */
  enum Choice {
    /** Colour on a terminal. */
    AUTO,
    /** Always colour. */
    ALWAYS,
    /** Never colour. */
    NEVER
  }

  @Option(
      names = "--color",
      defaultValue = "auto",
      paramLabel = "WHEN",
      description = "Colour the output: auto (on a terminal), always or never.")
  Choice color = Choice.AUTO;

  /** Returns the text style the choice and the environment give. */
  TextStyle style() {
    return switch (color) {
      case ALWAYS -> TextStyle.ANSI;
      case NEVER -> TextStyle.PLAIN;
      default -> {
        String term = System.getenv("TERM");
        boolean console = System.console() != null;
        boolean dumb = term == null || term.toLowerCase(Locale.ROOT).equals("dumb");
        yield console && !dumb && System.getenv("NO_COLOR") == null
            ? TextStyle.ANSI
            : TextStyle.PLAIN;
      }
    };
  }
}
