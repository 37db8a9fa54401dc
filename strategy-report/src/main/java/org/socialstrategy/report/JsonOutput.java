package org.socialstrategy.report;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.socialstrategy.io.JsonLayout;
import tools.jackson.core.JsonGenerator;

/**
 * Owns the Jackson settings of the JSON exports (findings, scorecards, SARIF) and writes their
 * records through Jackson's streaming generator, in the layout of strategy files: each record an
 * object of its components in declaration order, absent values (null, empty {@link Optional}) left
 * out, two-space indentation with {@code "name": value} and one list item per line.
 *
 * <p>Writing records by reflection here, rather than through Jackson's data binding, keeps data
 * binding out of the library at run time, so applications that bring their own Jackson 2 and its
 * annotations (Spring Boot 3 manages them) can use the reports unchanged.
 *
 * <p>Decimals are written as numbers every common JSON parser takes: Java's canonical text ({@code
 * 0.1900}, {@code 1E-999}) when it takes at most {@value #LONGEST_NUMBER} characters, else rounded
 * to 34 significant digits (IEEE decimal128) in scientific notation. Jackson's default limit is
 * 1,000 characters a number, this library's own reader 100; a scorecard of extreme figures would
 * otherwise write a thousand digits. Texts are mended where they are not Unicode (see {@link
 * Escaping#json}), so an export can always be written as UTF-8.
 */
final class JsonOutput {

  /** The longest number an export writes as it is; longer ones are rounded. */
  static final int LONGEST_NUMBER = 100;

  private JsonOutput() {}

  /**
   * Writes a value (the records of an export, in component order) as JSON text.
   *
   * @param value a record, list, map, text, number, boolean or enum, nested as deep as needed
   * @return the JSON text
   */
  static String write(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JsonLayout.generator(text)) {
      value(out, value);
    }
    return text.toString();
  }

  private static void value(JsonGenerator out, Object value) {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Record) {
      out.writeStartObject();
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Object field = component(value, component);
        if (field != null && !(field instanceof Optional && ((Optional<?>) field).isEmpty())) {
          out.writeName(component.getName());
          value(out, field);
        }
      }
      out.writeEndObject();
    } else if (value instanceof Optional) {
      value(out, ((Optional<?>) value).orElse(null));
    } else if (value instanceof Map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        out.writeName(Escaping.json(String.valueOf(entry.getKey())));
        value(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Collection) {
      out.writeStartArray();
      for (Object item : (Collection<?>) value) {
        value(out, item);
      }
      out.writeEndArray();
    } else if (value instanceof CharSequence || value instanceof Enum) {
      out.writeString(Escaping.json(value.toString()));
    } else if (value instanceof Boolean) {
      out.writeBoolean((Boolean) value);
    } else if (value instanceof BigDecimal) {
      out.writeNumber(number((BigDecimal) value));
    } else if (value instanceof BigInteger) {
      out.writeNumber((BigInteger) value);
    } else if (value instanceof Double || value instanceof Float) {
      out.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Number) {
      out.writeNumber(((Number) value).longValue());
    } else {
      throw new IllegalArgumentException(
          "an export holds records, lists, maps, texts, numbers and booleans, not "
              + value.getClass().getName());
    }
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

  private static Object component(Object record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component + " of an export record", e);
    }
  }
}
