/**
 * Validation rules that flag what is unaligned, and scorecards that turn a strategy into numbers.
 */
module org.socialstrategy.scoring {
  requires transitive org.socialstrategy.model;
  requires static org.immutables.value.annotations;

  exports org.socialstrategy.scoring.validation;
  exports org.socialstrategy.scoring.scorecard;

  uses org.socialstrategy.scoring.validation.RuleProvider;
}
