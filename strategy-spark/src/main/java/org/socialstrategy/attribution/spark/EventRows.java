package org.socialstrategy.attribution.spark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.socialstrategy.attribution.data.EventFields;
import org.socialstrategy.attribution.data.EventFields.Column;

/**
 * Reads each input row into events by the attribution module's own rules ({@link EventFields}), so
 * that a row means on Spark what it means to {@code EventCsv}: a touch, a conversion, or a
 * conversion that names its touchpoint, which becomes a touch and a conversion at the same instant.
 * A row with problems gives no event; its problems go to an accumulator, at most {@code
 * maxProblems} from each task.
 */
final class EventRows implements FlatMapFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The events: one row per touch and per conversion, with their sort keys. */
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("journey", DataTypes.StringType, false),
            DataTypes.createStructField("millis", DataTypes.LongType, false),
            DataTypes.createStructField("kind", DataTypes.IntegerType, false),
            DataTypes.createStructField("key", DataTypes.StringType, true),
            DataTypes.createStructField("key_order", DataTypes.BinaryType, true),
            DataTypes.createStructField("value", DataTypes.StringType, true),
            DataTypes.createStructField("value_order", DataTypes.BinaryType, true)
          });

  private final int[] columns;
  private final String[] names;
  private final ZoneId zone;
  private final int maxNumberLength;
  private final int maxProblems;
  private final CollectionAccumulator<String> problems;
  private final LongAccumulator problemCount;
  private transient int reported;

  EventRows(
      Map<Column, Integer> columns,
      Map<Column, String> names,
      ZoneId zone,
      int maxNumberLength,
      int maxProblems,
      CollectionAccumulator<String> problems,
      LongAccumulator problemCount) {
    this.columns = new int[Column.values().length];
    this.names = new String[Column.values().length];
    for (Column column : Column.values()) {
      this.columns[column.ordinal()] = columns.getOrDefault(column, -1);
      this.names[column.ordinal()] = names.get(column);
    }
    this.zone = zone;
    this.maxNumberLength = maxNumberLength;
    this.maxProblems = maxProblems;
    this.problems = problems;
    this.problemCount = problemCount;
  }

  @Override
  public Iterator<Row> call(Row row) {
    List<String> found = null;
    String journey = null;
    long millis = 0;
    boolean conversion = false;
    Optional<String> key = Optional.empty();
    BigDecimal value = null;
    try {
      journey = EventFields.journey(text(row, Column.JOURNEY));
    } catch (IllegalArgumentException e) {
      found = add(found, Column.JOURNEY, e);
    }
    try {
      millis = millis(row);
    } catch (IllegalArgumentException e) {
      found = add(found, Column.TIME, e);
    }
    boolean kindKnown = true;
    try {
      conversion =
          EventFields.isConversion(text(row, Column.CONVERSION), text(row, Column.EVENT_TYPE));
    } catch (IllegalArgumentException e) {
      kindKnown = false;
      found =
          add(
              found,
              present(Column.CONVERSION) && !isBlank(row, Column.CONVERSION)
                  ? Column.CONVERSION
                  : Column.EVENT_TYPE,
              e);
    }
    try {
      key =
          EventFields.key(
              text(row, Column.CHANNEL),
              text(row, Column.SOURCE),
              text(row, Column.MEDIUM),
              text(row, Column.CAMPAIGN));
    } catch (IllegalArgumentException e) {
      key = null;
      found = add(found, touchpointColumn(), e);
    }
    try {
      value = EventFields.value(text(row, Column.VALUE), conversion, maxNumberLength).orElse(null);
    } catch (IllegalArgumentException e) {
      found = add(found, Column.VALUE, e);
    }
    if (kindKnown && key != null) {
      try {
        EventFields.requireTouchpoint(conversion, key);
      } catch (IllegalArgumentException e) {
        found = add(found, touchpointColumn(), e);
      }
    }
    if (found != null) {
      report(row, found);
      return Collections.emptyIterator();
    }
    List<Row> events = new ArrayList<>(2);
    if (key.isPresent()) {
      events.add(RowFactory.create(journey, millis, 0, key.get(), order(key.get()), null, null));
    }
    if (conversion) {
      String text = value == null ? null : value.toPlainString();
      events.add(RowFactory.create(journey, millis, 1, null, null, text, order(value)));
    }
    return events.iterator();
  }

  private boolean present(Column column) {
    return columns[column.ordinal()] >= 0;
  }

  private Column touchpointColumn() {
    for (Column column : new Column[] {Column.CHANNEL, Column.SOURCE, Column.MEDIUM}) {
      if (present(column)) {
        return column;
      }
    }
    return Column.CAMPAIGN;
  }

  private boolean isBlank(Row row, Column column) {
    String text = text(row, column);
    return text == null || text.isBlank();
  }

  private long millis(Row row) {
    int index = columns[Column.TIME.ordinal()];
    Object cell = row.isNullAt(index) ? null : row.get(index);
    if (cell instanceof Timestamp timestamp) {
      return timestamp.toInstant().toEpochMilli();
    }
    if (cell instanceof Instant instant) {
      return instant.toEpochMilli();
    }
    return EventFields.timestamp(text(cell), zone);
  }

  /** Returns a column's cell as text: null without the column, empty for a null cell. */
  private String text(Row row, Column column) {
    int index = columns[column.ordinal()];
    if (index < 0) {
      return null;
    }
    return row.isNullAt(index) ? "" : text(row.get(index));
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (cell instanceof Double || cell instanceof Float) {
      return BigDecimal.valueOf(((Number) cell).doubleValue()).toPlainString();
    }
    return cell.toString();
  }

  private List<String> add(List<String> found, Column column, IllegalArgumentException problem) {
    List<String> list = found == null ? new ArrayList<>(2) : found;
    String name = names[column.ordinal()];
    list.add((name == null ? "" : "column '" + name + "': ") + problem.getMessage());
    return list;
  }

  private void report(Row row, List<String> found) {
    problemCount.add(found.size());
    String where = where(row);
    for (String problem : found) {
      if (reported < maxProblems) {
        reported++;
        problems.add(where + problem);
      }
    }
  }

  /** Names the row by its journey and timestamp cells, as given. */
  private String where(Row row) {
    String journey = text(row, Column.JOURNEY);
    String time = text(row, Column.TIME);
    return "row of journey '"
        + abbreviate(journey == null ? "" : journey.strip())
        + "' at '"
        + abbreviate(time == null ? "" : time.strip())
        + "': ";
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /**
   * Returns bytes whose unsigned order is the order of the keys' texts by {@link
   * String#compareTo(String)}: the UTF-16 code units, high byte first.
   */
  static byte[] order(String key) {
    byte[] bytes = new byte[2 * key.length()];
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      bytes[2 * i] = (byte) (c >>> 8);
      bytes[2 * i + 1] = (byte) c;
    }
    return bytes;
  }

  /**
   * Returns bytes whose unsigned order is the numeric order of values of zero or more: zero (null)
   * first; then by the exponent of the first significant digit, then by the significant digits.
   */
  static byte[] order(BigDecimal value) {
    if (value == null || value.signum() == 0) {
      return new byte[] {0};
    }
    BigDecimal stripped = value.stripTrailingZeros();
    String digits = stripped.unscaledValue().toString();
    long exponent = (long) digits.length() - stripped.scale() - 1 + Integer.MAX_VALUE;
    byte[] bytes = new byte[6 + digits.length()];
    bytes[0] = 1;
    for (int i = 0; i < 5; i++) {
      bytes[1 + i] = (byte) (exponent >>> (8 * (4 - i)));
    }
    for (int i = 0; i < digits.length(); i++) {
      bytes[6 + i] = (byte) digits.charAt(i);
    }
    return bytes;
  }

  /** Returns the names of the input's columns by role, for messages. */
  static Map<Column, String> names(StructType schema, Map<Column, Integer> columns) {
    Map<Column, String> names = new EnumMap<>(Column.class);
    columns.forEach((column, index) -> names.put(column, schema.fields()[index].name()));
    return names;
  }
}
