package org.socialstrategy.report;

/**
 * How the plain-text outputs mark emphasis: ANSI colour and weight for a terminal, or nothing for a
 * file, a pipe or a log. The caller decides (the command line looks at the terminal and {@code
 * --color}); the renderers never look at the environment themselves.
 */
public enum TextStyle {
  /** ANSI escapes: bold, dim and coloured severities. */
  ANSI,
  /** Plain text. */
  PLAIN;

  /**
   * Marks text in bold red, as errors are marked.
   *
   * @param text the text
   * @return the marked text, or the text itself in plain style
   */
  public String red(String text) {
    return paint("31;1", text);
  }

  /**
   * Marks text in bold yellow, as warnings are marked.
   *
   * @param text the text
   * @return the marked text, or the text itself in plain style
   */
  public String yellow(String text) {
    return paint("33;1", text);
  }

  /**
   * Marks text in cyan, as infos are marked.
   *
   * @param text the text
   * @return the marked text, or the text itself in plain style
   */
  public String cyan(String text) {
    return paint("36", text);
  }

  /**
   * Marks text in bold.
   *
   * @param text the text
   * @return the marked text, or the text itself in plain style
   */
  public String bold(String text) {
    return paint("1", text);
  }

  /**
   * Marks text dimmed, as hints are marked.
   *
   * @param text the text
   * @return the marked text, or the text itself in plain style
   */
  public String dim(String text) {
    return paint("2", text);
  }

  /**
   * Shows text from a strategy file as it is, except that control characters (escape sequences,
   * line breaks, bidirectional overrides) and lone surrogates are shown as {@code \u001b} instead
   * of being obeyed by the terminal: a name can then neither erase a line of a CI log nor set a
   * window title. The same in both styles.
   *
   * @param text the text
   * @return the text, safe to print
   */
  public String visible(String text) {
    return Escaping.terminal(text);
  }

  private String paint(String code, String text) {
    return this == ANSI ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
