/**
 * Alignment validation: {@link org.socialstrategy.scoring.validation.Rule rules} that flag where a
 * strategy's social activity is disconnected from its business goals, and every other gap the
 * social business framework names, as {@link org.socialstrategy.scoring.validation.Finding
 * findings} in business language.
 *
 * <p>A {@link org.socialstrategy.scoring.validation.StrategyValidator} runs a rule set over a
 * strategy and returns a {@link org.socialstrategy.scoring.validation.ValidationReport}. The
 * validator is immutable and thread-safe; rules can be disabled, their severity overridden, their
 * thresholds set through named {@link org.socialstrategy.scoring.validation.RuleOption options},
 * and custom rules added through the API or discovered with {@link java.util.ServiceLoader} via
 * {@link org.socialstrategy.scoring.validation.RuleProvider}. A strategy records its own
 * suppressions (one rule, one subject, a reason), so they travel with its file.
 *
 * <p>A rule is declared once: its {@link org.socialstrategy.scoring.validation.RuleInfo metadata}
 * (id, name, title, default severity, family, rationale, the {@link
 * org.socialstrategy.scoring.SuccessFactor success factor} it weighs on, the options it reads) and
 * a check of one of two shapes, per tactic or per strategy, which decides how the validator runs
 * it. Scorecards read each rule's factor from that metadata. {@link
 * org.socialstrategy.scoring.validation.BuiltInRules} is the one list of built-in rules, and {@code
 * docs/rules.md} documents each under a heading whose anchor is {@link
 * org.socialstrategy.scoring.validation.RuleInfo#anchor()}. The success factors live in {@link
 * org.socialstrategy.scoring}, beside this package and the scorecards, because scorecards depend on
 * validation and rules name a factor. What several checks need to know about a strategy is worked
 * out once per validation and {@link org.socialstrategy.scoring.validation.RuleContext#shared
 * shared} through the context the validator gives each rule.
 */
package org.socialstrategy.scoring.validation;
