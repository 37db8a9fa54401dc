package org.socialstrategy.io;

import java.util.List;
import java.util.Locale;

/** The two notations of a strategy file: the same format, in JSON or in YAML. */
public enum StrategyFormat {
  /** JSON, files ending in {@code .json}. */
  JSON(List.of(".json")),
  /** YAML, files ending in {@code .yaml} or {@code .yml}. */
  YAML(List.of(".yaml", ".yml"));

  private final List<String> extensions;

  StrategyFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /**
   * Returns the file name endings of this notation, the preferred one first.
   *
   * @return the endings, such as {@code .yaml}
   */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * Tells the notation of a file from its name's ending, in any case.
   *
   * @param fileName the file's name, such as {@code retail.yaml}
   * @return the notation
   * @throws IllegalArgumentException if the name ends in none of the known endings
   */
  public static StrategyFormat ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (StrategyFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith(extension)) {
          return format;
        }
      }
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '" + fileName + "': name it .json, .yaml or .yml");
  }
}
