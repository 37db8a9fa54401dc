package org.socialstrategy.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.MathContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Owns the Jackson settings of the JSON exports (findings, scorecards, SARIF): their records are
 * written with the same layout as strategy files, so a person reading either sees one style.
 *
 * <p>Decimals are written as numbers every common JSON parser takes: Java's canonical text ({@code
 * 0.1900}, {@code 1E-999}) when it takes at most {@value #LONGEST_NUMBER} characters, else rounded
 * to 34 significant digits (IEEE decimal128) in scientific notation. Jackson's default limit is
 * 1,000 characters a number, this library's own reader 100; a scorecard of extreme figures would
 * otherwise write a thousand digits. Texts are mended where they are not Unicode (see {@link
 * Escaping#json}), so an export can always be written as UTF-8.
 */
final class JsonOutput {

  /** The longest number written in full: the limit of this library's own reader. */
  static final int LONGEST_NUMBER = 100;

  /** Two-space indentation, and the same line break on every system. */
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  /**
   * Record components in declaration order (Jackson 3 sorts alphabetically unless told), absent
   * values left out, two-space indentation with {@code "name": value} and one list item per line.
   */
  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .addModule(
              new SimpleModule("exports")
                  .addSerializer(BigDecimal.class, new Decimals())
                  .addSerializer(String.class, new Texts()))
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
   * Returns the text of a decimal as the exports write it.
   *
   * @param value the decimal
   * @return its canonical text, or its rounded scientific form when that is too long
   */
  static String number(BigDecimal value) {
    if (Math.abs((long) value.precision() - value.scale()) <= LONGEST_NUMBER
        && Math.abs((long) value.scale()) <= LONGEST_NUMBER) {
      String canonical = value.toString();
      if (canonical.length() <= LONGEST_NUMBER) {
        return canonical;
      }
    }
    return value.round(MathContext.DECIMAL128).stripTrailingZeros().toString();
  }

  /** Writes decimals through {@link #number}. */
  private static final class Decimals extends StdSerializer<BigDecimal> {
    Decimals() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator out, SerializationContext context) {
      out.writeNumber(number(value));
    }
  }

  /** Writes texts through {@link Escaping#json}. */
  private static final class Texts extends StdSerializer<String> {
    Texts() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator out, SerializationContext context) {
      out.writeString(Escaping.json(value));
    }
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
