/**
 * Strategy files: the versioned JSON and YAML format, its schema, and CSV import. Reads and writes
 * through Jackson 3's streaming API only; data binding is never read, so no code here can use it.
 */
module org.socialstrategy.io {
  requires transitive org.socialstrategy.model;
  requires transitive tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires com.fasterxml.jackson.annotation;
  requires org.snakeyaml.engine;

  exports org.socialstrategy.io;
}
