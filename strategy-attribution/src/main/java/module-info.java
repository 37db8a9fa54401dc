/**
 * Attribution of conversions in customer journeys to the tactics of a strategy: event and
 * path-table readers, mergeable aggregates, the models, and credits as observations. Reads CSV
 * through Jackson 3's streaming parser only; data binding is never read.
 */
module org.socialstrategy.attribution {
  requires transitive org.socialstrategy.model;
  requires transitive org.socialstrategy.io;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.csv;

  exports org.socialstrategy.attribution;
  exports org.socialstrategy.attribution.data;
  exports org.socialstrategy.attribution.model;
}
