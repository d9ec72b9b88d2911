package org.newsledger.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar values of event times: the date part of a normalized time, and distances in days. */
public final class EventTimes {

  private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private EventTimes() {}

  /**
   * The calendar part of a normalized time value ("2025-03-12T16:20" gives "2025-03-12", "2025-03"
   * stays), or null when the value names no year ("PRESENT_REF", "P3D", null).
   */
  public static String day(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE.matcher(value.strip());
    return m.find() ? m.group() : null;
  }

  /**
   * Whether two calendar values lie within {@code days} of each other; a partial value ("2025-03")
   * stands for its first day. False when either is null or unreadable.
   */
  public static boolean within(String left, String right, int days) {
    LocalDate a = firstDay(left);
    LocalDate b = firstDay(right);
    return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
  }

  /** The first day a calendar value can stand for, or null. */
  static LocalDate firstDay(String value) {
    String day = day(value);
    if (day == null) {
      return null;
    }
    String full =
        switch (day.length()) {
          case 4 -> day + "-01-01";
          case 7 -> day + "-01";
          default -> day;
        };
    try {
      return LocalDate.parse(full);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
