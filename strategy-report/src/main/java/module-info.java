/** Every output people and tools read: text, HTML, Markdown, diagrams, SARIF and JSON exports. */
module org.socialstrategy.report {
  requires transitive org.socialstrategy.scoring;
  requires transitive org.socialstrategy.io;
  requires transitive org.socialstrategy.attribution;
  requires tools.jackson.core;

  exports org.socialstrategy.report;
}
