/** The {@code sbs} command line: options in, library calls, a report out. */
module org.socialstrategy.cli {
  requires org.socialstrategy.report;
  requires info.picocli;

  exports org.socialstrategy.cli;

  opens org.socialstrategy.cli to
      info.picocli;
}
