package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;

/**
 * What a rule sees while a validator runs it: the options it reads, values its checks share within
 * one validation, where the tactics are, and where its findings go. A validator makes one per rule
 * per validation; it is not shared between threads.
 */
public final class RuleContext {

  /** Each tactic's position by its id, worked out when a rule first asks for one out of order. */
  private static final Key<Map<TacticId, Integer>> POSITIONS =
      Key.of(
          "tactic positions",
          strategy -> {
            List<Tactic> tactics = strategy.tactics();
            Map<TacticId, Integer> positions = new HashMap<>(tactics.size() * 2);
            for (int i = 0; i < tactics.size(); i++) {
              positions.put(tactics.get(i).id(), i);
            }
            return positions;
          });

  private final Rule rule;
  private final Severity severity;
  private final Validation validation;
  private final List<Finding> findings = new ArrayList<>();
  private boolean failed;

  RuleContext(Rule rule, Severity severity, Validation validation) {
    this.rule = rule;
    this.severity = severity;
    this.validation = validation;
  }

  /**
   * Returns the value of an option the rule reads, as the validator sets it or by default.
   *
   * @param option the option, one the rule lists in {@link RuleInfo#options()}
   * @param <T> the option's type
   * @return the value
   * @throws IllegalArgumentException if the rule does not list the option
   */
  public <T> T option(RuleOption<T> option) {
    if (!rule.options().contains(option)) {
      throw new IllegalArgumentException(
          "rule " + rule + " reads option " + option.name() + " but does not list it");
    }
    return validation.validator.option(option);
  }

  /**
   * Returns a value worked out once per validation and shared by every check that asks for the same
   * key, such as facts about each tactic that several rules need.
   *
   * @param key the key, which says how to work the value out
   * @param <T> the value's type
   * @return the value for the strategy being validated
   */
  public <T> T shared(Key<T> key) {
    return validation.shared(key);
  }

  /**
   * Returns a tactic's position among the strategy's tactics: at once for the tactic a tactic check
   * is looking at, through an index made once per validation for any other.
   *
   * @param tactic a tactic of the strategy
   * @return its position, from 0
   * @throws IllegalArgumentException if the strategy has no tactic with its id
   */
  public int position(Tactic tactic) {
    if (tactic == validation.tactic) {
      return validation.position;
    }
    Integer position = shared(POSITIONS).get(tactic.id());
    if (position == null) {
      throw new IllegalArgumentException("tactic '" + tactic.id() + "' is not in the strategy");
    }
    return position;
  }

  /**
   * Returns the path of a tactic, such as {@code tactics[fb-shop]} (its position kept, so files can
   * map it to a line); add a field for a finding about one of its parts: {@code
   * path(tactic).field("value")}.
   *
   * @param tactic a tactic of the strategy
   * @return the path
   * @throws IllegalArgumentException if the strategy has no tactic with its id
   */
  public StrategyPath path(Tactic tactic) {
    return StrategyPath.ROOT.element("tactics", position(tactic), tactic.id().value());
  }

  /**
   * Reports a finding about a tactic, at the tactic's path.
   *
   * @param tactic the tactic the finding is about
   * @param message what is wrong, in business language, lower case
   * @param fix how to fix it, lower case
   * @throws IllegalArgumentException if the strategy has no tactic with its id
   */
  public void report(Tactic tactic, String message, String fix) {
    report(Subject.of(tactic.id()), path(tactic), message, fix);
  }

  /**
   * Reports a finding of the rule being run, with the rule's id, name and effective severity.
   *
   * @param subject what the finding is about
   * @param path where in the strategy, with list positions kept so files can map it to a line
   * @param message what is wrong, in business language, lower case
   * @param fix how to fix it, lower case
   */
  public void report(Subject subject, StrategyPath path, String message, String fix) {
    findings.add(new Finding(rule.id(), rule.name(), severity, subject, path, message, fix));
  }

  Rule rule() {
    return rule;
  }

  /** The findings reported so far. */
  List<Finding> findings() {
    return findings;
  }

  /** Whether the rule threw. */
  boolean failed() {
    return failed;
  }

  /** Reports that the rule threw, as an error finding of the rule whatever its severity. */
  void failed(RuntimeException e) {
    failed = true;
    findings.add(
        new Finding(
            rule.id(),
            rule.name(),
            Severity.ERROR,
            Subject.STRATEGY,
            StrategyPath.ROOT,
            "rule could not finish: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
            "fix the rule; its other findings may be missing"));
  }

  /**
   * Names a value that checks share within one validation, and says how to work it out from the
   * strategy. Keep keys in constants: the value is shared by the checks that ask with the same key.
   *
   * <pre>{@code
   * static final RuleContext.Key<Set<GoalId>> MEASURED_GOALS =
   *     RuleContext.Key.of("measured goals", strategy -> measuredGoals(strategy));
   * ...
   * Set<GoalId> measured = context.shared(MEASURED_GOALS);
   * }</pre>
   *
   * @param <T> the value's type
   */
  public static final class Key<T> {
    private final String name;
    private final Function<? super Strategy, ? extends T> compute;

    private Key(String name, Function<? super Strategy, ? extends T> compute) {
      this.name = Objects.requireNonNull(name, "name");
      this.compute = Objects.requireNonNull(compute, "compute");
    }

    /**
     * Returns a new key.
     *
     * @param name what the value is, for messages
     * @param compute works the value out from the strategy being validated, once per validation
     * @param <T> the value's type
     * @return the key
     */
    public static <T> Key<T> of(String name, Function<? super Strategy, ? extends T> compute) {
      return new Key<>(name, compute);
    }

    /** Returns the key's name. */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * What the rules of one validation share: the strategy, the validator's settings, the tactic the
   * shared pass is at, and the values worked out for {@link Key keys} so far (few, so a scan of two
   * small arrays finds them faster than a hash).
   */
  static final class Validation {
    private final Strategy strategy;
    private final StrategyValidator validator;
    private Tactic tactic;
    private int position = -1;
    private Key<?>[] keys = new Key<?>[4];
    private Object[] values = new Object[4];
    private int size;

    Validation(Strategy strategy, StrategyValidator validator) {
      this.strategy = strategy;
      this.validator = validator;
    }

    /** Moves the shared pass to a tactic. */
    void at(int position, Tactic tactic) {
      this.position = position;
      this.tactic = tactic;
    }

    <T> T shared(Key<T> key) {
      for (int i = 0; i < size; i++) {
        if (keys[i] == key) {
          @SuppressWarnings("unchecked")
          T value = (T) values[i];
          return value;
        }
      }
      T value = Objects.requireNonNull(key.compute.apply(strategy), key.name);
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size++] = value;
      return value;
    }
  }
}
