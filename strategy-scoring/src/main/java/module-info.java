/**
 * Validation rules that flag what is unaligned, and scorecards that turn a strategy into numbers.
 */
module org.socialstrategy.scoring {
  requires transitive org.socialstrategy.model;

  exports org.socialstrategy.scoring;
  exports org.socialstrategy.scoring.validation;
  exports org.socialstrategy.scoring.scorecard;
  exports org.socialstrategy.scoring.review;

  uses org.socialstrategy.scoring.validation.RuleProvider;
}
