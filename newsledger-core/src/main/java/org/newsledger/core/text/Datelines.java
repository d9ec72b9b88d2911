package org.newsledger.core.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes dateline lines and prefixes ("7 May 2024 09:04", "BRUSSELS (Reuters) -"). */
public final class Datelines {

  private static final String MONTH =
      "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
  private static final String TIME =
      "(?:\\s*(?:[-–—|,]|at)?\\s*(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::\\d{2})?"
          + "\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:[A-Z]{2,4}|[+-]\\d{2}:?\\d{2}))?)?";
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^\\s*(?:(?:Published|Updated|Posted)(?: on)?:?\\s*)?"
              + WEEKDAY
              + "(?:(?<day1>\\d{1,2})\\s+"
              + MONTH.replace("month", "month1")
              + ",?\\s+(?<year1>\\d{4})"
              + "|"
              + MONTH.replace("month", "month2")
              + "\\s+(?<day2>\\d{1,2}),?\\s+(?<year2>\\d{4})"
              + "|(?<year3>\\d{4})-(?<month3>\\d{2})-(?<day3>\\d{2}))"
              + TIME
              + "\\s*$",
          Pattern.UNICODE_CHARACTER_CLASS); // \s also matches no-break spaces, common in web copy
  private static final Pattern AGENCY_PREFIX =
      Pattern.compile(
          "^\\s*(?<place>[A-Z][A-Z.'’-]+(?:[ ,/]+[A-Z][A-Za-z.'’-]+){0,4})"
              + "(?:,\\s+"
              + MONTH.replace("month", "month4")
              + "\\s+\\d{1,2})?"
              + "\\s*(?:\\((?<agency>[A-Za-z][A-Za-z .&-]{1,30})\\))?\\s*[-–—]+(?:\\s+|$)");

  private Datelines() {}

  /** The date and time a whole line states, when the line is nothing but a date (and time). */
  public static Optional<String> dateOfLine(String line) {
    Matcher m = DATE_LINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date;
      if (m.group("year1") != null) {
        date = LocalDate.of(year(m, "year1"), month(m.group("month1")), day(m, "day1"));
      } else if (m.group("year2") != null) {
        date = LocalDate.of(year(m, "year2"), month(m.group("month2")), day(m, "day2"));
      } else {
        date = LocalDate.of(year(m, "year3"), Integer.parseInt(m.group("month3")), day(m, "day3"));
      }
      if (m.group("hour") == null) {
        return Optional.of(date.toString());
      }
      int hour = Integer.parseInt(m.group("hour"));
      String ampm = m.group("ampm");
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
      }
      LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group("minute")));
      return Optional.of(date + "T" + time);
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Length of a dateline prefix such as "BRUSSELS (Reuters) - " at the start of {@code line}, or 0.
   * A prefix without an agency must be in capitals ("GAZA CITY -").
   */
  public static int prefixLength(String line) {
    Matcher m = AGENCY_PREFIX.matcher(line);
    if (!m.lookingAt()) {
      return 0;
    }
    String place = m.group("place");
    boolean shouting = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() >= 3;
    if (m.group("agency") == null && !shouting) {
      return 0;
    }
    return m.end();
  }

  private static int year(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static int day(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix);
    if (index < 0) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return index / 3 + 1;
  }
}
