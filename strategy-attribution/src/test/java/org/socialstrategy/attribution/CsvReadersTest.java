package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.InputLimits;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.PathTableCsv;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.ProblemKind;
import org.socialstrategy.io.StrategyFileException;

class CsvReadersTest {

  private static List<String> problems(Runnable read) {
    StrategyFileException e = assertThrows(StrategyFileException.class, read::run);
    return e.problems().stream().map(FileProblem::toString).toList();
  }

  private static JourneyAggregate events(String csv) {
    return EventCsv.read(csv, "events.csv", AggregationOptions.defaults());
  }

  @Test
  void readsEventsWithAliasesAndSemicolons() {
    JourneyAggregate aggregate =
        events(
            "Customer ID;Event Time;utm_source;utm_medium;utm_campaign;Event Type;Revenue\n"
                + "c1;2027-03-01 10:00:00;google;cpc;spring;touch;\n"
                + "c1;2027-03-01T11:00:00+01:00;newsletter;email;;touchpoint;0\n"
                + "\n"
                + "c1;2027-03-02;;;;conversion;\"80.50\"\n");
    PathTable expected =
        PathTable.builder()
            .add(
                List.of("google / cpc / spring", "newsletter / email"),
                1,
                new BigDecimal("80.50"),
                0)
            .build();
    assertEquals(expected, aggregate.paths());
  }

  @Test
  void readsAConversionFlagColumn() {
    JourneyAggregate aggregate =
        events(
            "journey_id,timestamp,channel,conversion,value\n"
                + "j1,2027-03-01T10:00:00Z,email,false,\n"
                + "j1,2027-03-01T10:05:00Z,,TRUE,12\n"
                + "j2,2027-03-01T10:00:00Z,social,0,\n");
    assertEquals(1, aggregate.paths().totalConversions());
    assertEquals(1, aggregate.paths().totalNulls());
  }

  @Test
  void reportsEveryCellProblemWithItsPlace() {
    assertEquals(
        List.of(
            "events.csv:2:4: 'yesterday' is not a timestamp (expected an ISO instant such as"
                + " 2027-03-01T10:15:30Z, a local date-time such as 2027-03-01 10:15:30, or a date)",
            "events.csv:3:31: 'maybe' is not a conversion flag (expected true or false, 1 or 0,"
                + " yes or no)",
            "events.csv:4:28: conversion value must not be negative: -5",
            "events.csv:5:33: a touch has no value: 9 (conversion values go on conversion rows)",
            "events.csv:6:25: missing touchpoint: a touch names its channel, or its source and"
                + " medium",
            "events.csv:7:1: expected 5 cells, as in the header, found 2"),
        problems(
            () ->
                events(
                    "journey,time,channel,converted,value\n"
                        + "j1,yesterday,email,false,\n"
                        + "j1,2027-03-01T10:00:00Z,email,maybe,\n"
                        + "j1,2027-03-01T10:00:00Z,,1,-5\n"
                        + "j1,2027-03-01T10:00:00Z,email,0,9\n"
                        + "j1,2027-03-01T10:00:00Z,,0,\n"
                        + "j1,2027-03-01T10:00:00Z\n")));
  }

  @Test
  void reportsMissingColumns() {
    assertEquals(
        List.of(
            "events.csv:1:1: missing column 'timestamp': when each event happened (name it"
                + " timestamp, time, event_time, datetime, date)",
            "events.csv:1:1: missing column 'conversion' (or 'event_type'): which rows are"
                + " conversions (a conversion column holds true or false; an event_type column"
                + " touch or conversion)"),
        problems(() -> events("journey_id,channel\nj1,email\n")));
  }

  @Test
  void reportsAnEmptyFile() {
    assertEquals(
        List.of(
            "events.csv:1:1: the file is empty (the first row names the columns:"
                + " journey_id,timestamp,channel,conversion,value)"),
        problems(() -> events("")));
  }

  @Test
  void reportsBrokenQuotingAndStops() {
    assertEquals(
        List.of(
            "events.csv:2:16: broken csv: a quoted cell must be followed by the delimiter or the"
                + " end of the line (cells with the delimiter, quotes or line breaks go in double"
                + " quotes, quotes inside doubled)"),
        problems(
            () ->
                events(
                    "journey_id,timestamp,channel,conversion\n"
                        + "j1,\"2027-03-01\"x,email,false\n"
                        + "j1,bad,email,false\n")));
  }

  @Test
  void reportsAQuoteLeftOpenAtTheEndOfTheInput() {
    assertEquals(
        List.of(
            "events.csv:3:15: a quoted cell is not closed before the end of the input (cells with"
                + " the delimiter, quotes or line breaks go in double quotes, quotes inside"
                + " doubled)"),
        problems(
            () ->
                events(
                    "journey_id,timestamp,channel,conversion\n"
                        + "j1,2027-03-01,email,false\n"
                        + "j2,2027-03-01,\"email,false\n")));
  }

  @Test
  void reportsAnUnsortedJourneyOnItsRow() {
    assertEquals(
        List.of(
            "events.csv:3:1: journey 'a' comes after journey 'b', but the input is read as sorted"
                + " by journey"),
        problems(
            () ->
                EventCsv.read(
                    "journey_id,timestamp,channel,conversion\n"
                        + "b,2027-03-01,email,false\n"
                        + "a,2027-03-01,email,false\n",
                    "events.csv",
                    AggregationOptions.defaults()
                        .withOrder(
                            org.socialstrategy.attribution.data.JourneyOrder.SORTED_BY_JOURNEY))));
  }

  @Test
  void holdsCellsAndRowsToTheLimits() {
    AggregationOptions tight =
        AggregationOptions.defaults()
            .withLimits(InputLimits.defaults().withMaxCellLength(20).withMaxFields(5));
    assertEquals(
        List.of("events.csv:2:4: a cell longer than the limit of 20 characters"),
        problems(
            () ->
                EventCsv.read(
                    "journey_id,timestamp,channel,conversion\nj1,"
                        + "x".repeat(100)
                        + ",email,false\n",
                    "events.csv",
                    tight)));
    assertEquals(
        List.of("events.csv:1:11: a row of more than 5 cells, over the limit"),
        problems(() -> EventCsv.read("a,b,c,d,e,f,g\n", "events.csv", tight)));
  }

  @Test
  void holdsNumbersAndJourneysToTheLimits() {
    AggregationOptions tight =
        AggregationOptions.defaults()
            .withLimits(InputLimits.defaults().withMaxNumberLength(5).withMaxJourneyEvents(2));
    assertEquals(
        List.of(
            "events.csv:2:31: a number longer than the limit of 5 characters",
            "events.csv:3:1: journey 'j2' has more than 2 events, the limit of one journey"),
        problems(
            () ->
                EventCsv.read(
                    "journey_id,timestamp,channel,conversion,value\n"
                        + "j1,2027-03-01T10:00:00Z,,true,1000000\n"
                        + "j2,2027-03-01T10:00:00Z,a,false,\n"
                        + "j2,2027-03-01T10:00:01Z,a,false,\n"
                        + "j2,2027-03-01T10:00:02Z,a,false,\n",
                    "events.csv",
                    tight)));
  }

  @Test
  void reportsBytesThatAreNotUtf8DeepInAFile(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("events.csv");
    StringBuilder csv = new StringBuilder("journey_id,timestamp,channel,conversion\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append("j1,2027-03-01T10:00:00Z,email,false\n");
    }
    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(text, text.length + 3);
    broken[text.length] = (byte) 0xc3;
    broken[text.length + 1] = (byte) 0x28;
    broken[text.length + 2] = '\n';
    Files.write(file, broken);
    List<String> found = problems(() -> EventCsv.read(file, AggregationOptions.defaults()));
    assertEquals(1, found.size());
    assertTrue(
        found.get(0).endsWith("the file is not UTF-8 text (save it as UTF-8)"), found.get(0));
  }

  @Test
  void stopsAtTheProblemLimit() {
    StringBuilder csv = new StringBuilder("journey_id,timestamp,channel,conversion\n");
    for (int i = 0; i < 50; i++) {
      csv.append("j1,never,email,false\n");
    }
    StrategyFileException e =
        assertThrows(
            StrategyFileException.class,
            () ->
                EventCsv.read(
                    csv.toString(),
                    "events.csv",
                    AggregationOptions.defaults()
                        .withLimits(InputLimits.defaults().withMaxProblems(3))));
    assertEquals(3, e.problems().size());
  }

  @Test
  void problemsHaveKindsLikeThoseOfStrategyFiles() {
    StrategyFileException e =
        assertThrows(
            StrategyFileException.class,
            () ->
                events(
                    "journey,time,channel,converted,value,value\n"
                        + "j1,,email,false,,\n"
                        + "j1,yesterday,email,false,,\n"
                        + "j1,2027-03-01\n"));
    assertEquals(
        List.of(ProblemKind.DUPLICATE_KEY), e.problems().stream().map(FileProblem::kind).toList());
    assertEquals(
        List.of(
            ProblemKind.MISSING_FIELD,
            ProblemKind.BAD_VALUE,
            ProblemKind.SYNTAX,
            ProblemKind.LIMIT),
        assertThrows(
                StrategyFileException.class,
                () ->
                    EventCsv.read(
                        "journey,time,channel,converted\n"
                            + "j1,,email,false\n"
                            + "j1,yesterday,email,false\n"
                            + "j1,2027-03-01\n"
                            + "j1,2027-03-01,"
                            + "x".repeat(50)
                            + ",false\n",
                        "events.csv",
                        AggregationOptions.defaults()
                            .withLimits(InputLimits.defaults().withMaxCellLength(20))))
            .problems()
            .stream()
            .map(FileProblem::kind)
            .toList());
    assertEquals(
        "events.csv: 1 problem\n  events.csv:1:38: column 'value' repeats the role of"
            + " column 'value' (keep one of them)",
        e.getMessage());
  }

  @Test
  void readsAPathTableInChannelAttributionsLayout() {
    PathTable table =
        PathTableCsv.read(
            "path;total_conversions;total_conversion_value;total_null\n"
                + "email > paid-search;3;150.00;40\n"
                + " paid-search ;1;20;60\n"
                + "email > paid-search;1;10;0\n",
            "paths.csv",
            InputLimits.defaults());
    PathTable expected =
        PathTable.builder()
            .add(List.of("email", "paid-search"), 4, new BigDecimal("160"), 40)
            .add(List.of("paid-search"), 1, new BigDecimal("20"), 60)
            .build();
    assertEquals(expected, table);
  }

  @Test
  void readsAPathTableWithShortHeaders() {
    PathTable table =
        PathTableCsv.read(
            "path,conversions,value,nulls\na > b,2,5.5,1\n", "paths.csv", InputLimits.defaults());
    assertEquals(2, table.totalConversions());
    assertEquals(new BigDecimal("5.5"), table.totalValue());
  }

  @Test
  void reportsPathTableProblems() {
    assertEquals(
        List.of(
            "paths.csv:2:1: step 2 of the path is empty (steps are separated by ' > ', with a key"
                + " between each two)",
            "paths.csv:3:7: conversions must be a whole number of zero or more: '1.5'",
            "paths.csv:4:9: conversion value must be a decimal of zero or more: '-3'",
            "paths.csv:5:1: a path without conversions has no conversion value: 9"),
        problems(
            () ->
                PathTableCsv.read(
                    "path,conversions,value,nulls\n"
                        + "a >  > b,1,1,0\n"
                        + "a > b,1.5,1,0\n"
                        + "a > b,1,-3,0\n"
                        + "a > b,0,9,0\n",
                    "paths.csv",
                    InputLimits.defaults())));
  }

  @Test
  void holdsPathTablesToTheStepAndPathLimits() {
    InputLimits tight = InputLimits.defaults().withMaxPathSteps(3).withMaxDistinctPaths(1);
    assertEquals(
        List.of("paths.csv:2:1: a path of more than 3 steps, longer than the limit"),
        problems(
            () -> PathTableCsv.read("path,conversions\na > b > c > d,1\n", "paths.csv", tight)));
    assertEquals(
        List.of("paths.csv:3:1: more than 1 distinct paths"),
        problems(() -> PathTableCsv.read("path,conversions\na,1\nb,1\nc,1\n", "paths.csv", tight)));
  }

  @Test
  void rejectsAFileThatIsNotUtf8(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("paths.csv");
    Files.write(file, new byte[] {'p', 'a', 't', 'h', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
    assertEquals(
        List.of("paths.csv:1:1: the file is not UTF-8 text (save it as UTF-8)"),
        problems(() -> PathTableCsv.read(file)));
    Files.writeString(file, "path,conversions\na,1\n", StandardCharsets.UTF_8);
    assertEquals(1, PathTableCsv.read(file).size());
  }
}
