package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;

/**
 * Runs a set of rules over strategies. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * ValidationReport report = StrategyValidator.defaults().validate(strategy);
 * StrategyValidator strict =
 *     StrategyValidator.builder()
 *         .addBuiltInRules()
 *         .severity("tactic-without-owner", Severity.ERROR)
 *         .disable("goal-names-channel")
 *         .option(RuleOptions.EXECUTIVE_SUPPORT_SHARE, 0.75)
 *         .build();
 * }</pre>
 *
 * <p>A finding that a suppression recorded in the strategy matches (same rule by id or name, same
 * subject) is set aside into {@link ValidationReport#suppressed()} with the suppression's reason. A
 * rule that throws does not stop validation: its failure becomes an error finding of that rule.
 */
public final class StrategyValidator {

  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final Map<RuleOption<?>, Object> options;
  private final Map<String, Rule> byIdOrName;

  /**
   * The rules that find things (not the meta rules), in the order their findings are reported: by
   * severity, then by id. Each rule's findings are collected apart and joined in this order, so the
   * report needs no real sort.
   */
  private final List<Rule> reportOrder;

  private StrategyValidator(Builder builder) {
    this.rules = List.copyOf(builder.enabled());
    this.severities = Map.copyOf(builder.severities);
    this.options = Map.copyOf(builder.options);
    this.byIdOrName = Map.copyOf(builder.byIdOrName);
    this.reportOrder =
        rules.stream()
            .filter(rule -> !MetaRules.isMeta(rule))
            .sorted(Comparator.comparing(this::severityOf).thenComparing(Rule::id))
            .toList();
  }

  /**
   * Returns a validator with the built-in rules and the rules of every {@link RuleProvider} found
   * on the class path, at their default severities and thresholds.
   *
   * @return the validator
   */
  public static StrategyValidator defaults() {
    return builder().addBuiltInRules().discoverRules().build();
  }

  /**
   * Returns a builder with no rules.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the enabled rules, in the order they run.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the severity this validator gives a rule's findings.
   *
   * @param rule the rule
   * @return its overridden or default severity
   */
  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /**
   * Returns the value this validator gives an option.
   *
   * @param option the option
   * @param <T> the option's type
   * @return the value set, or the option's default
   */
  public <T> T option(RuleOption<T> option) {
    @SuppressWarnings("unchecked")
    T value = (T) options.getOrDefault(option, option.defaultValue());
    return value;
  }

  /**
   * Validates a strategy.
   *
   * @param strategy the strategy
   * @return the report
   */
  public ValidationReport validate(Strategy strategy) {
    TacticFacts facts = new TacticFacts(strategy);
    List<TacticRule> tacticRules = new ArrayList<>();
    List<Context> tacticContexts = new ArrayList<>();
    List<Context> contexts = new ArrayList<>(reportOrder.size());
    for (Rule rule : reportOrder) {
      Context context = new Context(rule, severityOf(rule), this, facts);
      contexts.add(context);
      if (rule instanceof TacticRule) {
        tacticRules.add((TacticRule) rule);
        tacticContexts.add(context);
      }
    }
    checkTactics(strategy, facts, tacticRules, tacticContexts);
    for (Context context : contexts) {
      if (!(context.rule instanceof TacticRule)) {
        try {
          context.rule.check(strategy, context);
        } catch (RuntimeException e) {
          context.failed(e);
        }
      }
    }
    int total = 0;
    boolean ordered = true;
    for (Context context : contexts) {
      total += context.findings.size();
      ordered &= !context.failed;
    }
    List<Finding> findings = new ArrayList<>(total);
    for (Context context : contexts) {
      findings.addAll(context.findings);
    }
    return suppress(strategy, findings, ordered);
  }

  /**
   * Runs every tactic rule in one pass over the tactics, working out each tactic's facts first. A
   * rule that throws is reported once and not run on the remaining tactics.
   */
  private static void checkTactics(
      Strategy strategy, TacticFacts facts, List<TacticRule> rules, List<Context> contexts) {
    int count = rules.size();
    boolean[] failed = new boolean[count];
    List<Tactic> tactics = strategy.tactics();
    for (int i = 0; i < tactics.size(); i++) {
      Tactic tactic = tactics.get(i);
      facts.visit(i, tactic);
      for (int r = 0; r < count; r++) {
        if (failed[r]) {
          continue;
        }
        try {
          rules.get(r).checkTactic(strategy, i, tactic, contexts.get(r));
        } catch (RuntimeException e) {
          failed[r] = true;
          contexts.get(r).failed(e);
        }
      }
    }
  }

  /**
   * Sets aside the findings the strategy's suppressions match and adds the meta rules' findings.
   * {@code ordered} tells that the findings are already in report order, which holds unless a rule
   * failed (its failure is an error whatever the rule's severity) or a meta rule reported.
   */
  private ValidationReport suppress(Strategy strategy, List<Finding> findings, boolean ordered) {
    List<Suppression> suppressions = strategy.suppressions();
    if (suppressions.isEmpty()) {
      return ordered
          ? ValidationReport.ofOrdered(findings, List.of())
          : ValidationReport.of(findings, List.of());
    }
    Map<String, Integer> firstMatching = new HashMap<>();
    for (int i = suppressions.size() - 1; i >= 0; i--) {
      Suppression suppression = suppressions.get(i);
      Rule rule = byIdOrName.get(suppression.rule());
      if (rule != null) {
        firstMatching.put(rule.id() + " " + suppression.subject(), i);
      }
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    List<SuppressedFinding> suppressed = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (Finding finding : findings) {
      Integer match = firstMatching.get(finding.ruleId() + " " + finding.subject());
      if (match == null) {
        kept.add(finding);
      } else {
        used.add(match);
        suppressed.add(SuppressedFinding.of(finding, suppressions.get(match).reason()));
      }
    }
    int before = kept.size();
    MetaRules.check(this, suppressions, used, byIdOrName, kept);
    return ordered && kept.size() == before
        ? ValidationReport.ofOrdered(kept, suppressed)
        : ValidationReport.of(kept, suppressed);
  }

  boolean isEnabled(Rule rule) {
    return rules.contains(rule);
  }

  Collection<String> ruleKeys() {
    return byIdOrName.keySet();
  }

  /** The context one rule reports into during one validation. */
  static final class Context implements RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final List<Finding> findings = new ArrayList<>();
    private final StrategyValidator validator;
    private final TacticFacts facts;
    private boolean failed;

    Context(Rule rule, Severity severity, StrategyValidator validator, TacticFacts facts) {
      this.rule = rule;
      this.severity = severity;
      this.validator = validator;
      this.facts = facts;
    }

    /** The findings reported so far. */
    List<Finding> findings() {
      return findings;
    }

    /** The tactic facts of this validation. */
    TacticFacts tacticFacts() {
      return facts;
    }

    /** Reports that the rule threw, as an error finding of the rule whatever its severity. */
    void failed(RuntimeException e) {
      failed = true;
      findings.add(
          Finding.builder()
              .ruleId(rule.id())
              .ruleName(rule.name())
              .severity(Severity.ERROR)
              .subject(Subject.STRATEGY)
              .path(StrategyPath.ROOT)
              .message(
                  "rule could not finish: " + e.getClass().getSimpleName() + ": " + e.getMessage())
              .fix("fix the rule; its other findings may be missing")
              .build());
    }

    @Override
    public <T> T option(RuleOption<T> option) {
      return validator.option(option);
    }

    @Override
    public void report(Subject subject, StrategyPath path, String message, String fix) {
      findings.add(
          Finding.builder()
              .ruleId(rule.id())
              .ruleName(rule.name())
              .severity(severity)
              .subject(subject)
              .path(path)
              .message(message)
              .fix(fix)
              .build());
    }
  }

  /** Collects the rule set and the settings of a {@link StrategyValidator}. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Rule> byIdOrName = new HashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final Map<RuleOption<?>, Object> options = new HashMap<>();

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if its id or name is malformed or already taken
     */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      DefinedRule.checkId(rule.id());
      DefinedRule.checkName(rule.name());
      for (String key : List.of(rule.id(), rule.name())) {
        Rule taken = byIdOrName.get(key);
        if (taken != null && taken != rule) {
          throw new IllegalArgumentException(
              "rule "
                  + rule.id()
                  + " "
                  + rule.name()
                  + " clashes with rule "
                  + taken
                  + ": ids and names are unique");
        }
      }
      rules.put(rule.id(), rule);
      byIdOrName.put(rule.id(), rule);
      byIdOrName.put(rule.name(), rule);
      return this;
    }

    /**
     * Adds rules.
     *
     * @param more the rules
     * @return this builder
     * @throws IllegalArgumentException if an id or name is malformed or already taken
     */
    public Builder addRules(Collection<? extends Rule> more) {
      more.forEach(this::addRule);
      return this;
    }

    /**
     * Adds every built-in rule, as listed in {@code docs/rules.md}.
     *
     * @return this builder
     */
    public Builder addBuiltInRules() {
      return addRules(BuiltInRules.all());
    }

    /**
     * Adds the rules of every {@link RuleProvider} the context class loader finds.
     *
     * @return this builder
     */
    public Builder discoverRules() {
      return discoverRules(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Adds the rules of every {@link RuleProvider} a class loader finds.
     *
     * @param loader the class loader to search
     * @return this builder
     */
    public Builder discoverRules(ClassLoader loader) {
      for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
        addRules(provider.rules());
      }
      return this;
    }

    /**
     * Turns a rule off.
     *
     * @param rule the rule's id or name
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id or name
     */
    public Builder disable(String rule) {
      disabled.add(find(rule).id());
      return this;
    }

    /**
     * Turns a disabled rule back on.
     *
     * @param rule the rule's id or name
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id or name
     */
    public Builder enable(String rule) {
      disabled.remove(find(rule).id());
      return this;
    }

    /**
     * Overrides the severity of a rule's findings.
     *
     * @param rule the rule's id or name
     * @param severity the severity
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id or name
     */
    public Builder severity(String rule, Severity severity) {
      severities.put(find(rule).id(), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets an option.
     *
     * @param option the option
     * @param value its value
     * @param <T> the option's type
     * @return this builder
     */
    public <T> Builder option(RuleOption<T> option, T value) {
      options.put(option, Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a built-in option by name from text, as a command line gives it.
     *
     * @param name the option's name, such as {@code executive-support-share}
     * @param value the value as text
     * @return this builder
     * @throws IllegalArgumentException if no built-in option has the name or the value is bad
     */
    public Builder option(String name, String value) {
      for (RuleOption<?> option : RuleOptions.all()) {
        if (option.name().equals(name)) {
          options.put(option, option.parse(value));
          return this;
        }
      }
      throw new IllegalArgumentException(
          "unknown option '"
              + name
              + "'"
              + NearestMatch.among(name, RuleOptions.all().stream().map(RuleOption::name).toList())
                  .map(near -> " (did you mean '" + near + "'?)")
                  .orElse(""));
    }

    private Rule find(String rule) {
      Rule found = byIdOrName.get(rule);
      if (found == null) {
        throw new IllegalArgumentException(
            "unknown rule '"
                + rule
                + "'"
                + NearestMatch.among(rule, byIdOrName.keySet().stream().sorted().toList())
                    .map(near -> " (did you mean '" + near + "'?)")
                    .orElse(""));
      }
      return found;
    }

    private List<Rule> enabled() {
      return rules.values().stream().filter(rule -> !disabled.contains(rule.id())).toList();
    }

    /**
     * Returns the validator.
     *
     * @return the validator
     */
    public StrategyValidator build() {
      return new StrategyValidator(this);
    }
  }
}
