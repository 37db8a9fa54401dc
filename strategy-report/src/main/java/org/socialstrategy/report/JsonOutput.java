package org.socialstrategy.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Owns the Jackson settings of the JSON exports (findings, scorecards, SARIF): their records are
 * written with the same layout as strategy files, so a person reading either sees one style.
 */
final class JsonOutput {

  /** Two-space indentation, and the same line break on every system. */
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  /**
   * Record components in declaration order (Jackson 3 sorts alphabetically unless told), absent
   * values left out, two-space indentation with {@code "name": value} and one list item per line.
   */
  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .changeDefaultPropertyInclusion(JsonOutput::nonNull)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(INDENTER)
                  .withArrayIndenter(INDENTER))
          .build()
          .writerWithDefaultPrettyPrinter();

  private JsonOutput() {}

  private static JsonInclude.Value nonNull(JsonInclude.Value ignored) {
    return JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS);
  }

  /**
   * Writes a value (the records of an export, in component order) as JSON text.
   *
   * @param value the value
   * @return the JSON text
   */
  static String write(Object value) {
    return WRITER.writeValueAsString(value);
  }
}
