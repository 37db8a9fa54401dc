package org.socialstrategy.scoring.validation;

import java.util.Locale;

/** How much a finding matters, from most to least severe. */
public enum Severity {
  /** The strategy is not a social business strategy here: fix it before funding it. */
  ERROR,
  /** A gap the framework names; the strategy works, but worse. */
  WARNING,
  /** Worth knowing; not a gap in itself. */
  INFO;

  /**
   * Tells whether this severity is the same as or more severe than the other.
   *
   * @param other the severity to compare with
   * @return true when at least as severe
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }

  /**
   * Returns the severity as written in output and options: {@code error}, {@code warning}, {@code
   * info}.
   *
   * @return the lower-case name
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a severity in any case.
   *
   * @param text {@code error}, {@code warning} or {@code info}
   * @return the severity
   * @throws IllegalArgumentException if the text names no severity
   */
  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.key().equalsIgnoreCase(text.strip())) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity: '" + text + "' (expected error, warning or info)");
  }
}
