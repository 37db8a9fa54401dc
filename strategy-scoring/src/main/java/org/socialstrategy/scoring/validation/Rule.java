package org.socialstrategy.scoring.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.scoring.SuccessFactor;

/**
 * One validation rule: what it is ({@link RuleInfo}: a stable id such as {@code SBS101}, a
 * kebab-case name such as {@code unaligned-tactic}, a title, a default severity, a family, the
 * reason it exists, the success factor it weighs on and the options it reads) and its check.
 *
 * <p>A check has one of two shapes, and the shape decides how a validator runs it: a {@link
 * TacticCheck} looks at one tactic at a time and runs in the validator's one shared pass over the
 * tactics, so that a hundred thousand tactics are walked once, not once per rule; a {@link
 * StrategyCheck} looks at the whole strategy once. Define a rule with {@link #builder}:
 *
 * <pre>{@code
 * Rule rule =
 *     Rule.builder("ACME002", "tactic-without-window")
 *         .title("Tactic has no dates")
 *         .severity(Severity.WARNING)
 *         .family(RuleFamily.TACTICS)
 *         .factor(SuccessFactor.ROADMAP)
 *         .rationale("Acme plans every tactic into a quarter.")
 *         .perTactic(
 *             (strategy, tactic, context) -> {
 *               if (tactic.window().isEmpty()) {
 *                 context.report(tactic, "tactic '" + tactic.id() + "' has no dates", "date it");
 *               }
 *             });
 * }</pre>
 *
 * <p>Checks must be stateless and thread-safe, and should look at each element a constant number of
 * times, so that validation stays linear in the size of the strategy. Custom rules use their own id
 * prefix (two to eight capital letters and three digits, such as {@code ACME001}). Rules are equal
 * only to themselves.
 */
public final class Rule {

  private final RuleInfo info;
  private final StrategyCheck strategyCheck;
  private final TacticCheck tacticCheck;
  private final Suppressions.Audit audit;

  private Rule(
      RuleInfo info,
      StrategyCheck strategyCheck,
      TacticCheck tacticCheck,
      Suppressions.Audit audit) {
    this.info = Objects.requireNonNull(info, "info");
    this.strategyCheck = strategyCheck;
    this.tacticCheck = tacticCheck;
    this.audit = audit;
  }

  /**
   * Starts a rule: the builder takes the rest of what the rule is, then its check.
   *
   * @param id the stable id, two to eight capital letters and three digits
   * @param name the kebab-case name
   * @return a builder
   * @throws IllegalArgumentException if the id or name is malformed
   */
  public static Builder builder(String id, String name) {
    return new Builder(RuleInfo.checkId(id), RuleInfo.checkName(name));
  }

  /**
   * Returns a rule that checks the whole strategy once.
   *
   * @param info what the rule is
   * @param check the check
   * @return the rule
   */
  public static Rule perStrategy(RuleInfo info, StrategyCheck check) {
    return new Rule(info, Objects.requireNonNull(check, "check"), null, null);
  }

  /**
   * Returns a rule that checks one tactic at a time, in the validator's shared pass over the
   * tactics.
   *
   * @param info what the rule is
   * @param check the check of one tactic
   * @return the rule
   */
  public static Rule perTactic(RuleInfo info, TacticCheck check) {
    return new Rule(info, null, Objects.requireNonNull(check, "check"), null);
  }

  /**
   * Returns what the rule is: everything but its check.
   *
   * @return the rule's metadata
   */
  public RuleInfo info() {
    return info;
  }

  /**
   * Returns the rule's stable id, such as {@code SBS101}.
   *
   * @return the id
   */
  public String id() {
    return info.id();
  }

  /**
   * Returns the rule's kebab-case name, such as {@code unaligned-tactic}.
   *
   * @return the name
   */
  public String name() {
    return info.name();
  }

  /**
   * Returns a one-line title, such as "Tactic supports no business goal".
   *
   * @return the title
   */
  public String title() {
    return info.title();
  }

  /**
   * Returns the severity of the rule's findings unless a validator overrides it.
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return info.defaultSeverity();
  }

  /**
   * Returns the part of a strategy the rule looks at.
   *
   * @return the family
   */
  public RuleFamily family() {
    return info.family();
  }

  /**
   * Returns why the rule exists: the idea of social business strategy it enforces; also the help
   * text tools show beside its findings.
   *
   * @return the rationale
   */
  public String rationale() {
    return info.rationale();
  }

  /**
   * Returns the success factor the rule's findings weigh on in a scorecard.
   *
   * @return the factor; every built-in rule has one
   */
  public Optional<SuccessFactor> factor() {
    return info.factor();
  }

  /**
   * Returns the options the rule reads.
   *
   * @return the options
   */
  public List<RuleOption<?>> options() {
    return info.options();
  }

  /**
   * Returns the anchor of the rule's section in a rule catalog, such as {@code
   * sbs101-unaligned-tactic} in {@code docs/rules.md}.
   *
   * @return the anchor
   * @see RuleInfo#anchor()
   */
  public String anchor() {
    return info.anchor();
  }

  /** The check of one tactic, or null when the rule checks something else. */
  TacticCheck tacticCheck() {
    return tacticCheck;
  }

  /** The check of the whole strategy, or null when the rule checks something else. */
  StrategyCheck strategyCheck() {
    return strategyCheck;
  }

  /** The audit of the suppressions, or null when the rule checks something else. */
  Suppressions.Audit audit() {
    return audit;
  }

  /** Returns the id and the name, such as {@code SBS101 unaligned-tactic}. */
  @Override
  public String toString() {
    return info.toString();
  }

  /** The check of a rule that looks at the whole strategy once. */
  @FunctionalInterface
  public interface StrategyCheck {

    /**
     * Checks a strategy and reports each finding to the context.
     *
     * @param strategy the strategy, valid by the model's invariants
     * @param context where findings go and options and shared values come from
     */
    void check(Strategy strategy, RuleContext context);
  }

  /**
   * The check of a rule that looks at one tactic at a time. The validator calls it for every tactic
   * in order, in one pass it shares with every other tactic check.
   */
  @FunctionalInterface
  public interface TacticCheck {

    /**
     * Checks one tactic and reports its findings to the context.
     *
     * @param strategy the strategy the tactic belongs to, valid by the model's invariants
     * @param tactic the tactic; {@link RuleContext#position(Tactic)} gives its position and {@link
     *     RuleContext#report(Tactic, String, String)} reports on it
     * @param context where findings go and options and shared values come from
     */
    void check(Strategy strategy, Tactic tactic, RuleContext context);
  }

  /** Takes what a rule is, then its check; {@link Rule#builder} starts one. */
  public static final class Builder {
    private final String id;
    private final String name;
    private String title;
    private Severity severity;
    private RuleFamily family;
    private String rationale;
    private SuccessFactor factor;
    private List<RuleOption<?>> options = List.of();

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /**
     * Sets the one-line title.
     *
     * @param title the title, such as "Tactic supports no business goal"
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the severity of the rule's findings unless a validator overrides it.
     *
     * @param severity the default severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets the part of a strategy the rule looks at.
     *
     * @param family the family
     * @return this builder
     */
    public Builder family(RuleFamily family) {
      this.family = family;
      return this;
    }

    /**
     * Sets why the rule exists; tools show it as the rule's help.
     *
     * @param rationale the rationale
     * @return this builder
     */
    public Builder rationale(String rationale) {
      this.rationale = rationale;
      return this;
    }

    /**
     * Sets the success factor the rule's findings weigh on in a scorecard; without one, they weigh
     * on none.
     *
     * @param factor the factor
     * @return this builder
     */
    public Builder factor(SuccessFactor factor) {
      this.factor = Objects.requireNonNull(factor, "factor");
      return this;
    }

    /**
     * Sets the options the rule reads; it may read no others.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RuleOption<?>... options) {
      this.options = List.of(options);
      return this;
    }

    private RuleInfo info() {
      for (Object part : new Object[] {title, severity, family, rationale}) {
        if (part == null) {
          throw new IllegalStateException(
              "rule "
                  + id
                  + " "
                  + name
                  + " needs a title, a severity, a family and a rationale before its check");
        }
      }
      return new RuleInfo(
          id, name, title, severity, family, rationale, Optional.ofNullable(factor), options);
    }

    /**
     * Finishes the rule with a check of the whole strategy.
     *
     * @param check the check
     * @return the rule
     * @throws IllegalStateException if the title, severity, family or rationale is not set
     * @throws IllegalArgumentException if a text is blank or an option is listed twice
     */
    public Rule perStrategy(StrategyCheck check) {
      return Rule.perStrategy(info(), check);
    }

    /**
     * Finishes the rule with a check of one tactic at a time.
     *
     * @param check the check of one tactic
     * @return the rule
     * @throws IllegalStateException if the title, severity, family or rationale is not set
     * @throws IllegalArgumentException if a text is blank or an option is listed twice
     */
    public Rule perTactic(TacticCheck check) {
      return Rule.perTactic(info(), check);
    }

    /** Finishes one of the rules whose findings the validator's suppression bookkeeping makes. */
    Rule auditingSuppressions(Suppressions.Audit audit) {
      return new Rule(info(), null, null, Objects.requireNonNull(audit, "audit"));
    }
  }
}
