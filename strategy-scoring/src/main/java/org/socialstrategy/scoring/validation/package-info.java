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
 */
@ValidationStyle
package org.socialstrategy.scoring.validation;
