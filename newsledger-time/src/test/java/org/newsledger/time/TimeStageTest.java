package org.newsledger.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.time.Analysis.find;
import static org.newsledger.time.Analysis.times;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.Document;
import org.newsledger.core.facts.TimeExpression;
import org.newsledger.core.facts.TimeType;

class TimeStageTest {

  /** A Wednesday. */
  private static final String REF = "2023-11-15";

  private static String valueOf(String text, String expression) {
    return find(times(text, REF), expression).value();
  }

  @Test
  void resolvesPastTenseMondayToPrecedingMonday() {
    assertThat(valueOf("The minister resigned on Monday after the vote.", "Monday"))
        .isEqualTo("2023-11-13");
  }

  @Test
  void resolvesFutureTenseFridayToFollowingFriday() {
    assertThat(valueOf("The committee will meet on Friday to decide.", "Friday"))
        .isEqualTo("2023-11-17");
  }

  @Test
  void resolvesSameWeekdayInPastClauseToReferenceDate() {
    assertThat(valueOf("Protesters gathered outside the court on Wednesday.", "Wednesday"))
        .isEqualTo(REF);
  }

  @Test
  void resolvesPossessiveWeekdayWithoutVerbToMostRecentPastDay() {
    assertThat(valueOf("Officials are still assessing Sunday's flooding.", "Sunday"))
        .isEqualTo("2023-11-12");
  }

  @Test
  void resolvesLastAndNextWeekdayStrictly() {
    List<TimeExpression> times =
        times("The talks collapsed last Wednesday and resume next Wednesday.", REF);
    assertThat(find(times, "last Wednesday").value()).isEqualTo("2023-11-08");
    assertThat(find(times, "next Wednesday").value()).isEqualTo("2023-11-22");
  }

  @Test
  void recognizesAbsoluteDatesInEveryOrder() {
    List<TimeExpression> times =
        times(
            "The law passed on 3 March 2021, was amended on"
                + " June 9, 2022 and on 2022-10-01, and expires on January 5.",
            REF);
    assertThat(find(times, "3 March 2021").value()).isEqualTo("2021-03-03");
    assertThat(find(times, "June 9, 2022").value()).isEqualTo("2022-06-09");
    assertThat(find(times, "2022-10-01").value()).isEqualTo("2022-10-01");
    assertThat(find(times, "January 5").value()).isEqualTo("2023-01-05");
  }

  @Test
  void mergesWeekdayAndClockTimeIntoOneTime() {
    TimeExpression time =
        find(
            times("Voting ended on Tuesday at 9 p.m. local time.", REF),
            "Tuesday at 9 p.m. local time");
    assertThat(time.type()).isEqualTo(TimeType.TIME);
    assertThat(time.value()).isEqualTo("2023-11-14T21:00");
    assertThat(time.rule()).isEqualTo("time:merge-day-clock");
  }

  @Test
  void resolvesRelativeDaysAndCalendarUnits() {
    List<TimeExpression> times =
        times(
            "Yesterday the bank said profits fell last year and"
                + " would rise next month, after a slump earlier this week.",
            REF);
    assertThat(find(times, "Yesterday").value()).isEqualTo("2023-11-14");
    assertThat(find(times, "last year").value()).isEqualTo("2022");
    assertThat(find(times, "next month").value()).isEqualTo("2023-12");
    assertThat(find(times, "earlier this week").value()).isEqualTo("2023-W46");
  }

  @Test
  void resolvesAgoByUnitGranularity() {
    List<TimeExpression> times =
        times("The plant closed three days ago, two years ago it employed 500 people.", REF);
    assertThat(find(times, "three days ago").value()).isEqualTo("2023-11-12");
    assertThat(find(times, "two years ago").value()).isEqualTo("2021");
  }

  @Test
  void normalizesDurations() {
    List<TimeExpression> times =
        times("The strike lasted for two weeks and a 12-month review follows.", REF);
    assertThat(find(times, "two weeks").type()).isEqualTo(TimeType.DURATION);
    assertThat(find(times, "two weeks").value()).isEqualTo("P2W");
    assertThat(find(times, "12-month").value()).isEqualTo("P12M");
  }

  @Test
  void resolvesMonthsAndYearsAlone() {
    List<TimeExpression> times =
        times("Prices rose in March, fell in 2019 and peaked last December.", REF);
    assertThat(find(times, "March").value()).isEqualTo("2023-03");
    assertThat(find(times, "2019").value()).isEqualTo("2019");
    assertThat(find(times, "last December").value()).isEqualTo("2022-12");
  }

  @Test
  void recognizesRecurringTimesAsSets() {
    List<TimeExpression> times = times("The council meets every Monday and publishes weekly.", REF);
    assertThat(find(times, "every Monday").type()).isEqualTo(TimeType.SET);
    assertThat(find(times, "every Monday").value()).isEqualTo("XXXX-WXX-1");
    assertThat(find(times, "weekly").value()).isEqualTo("P1W");
  }

  @Test
  void leavesRelativeValuesNullAndReportsWithoutReferenceDate() {
    Document doc = Analysis.analyze("The minister resigned on Monday, on 3 March 2021.", null);
    List<TimeExpression> times = doc.get(org.newsledger.core.Layers.TIMES);
    assertThat(find(times, "Monday").value()).isNull();
    assertThat(find(times, "3 March 2021").value()).isEqualTo("2021-03-03");
    assertThat(doc.diagnostics()).anyMatch(d -> d.code().equals("no_reference_date"));
  }

  @Test
  void doesNotTakeModalMayForAMonth() {
    assertThat(times("Officials said the rules may change, and prices may rise.", REF)).isEmpty();
  }

  @Test
  void numbersIdsInTextOrderAndNamesTheRule() {
    List<TimeExpression> times = times("It rained on Monday and on Tuesday.", REF);
    assertThat(times).extracting(TimeExpression::id).containsExactly("d1", "d2");
    assertThat(times).extracting(TimeExpression::rule).containsOnly("time:weekday");
  }
}
