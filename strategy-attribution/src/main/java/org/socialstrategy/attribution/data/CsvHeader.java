package org.socialstrategy.attribution.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.socialstrategy.io.ProblemCollector;
import org.socialstrategy.io.ProblemKind;

/**
 * Finds the columns of a CSV by their header names. Each role has aliases; names are compared
 * stripped, in lower case, with spaces and hyphens read as underscores. Columns no role names are
 * ignored.
 */
final class CsvHeader {

  private final String[][] aliases;
  private final int[] columnOf;
  private final List<String> names = new ArrayList<>();

  CsvHeader(String[][] aliases) {
    this.aliases = aliases;
    this.columnOf = new int[aliases.length];
    Arrays.fill(columnOf, -1);
  }

  /** Reads the header row; reports duplicate roles. */
  void read(CsvCells cells, ProblemCollector problems) {
    for (int cell = 0; cell < cells.count(); cell++) {
      String name = normalize(cells.cell(cell));
      names.add(name);
      for (int role = 0; role < aliases.length; role++) {
        if (Arrays.asList(aliases[role]).contains(name)) {
          if (columnOf[role] >= 0) {
            problems.add(
                cells.line(),
                cells.column(cell),
                ProblemKind.DUPLICATE_KEY,
                "column '"
                    + name
                    + "' repeats the role of column '"
                    + names.get(columnOf[role])
                    + "'",
                "keep one of them");
          } else {
            columnOf[role] = cell;
          }
        }
      }
    }
  }

  static String normalize(String header) {
    String name = header.startsWith("\uFEFF") ? header.substring(1) : header;
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  /** Returns the column of the role, or -1. */
  int column(int role) {
    return columnOf[role];
  }

  /** Returns the number of columns the header has. */
  int width() {
    return names.size();
  }

  /** Reports a missing role, naming its aliases. */
  void requireRole(int role, ProblemCollector problems, String what) {
    if (columnOf[role] < 0) {
      problems.add(
          1,
          1,
          ProblemKind.MISSING_FIELD,
          "missing column '" + aliases[role][0] + "': " + what,
          "name it " + String.join(", ", aliases[role]));
    }
  }
}
