/** Seeded generators of valid strategies of any size, for property tests and benchmarks. */
module org.socialstrategy.testkit {
  requires transitive org.socialstrategy.model;
  requires transitive quicktheories;

  exports org.socialstrategy.testkit;
}
