/**
 * The domain model of a social business strategy: immutable types, type-safe ids and the invariants
 * every strategy keeps. No runtime dependencies.
 */
module org.socialstrategy.model {
  requires static org.immutables.value.annotations;

  exports org.socialstrategy.model;
  exports org.socialstrategy.model.diff;
}
