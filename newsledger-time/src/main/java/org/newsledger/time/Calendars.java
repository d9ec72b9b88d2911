package org.newsledger.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Calendar arithmetic and TimeML formatting for resolved expressions. */
final class Calendars {

  private Calendars() {}

  /**
   * The weekday {@code day} (1 = Monday) nearest the reference in the direction the tense gives:
   * past and unknown take the latest one on or before the reference, future the first one on or
   * after it.
   */
  static LocalDate weekday(LocalDate reference, int day, Tense tense) {
    int back = Math.floorMod(reference.getDayOfWeek().getValue() - day, 7);
    if (tense == Tense.FUTURE) {
      return reference.plusDays(Math.floorMod(day - reference.getDayOfWeek().getValue(), 7));
    }
    return reference.minusDays(back);
  }

  /** The weekday strictly before ({@code direction} -1) or after (+1) the reference week day. */
  static LocalDate weekdayStrict(LocalDate reference, int day, int direction) {
    if (direction == 0) {
      return reference.with(DayOfWeek.of(day));
    }
    LocalDate date = reference.plusDays(direction);
    while (date.getDayOfWeek().getValue() != day) {
      date = date.plusDays(direction);
    }
    return date;
  }

  /** The month {@code month} nearest the reference month in the direction the tense gives. */
  static YearMonth month(LocalDate reference, int month, Tense tense) {
    YearMonth current = YearMonth.from(reference);
    YearMonth candidate = YearMonth.of(reference.getYear(), month);
    if (tense == Tense.FUTURE && candidate.isBefore(current)) {
      return candidate.plusYears(1);
    }
    if (tense != Tense.FUTURE && candidate.isAfter(current)) {
      return candidate.minusYears(1);
    }
    return candidate;
  }

  /** The month strictly before (-1) or after (+1) the reference month, or this year's (0). */
  static YearMonth monthStrict(LocalDate reference, int month, int direction) {
    YearMonth current = YearMonth.from(reference);
    YearMonth candidate = YearMonth.of(reference.getYear(), month);
    if (direction < 0 && !candidate.isBefore(current)) {
      return candidate.minusYears(1);
    }
    if (direction > 0 && !candidate.isAfter(current)) {
      return candidate.plusYears(1);
    }
    return candidate;
  }

  /**
   * The year of a day and month written without one: the reference year, moved back a year when a
   * past clause would otherwise lie in the future, forward when a future clause lies in the past.
   */
  static LocalDate dayOfMonth(LocalDate reference, int month, int day, Tense tense) {
    LocalDate date = LocalDate.of(reference.getYear(), month, day);
    if (tense == Tense.FUTURE && date.isBefore(reference.minusDays(1))) {
      return date.plusYears(1);
    }
    if (tense == Tense.PAST && date.isAfter(reference.plusDays(1))) {
      return date.minusYears(1);
    }
    return date;
  }

  /** The reference shifted by {@code count} units, written at the unit's granularity. */
  static String shift(LocalDate reference, Unit unit, int count) {
    switch (unit) {
      case SECOND, MINUTE, HOUR, DAY:
        return reference.plusDays(unit == Unit.DAY ? count : 0).toString();
      case WEEK, FORTNIGHT:
        return week(reference.plusWeeks((long) count * (unit == Unit.FORTNIGHT ? 2 : 1)));
      case MONTH:
        return YearMonth.from(reference).plusMonths(count).toString();
      case YEAR:
        return year(reference.getYear() + count);
      case DECADE:
        return year(reference.getYear() + 10 * count).substring(0, 3);
      default:
        return year(reference.getYear() + 100 * count).substring(0, 2);
    }
  }

  /** ISO week value of the week holding {@code date} ("2024-W19"). */
  static String week(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** A four-digit year. */
  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }
}
