package org.socialstrategy.scoring.validation;

import java.util.Objects;
import java.util.regex.Pattern;
import org.socialstrategy.model.Strategy;

/** A rule made of its parts by {@link Rule#of}. */
final class DefinedRule implements Rule {

  static final Pattern ID = Pattern.compile("[A-Z]{2,8}[0-9]{3}");
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final String name;
  private final String title;
  private final Severity severity;
  private final RuleFamily family;
  private final String rationale;
  private final RuleCheck check;

  DefinedRule(
      String id,
      String name,
      String title,
      Severity severity,
      RuleFamily family,
      String rationale,
      RuleCheck check) {
    this.id = checkId(id);
    this.name = checkName(name);
    this.title = nonBlank(title, "title");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.family = Objects.requireNonNull(family, "family");
    this.rationale = nonBlank(rationale, "rationale");
    this.check = Objects.requireNonNull(check, "check");
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

  private static String nonBlank(String text, String what) {
    if (Objects.requireNonNull(text, what).isBlank()) {
      throw new IllegalArgumentException("rule " + what + " must not be blank");
    }
    return text;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public RuleFamily family() {
    return family;
  }

  @Override
  public String rationale() {
    return rationale;
  }

  @Override
  public void check(Strategy strategy, RuleContext context) {
    check.check(strategy, context);
  }

  @Override
  public String toString() {
    return id + " " + name;
  }
}
