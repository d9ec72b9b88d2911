package org.newsledger.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalizes publication dates to "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (local time as written). */
final class PublishedDates {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d+)?)?"
              + "(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private PublishedDates() {}

  /** The normalized date, or empty when {@code value} is not an ISO 8601 date or date-time. */
  static Optional<String> normalize(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(date.toString());
      }
      LocalDateTime time = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
      return Optional.of(time.truncatedTo(ChronoUnit.MINUTES).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
