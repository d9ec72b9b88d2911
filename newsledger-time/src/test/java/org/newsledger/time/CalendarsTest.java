package org.newsledger.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarsTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 7);

  @Test
  void takesSameWeekdayAsReferenceInPastAndFuture() {
    assertThat(Calendars.weekday(TUESDAY, 2, Tense.PAST)).isEqualTo(TUESDAY);
    assertThat(Calendars.weekday(TUESDAY, 2, Tense.FUTURE)).isEqualTo(TUESDAY);
  }

  @Test
  void resolvesUnknownTenseWeekdayToMostRecentPastOne() {
    assertThat(Calendars.weekday(TUESDAY, 7, Tense.UNKNOWN)).isEqualTo("2024-05-05");
    assertThat(Calendars.weekday(TUESDAY, 3, Tense.UNKNOWN)).isEqualTo("2024-05-01");
  }

  @Test
  void resolvesFutureWeekdayForward() {
    assertThat(Calendars.weekday(TUESDAY, 1, Tense.FUTURE)).isEqualTo("2024-05-13");
  }

  @Test
  void movesMonthAcrossYearByTense() {
    assertThat(Calendars.month(TUESDAY, 11, Tense.UNKNOWN)).hasToString("2023-11");
    assertThat(Calendars.month(TUESDAY, 3, Tense.FUTURE)).hasToString("2025-03");
    assertThat(Calendars.monthStrict(TUESDAY, 5, -1)).hasToString("2023-05");
  }

  @Test
  void shiftsAtUnitGranularity() {
    assertThat(Calendars.shift(TUESDAY, Unit.WEEK, -1)).isEqualTo("2024-W18");
    assertThat(Calendars.shift(TUESDAY, Unit.MONTH, 1)).isEqualTo("2024-06");
    assertThat(Calendars.shift(TUESDAY, Unit.DECADE, 0)).isEqualTo("202");
    assertThat(Calendars.shift(TUESDAY, Unit.CENTURY, 0)).isEqualTo("20");
  }

  @Test
  void writesDurationsWithClockDesignator() {
    assertThat(Unit.HOUR.duration(24)).isEqualTo("PT24H");
    assertThat(Unit.DECADE.duration(1)).isEqualTo("P10Y");
    assertThat(Unit.WEEK.duration(null)).isEqualTo("PXW");
  }
}
