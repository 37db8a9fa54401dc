package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialstrategy.model.DateRange;

class FormatV1PeriodsTest {

  private static DateRange range(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void readsDaysMonthsQuartersAndYears() {
    assertEquals(range("2027-03-31", "2027-03-31"), FormatV1Periods.parse("2027-03-31"));
    assertEquals(range("2028-02-01", "2028-02-29"), FormatV1Periods.parse("2028-02"));
    assertEquals(range("2027-04-01", "2027-06-30"), FormatV1Periods.parse("2027-Q2"));
    assertEquals(range("2027-10-01", "2027-12-31"), FormatV1Periods.parse("2027-Q4"));
    assertEquals(range("2027-01-01", "2027-12-31"), FormatV1Periods.parse("2027"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "27",
        "20x7",
        "2027-",
        "2027-3",
        "2027-13",
        "2027-00",
        "2027-Q0",
        "2027-Q5",
        "2027-q1",
        "2027-02-30",
        "2027-03-00",
        "2027-03-3",
        "2027/03/31",
        "2027-03-31T00:00",
        " 2027"
      })
  void refusesAnythingElse(String text) {
    assertNull(FormatV1Periods.parse(text));
  }

  @Test
  void readsOnlyValidDays() {
    assertEquals(LocalDate.of(2028, 2, 29), FormatV1Periods.day("2028-02-29"));
    assertNull(FormatV1Periods.day("2027-02-29"));
    assertNull(FormatV1Periods.day("2027-03"));
    assertNull(FormatV1Periods.day("2027-1-011"));
  }

  @Test
  void writesTheShortestExactForm() {
    assertEquals("2027-03-31", FormatV1Periods.format(range("2027-03-31", "2027-03-31")));
    assertEquals("2028-02", FormatV1Periods.format(range("2028-02-01", "2028-02-29")));
    assertEquals("2027-Q3", FormatV1Periods.format(range("2027-07-01", "2027-09-30")));
    assertEquals("2027", FormatV1Periods.format(range("2027-01-01", "2027-12-31")));
    assertNull(FormatV1Periods.format(range("2027-01-01", "2027-02-27")));
    assertNull(FormatV1Periods.format(range("2027-02-01", "2027-04-30")));
    assertNull(FormatV1Periods.format(range("2027-01-01", "2028-12-31")));
    assertNull(FormatV1Periods.format(range("2027-01-02", "2027-12-31")));
    assertEquals("0999", FormatV1Periods.format(range("0999-01-01", "0999-12-31")));
    assertEquals("0000-Q1", FormatV1Periods.format(range("0000-01-01", "0000-03-31")));
    assertEquals("0042-03", FormatV1Periods.format(range("0042-03-01", "0042-03-31")));
  }
}
