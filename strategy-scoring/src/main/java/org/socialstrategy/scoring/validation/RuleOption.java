package org.socialstrategy.scoring.validation;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named threshold a rule reads, with a documented default; a validator may set another value.
 *
 * @param <T> the type of the value
 */
public final class RuleOption<T> {

  private final String name;
  private final String description;
  private final T defaultValue;
  private final Function<String, T> parser;

  private RuleOption(String name, String description, T defaultValue, Function<String, T> parser) {
    this.name = RuleInfo.checkName(name);
    this.description = Objects.requireNonNull(description, "description");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /**
   * Defines an option.
   *
   * @param name the kebab-case name, as set from a command line
   * @param description what the option sets
   * @param defaultValue the value when none is set
   * @param parser turns text into a value, throwing {@link IllegalArgumentException} for bad text
   * @param <T> the type of the value
   * @return the option
   */
  public static <T> RuleOption<T> of(
      String name, String description, T defaultValue, Function<String, T> parser) {
    return new RuleOption<>(name, description, defaultValue, parser);
  }

  /**
   * Returns the option's name.
   *
   * @return the kebab-case name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the option sets.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the value used when none is set.
   *
   * @return the default value
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * Parses a value from text, as given on a command line.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if the text is not a valid value
   */
  public T parse(String text) {
    try {
      return Objects.requireNonNull(parser.apply(text.strip()), "value");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "bad value for option " + name + ": '" + text + "' (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public String toString() {
    return name + "=" + defaultValue;
  }
}
