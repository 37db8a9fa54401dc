package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;

class ObservationsCsvTest {

  private static final Strategy RETAIL =
      StrategyFiles.read(ExamplesTest.EXAMPLES.resolve("retail.yaml"));

  private static final int BEFORE = RETAIL.observations().size();

  private static List<Observation> merged(String csv) {
    Strategy merged = ObservationsCsv.merge(RETAIL, csv, "march.csv");
    return merged.observations().subList(BEFORE, merged.observations().size());
  }

  private static String problems(String csv) {
    return assertThrows(
            StrategyFileException.class, () -> ObservationsCsv.merge(RETAIL, csv, "march.csv"))
        .problems()
        .stream()
        .map(problem -> problem.kind() + " " + problem)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void appendsOneObservationPerRow() {
    assertEquals(
        List.of(
            Observation.of(
                "net-new-customers",
                "fb-shop",
                DateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)),
                new BigDecimal("140")),
            Observation.of(
                "net-new-customers",
                DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)),
                new BigDecimal("415.50")),
            Observation.of(
                "fans",
                "fb-fan-contest",
                DateRange.of(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15)),
                new BigDecimal("-3"))),
        merged(
            "period,metric,tactic,value\n"
                + "2027-03,net-new-customers,fb-shop,140\n"
                + "2027-Q1,net-new-customers,,415.50\n"
                + "\n"
                + "2027-03-15,fans,fb-fan-contest,-3\n"));
  }

  @Test
  void readsColumnsInAnyOrderWithQuotesCarriageReturnsAndAByteOrderMark() {
    assertEquals(
        List.of(
            Observation.of("ideas-adopted", DateRange.years(2027, 2027), new BigDecimal("1.0")),
            Observation.of("ideas-adopted", DateRange.years(2028, 2028), new BigDecimal("2"))),
        merged(
            "\uFEFFValue, Metric ,Period\r\n"
                + "\"1.0\",\"ideas-adopted\",2027\r\n"
                + "2,ideas-adopted,\"2028\""));
  }

  @Test
  void reportsEveryBadCellWithItsLineAndColumn() {
    assertEquals(
        "SYNTAX march.csv:3:1: expected 4 cells, as in the header, found 5\n"
            + "BAD_VALUE march.csv:4:1: period: '2027-13' is not a day, month, quarter or year"
            + " (write a day 2027-03-31, a month 2027-03, a quarter 2027-Q1 or a year 2027)\n"
            + "UNKNOWN_REFERENCE march.csv:4:9: metric: unknown metric 'fanz' (did you mean"
            + " 'fans'?)\n"
            + "UNKNOWN_REFERENCE march.csv:4:14: tactic: unknown tactic 'fb-shopp' (did you mean"
            + " 'fb-shop'?)\n"
            + "BAD_VALUE march.csv:4:23: value: 'x' is not a decimal number (write a number such"
            + " as 1200 or 0.25)\n"
            + "MISSING_FIELD march.csv:5:9: metric: missing metric\n"
            + "BAD_VALUE march.csv:5:11: value: '1,200' is not a decimal number (leave out"
            + " thousands separators)",
        problems(
            "period,metric,tactic,value\n"
                + "2027-03,fans,fb-fan-contest,10\n"
                + "2027-03,fans,fb-fan-contest,10,11\n"
                + "2027-13,fanz,fb-shopp,x\n"
                + "2027-04,,,\"1,200\"\n"));
  }

  @Test
  void takesDecimalsInTheDigitsZeroToNineOnly() {
    assertEquals(
        "BAD_VALUE march.csv:2:14: value: '٣' is not a decimal number (write the digits 0 to 9)",
        problems("period,metric,value\n2027-03,fans,٣\n"));
  }

  @Test
  void reportsAHeaderThatNamesUnknownMissingOrRepeatedColumns() {
    assertEquals(
        "UNKNOWN_FIELD march.csv:1:1: unknown column 'perod' (did you mean 'period'?)\n"
            + "MISSING_FIELD march.csv:1:1: missing column 'period' (the first line names the"
            + " columns: period,metric,tactic,value)\n"
            + "DUPLICATE_KEY march.csv:1:20: column 'value' is named twice",
        problems("perod,metric,value,value\n2027,fans,1,1\n"));
    assertEquals(
        "SYNTAX march.csv:1:1: the file is empty (the first line names the columns:"
            + " period,metric,tactic,value)",
        problems(""));
  }

  @Test
  void stopsAtBrokenQuotes() {
    assertEquals(
        "SYNTAX march.csv:2:1: the file ends inside a quoted cell: expected a closing '\"'",
        problems("period,metric,value\n\"2027,fans,1\n"));
    assertEquals(
        "SYNTAX march.csv:2:7: expected ',' or the end of the line after the closing quote,"
            + " found 'x' (double a quote inside a quoted cell: \"\")",
        problems("period,metric,value\n\"2027\"x,fans,1\n"));
  }

  @Test
  void stopsReadingOnceEnoughProblemsAreFound(@TempDir Path directory) throws IOException {
    StringBuilder csv = new StringBuilder("period,metric,value\n");
    for (int i = 0; i < 50; i++) {
      csv.append("2027,fans,x\n");
    }
    Path file = directory.resolve("bad.csv");
    Files.writeString(file, csv);
    StrategyFileException thrown =
        assertThrows(
            StrategyFileException.class,
            () -> ObservationsCsv.merge(RETAIL, file, ReadOptions.defaults().withMaxProblems(5)));
    assertEquals(5, thrown.problems().size());
    assertEquals("bad.csv", thrown.problems().get(0).source());
  }

  @Test
  void readsFilesAndRefusesOnesThatAreNotUtf8(@TempDir Path directory) throws IOException {
    Path good = directory.resolve("good.csv");
    Files.writeString(good, "period,metric,value\n2027-05,fans,12\n");
    assertEquals(BEFORE + 1, ObservationsCsv.merge(RETAIL, good).observations().size());
    Path latin1 = directory.resolve("latin1.csv");
    Files.write(latin1, new byte[] {'p', 'e', 'r', 'i', 'o', 'd', (byte) 0xE9, '\n'});
    assertEquals(
        "latin1.csv:1:1: the file is not UTF-8 text (save it as UTF-8)",
        assertThrows(StrategyFileException.class, () -> ObservationsCsv.merge(RETAIL, latin1))
            .problems()
            .get(0)
            .toString());
  }
}
