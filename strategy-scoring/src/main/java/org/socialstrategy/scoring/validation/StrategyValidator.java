package org.socialstrategy.scoring.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.Strategy;
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
 * subject) is set aside into {@link ValidationReport#suppressed()} with the suppression's reason,
 * unless the suppression is a waiver whose last day has passed on the day of the validation. A rule
 * that throws does not stop validation: its failure becomes an error finding of that rule.
 */
public final class StrategyValidator {

  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final Map<RuleOption<?>, Object> options;
  private final Map<String, Rule> byIdOrName;

  /**
   * The rules that check the strategy (not the audits of its suppressions), in the order their
   * findings are reported: by severity, then by id. Each rule's findings are collected apart and
   * joined in this order, so the report needs no real sort.
   */
  private final List<Rule> reportOrder;

  private StrategyValidator(
      List<Rule> rules,
      Map<String, Severity> severities,
      Map<RuleOption<?>, Object> options,
      Map<String, Rule> byIdOrName) {
    this.rules = List.copyOf(rules);
    this.severities = Map.copyOf(severities);
    this.options = Map.copyOf(options);
    this.byIdOrName = Map.copyOf(byIdOrName);
    this.reportOrder =
        this.rules.stream()
            .filter(rule -> rule.audit() == null)
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
   * Returns the rule with an id or name among the rules this validator was built with, enabled or
   * disabled: the rules suppressions and settings may name.
   *
   * @param rule the rule's id or name
   * @return the rule, or empty if no rule has that id or name
   */
  public Optional<Rule> rule(String rule) {
    return Optional.ofNullable(byIdOrName.get(rule));
  }

  /**
   * Tells whether a rule runs: it was added and not disabled.
   *
   * @param rule the rule
   * @return true when it is among {@link #rules()}
   */
  public boolean isEnabled(Rule rule) {
    return rules.contains(rule);
  }

  /**
   * Validates a strategy as of today, by the system clock: waivers whose last day has passed no
   * longer set findings aside. Use {@link #validate(Strategy, LocalDate)} for a result that does
   * not depend on the day it runs.
   *
   * @param strategy the strategy
   * @return the report
   */
  public ValidationReport validate(Strategy strategy) {
    return validate(strategy, LocalDate.now());
  }

  /**
   * Validates a strategy as of a day: a suppression with a last day before it (an expired waiver)
   * sets nothing aside, and the findings it matches are reported with a note that it expired.
   *
   * @param strategy the strategy
   * @param asOf the day the strategy is judged on
   * @return the report
   */
  public ValidationReport validate(Strategy strategy, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    RuleContext.Validation validation = new RuleContext.Validation(strategy, this);
    List<RuleContext> contexts = new ArrayList<>(reportOrder.size());
    List<RuleContext> tacticContexts = new ArrayList<>();
    for (Rule rule : reportOrder) {
      RuleContext context = new RuleContext(rule, severityOf(rule), validation);
      contexts.add(context);
      if (rule.tacticCheck() != null) {
        tacticContexts.add(context);
      }
    }
    checkTactics(strategy, validation, tacticContexts);
    for (RuleContext context : contexts) {
      Rule.StrategyCheck check = context.rule().strategyCheck();
      if (check != null) {
        try {
          check.check(strategy, context);
        } catch (RuntimeException e) {
          context.failed(e);
        }
      }
    }
    int total = 0;
    boolean ordered = true;
    for (RuleContext context : contexts) {
      total += context.findings().size();
      ordered &= !context.failed();
    }
    List<Finding> findings = new ArrayList<>(total);
    for (RuleContext context : contexts) {
      findings.addAll(context.findings());
    }
    return Suppressions.apply(this, validation, strategy, findings, ordered, asOf);
  }

  /**
   * Runs every tactic check in one pass over the tactics. A rule that throws is reported once and
   * not run on the remaining tactics.
   */
  private static void checkTactics(
      Strategy strategy, RuleContext.Validation validation, List<RuleContext> contexts) {
    int count = contexts.size();
    if (count == 0) {
      return;
    }
    RuleContext[] running = contexts.toArray(new RuleContext[0]);
    Rule.TacticCheck[] checks = new Rule.TacticCheck[count];
    for (int r = 0; r < count; r++) {
      checks[r] = running[r].rule().tacticCheck();
    }
    List<Tactic> tactics = strategy.tactics();
    for (int i = 0; i < tactics.size(); i++) {
      Tactic tactic = tactics.get(i);
      validation.at(i, tactic);
      for (int r = 0; r < count; r++) {
        if (checks[r] == null) {
          continue;
        }
        try {
          checks[r].check(strategy, tactic, running[r]);
        } catch (RuntimeException e) {
          checks[r] = null;
          running[r].failed(e);
        }
      }
    }
  }

  Collection<String> ruleKeys() {
    return byIdOrName.keySet();
  }

  /**
   * Collects the rule set and the settings of a {@link StrategyValidator}, in any order: rule and
   * option names are resolved when the validator is built, so a setting may come before the rules
   * it names are added.
   */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Rule> byIdOrName = new HashMap<>();
    private final List<Consumer<Settings>> settings = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if its id or name is already taken by another rule
     */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule");
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
     * @throws IllegalArgumentException if an id or name is already taken by another rule
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
     * @param rule the rule's id or name, resolved by {@link #build()}
     * @return this builder
     */
    public Builder disable(String rule) {
      Objects.requireNonNull(rule, "rule");
      settings.add(s -> s.disabled.add(s.find(rule).id()));
      return this;
    }

    /**
     * Turns a disabled rule back on.
     *
     * @param rule the rule's id or name, resolved by {@link #build()}
     * @return this builder
     */
    public Builder enable(String rule) {
      Objects.requireNonNull(rule, "rule");
      settings.add(s -> s.disabled.remove(s.find(rule).id()));
      return this;
    }

    /**
     * Overrides the severity of a rule's findings.
     *
     * @param rule the rule's id or name, resolved by {@link #build()}
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(String rule, Severity severity) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(severity, "severity");
      settings.add(s -> s.severities.put(s.find(rule).id(), severity));
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
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(value, "value");
      settings.add(s -> s.options.put(option, value));
      return this;
    }

    /**
     * Sets an option by name from text, as a command line gives it: a built-in option, or one a
     * rule of the validator reads.
     *
     * @param name the option's name, such as {@code executive-support-share}, resolved by {@link
     *     #build()}
     * @param value the value as text, parsed by {@link #build()}
     * @return this builder
     */
    public Builder option(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      settings.add(
          s -> {
            RuleOption<?> option = s.findOption(name);
            s.options.put(option, option.parse(value));
          });
      return this;
    }

    /**
     * Returns the validator, with every setting applied in the order it was made.
     *
     * @return the validator
     * @throws IllegalArgumentException if a setting names no rule or option of the validator, or an
     *     option's value is bad
     */
    public StrategyValidator build() {
      Settings resolved = new Settings();
      settings.forEach(setting -> setting.accept(resolved));
      List<Rule> enabled =
          rules.values().stream().filter(rule -> !resolved.disabled.contains(rule.id())).toList();
      return new StrategyValidator(enabled, resolved.severities, resolved.options, byIdOrName);
    }

    /** The settings as {@link #build()} resolves them, against the rules added by then. */
    private final class Settings {
      private final Set<String> disabled = new HashSet<>();
      private final Map<String, Severity> severities = new HashMap<>();
      private final Map<RuleOption<?>, Object> options = new HashMap<>();

      Rule find(String rule) {
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

      /** Finds an option among the built-in ones and those the rules read. */
      RuleOption<?> findOption(String name) {
        Map<String, RuleOption<?>> known = new LinkedHashMap<>();
        RuleOptions.all().forEach(option -> known.putIfAbsent(option.name(), option));
        rules.values().forEach(rule -> rule.options().forEach(o -> known.putIfAbsent(o.name(), o)));
        RuleOption<?> option = known.get(name);
        if (option == null) {
          throw new IllegalArgumentException(
              "unknown option '"
                  + name
                  + "'"
                  + NearestMatch.among(name, List.copyOf(known.keySet()))
                      .map(near -> " (did you mean '" + near + "'?)")
                      .orElse(""));
        }
        return option;
      }
    }
  }
}
