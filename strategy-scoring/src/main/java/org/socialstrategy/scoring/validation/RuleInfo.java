package org.socialstrategy.scoring.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialstrategy.scoring.SuccessFactor;

/**
 * What a rule is, apart from its check: everything docs, reports and tools say about it. Built by
 * {@link Rule#builder}; checked when made.
 *
 * @param id the stable id, two to eight capital letters and three digits, such as {@code SBS101}
 * @param name the kebab-case name, such as {@code unaligned-tactic}
 * @param title a one-line title, such as "Tactic supports no business goal"
 * @param defaultSeverity the severity of the rule's findings unless a validator overrides it
 * @param family the part of a strategy the rule looks at
 * @param rationale why the rule exists: the idea of social business strategy it enforces; also the
 *     help text tools show beside its findings
 * @param factor the success factor the rule's findings weigh on in a scorecard; every built-in rule
 *     has one, a custom rule may have none
 * @param options the options the rule reads, in the order it documents them; reading another one is
 *     an error
 */
public record RuleInfo(
    String id,
    String name,
    String title,
    Severity defaultSeverity,
    RuleFamily family,
    String rationale,
    Optional<SuccessFactor> factor,
    List<RuleOption<?>> options) {

  private static final Pattern ID = Pattern.compile("[A-Z]{2,8}[0-9]{3}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * Checks every part and copies the options.
   *
   * @param id the stable id
   * @param name the kebab-case name
   * @param title a one-line title
   * @param defaultSeverity the default severity
   * @param family the part of a strategy the rule looks at
   * @param rationale why the rule exists
   * @param factor the success factor its findings weigh on, if any
   * @param options the options it reads
   * @throws IllegalArgumentException if the id or name is malformed, a text is blank, or an option
   *     is listed twice
   */
  public RuleInfo {
    checkId(id);
    checkName(name);
    nonBlank(title, "title");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(family, "family");
    nonBlank(rationale, "rationale");
    Objects.requireNonNull(factor, "factor");
    options = List.copyOf(options);
    if (options.stream().distinct().count() != options.size()) {
      throw new IllegalArgumentException("rule " + id + " lists an option twice: " + options);
    }
  }

  /**
   * Returns the anchor of the rule's section in a rule catalog whose headings read {@code ### id
   * name}, as {@code docs/rules.md}'s do: {@code sbs101-unaligned-tactic}. A tool links a rule's
   * help to the catalog's address followed by {@code #} and this anchor.
   *
   * @return the lower-case id, a hyphen and the name
   */
  public String anchor() {
    return id.toLowerCase(Locale.ROOT) + "-" + name;
  }

  /** Returns the id and the name, such as {@code SBS101 unaligned-tactic}. */
  @Override
  public String toString() {
    return id + " " + name;
  }

  static String checkId(String id) {
    if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
      throw new IllegalArgumentException(
          "rule id must be two to eight capital letters and three digits: '" + id + "'");
    }
    return id;
  }

  static String checkName(String name) {
    if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
      throw new IllegalArgumentException("rule name must be kebab-case: '" + name + "'");
    }
    return name;
  }

  private static void nonBlank(String text, String what) {
    if (Objects.requireNonNull(text, what).isBlank()) {
      throw new IllegalArgumentException("rule " + what + " must not be blank");
    }
  }
}
