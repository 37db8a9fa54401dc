package org.socialstrategy.attribution.data;

import java.util.Locale;

/**
 * The two kinds of attribution input, told apart by the header row: events ({@link EventCsv}) or an
 * aggregated path table ({@link PathTableCsv}), which has a {@code path} column.
 *
 * <pre>{@code
 * CsvLayout.detect("path,total_conversions,total_null");     // PATH_TABLE
 * CsvLayout.detect("customer_id,timestamp,channel,converted"); // EVENTS
 * }</pre>
 */
public enum CsvLayout {
  /** Event-level touchpoints and conversions, one row each. */
  EVENTS,
  /** Distinct paths with their conversions, value and nulls. */
  PATH_TABLE;

  /**
   * Tells the layout of a CSV from its first row: a path table when a column is named {@code path}
   * or {@code paths} (as {@link PathTableCsv} reads names: in any case, spaces and hyphens as
   * underscores, quotes around them dropped), events otherwise.
   *
   * @param header the first row, with commas or semicolons between names
   * @return the layout
   */
  public static CsvLayout detect(String header) {
    for (String cell : header.split("[,;]", -1)) {
      String name = CsvHeader.normalize(cell.strip().replace("\"", ""));
      if (name.equals("path") || name.equals("paths")) {
        return PATH_TABLE;
      }
    }
    return EVENTS;
  }

  /** Returns the layout as the command line names it: {@code events} or {@code path-table}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
