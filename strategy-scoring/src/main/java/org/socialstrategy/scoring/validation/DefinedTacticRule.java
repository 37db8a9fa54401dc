package org.socialstrategy.scoring.validation;

import java.util.Objects;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;

/** A tactic rule made of its parts by {@link TacticRule#of}. */
final class DefinedTacticRule implements TacticRule {

  private final Rule parts;
  private final TacticCheck check;

  DefinedTacticRule(Rule parts, TacticCheck check) {
    this.parts = parts;
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  public String id() {
    return parts.id();
  }

  @Override
  public String name() {
    return parts.name();
  }

  @Override
  public String title() {
    return parts.title();
  }

  @Override
  public Severity defaultSeverity() {
    return parts.defaultSeverity();
  }

  @Override
  public RuleFamily family() {
    return parts.family();
  }

  @Override
  public String rationale() {
    return parts.rationale();
  }

  @Override
  public void checkTactic(Strategy strategy, int position, Tactic tactic, RuleContext context) {
    check.check(strategy, position, tactic, context);
  }

  @Override
  public String toString() {
    return parts.toString();
  }
}
