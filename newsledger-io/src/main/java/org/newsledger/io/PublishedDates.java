package org.newsledger.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalizes publication dates to "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (local time as written). */
final class PublishedDates {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d+)?)?"
              + "(?:Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern ISO_WITH_OFFSET =
      Pattern.compile(
          "(\\d{4})[-/]?(\\d{2})[-/]?(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final int EARLIEST_YEAR = 1990;
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

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

  /**
   * A page's date as "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM+HH:MM" ("Z" for UTC):
   * ISO 8601 (also with slashes or without separators) or RFC 1123 at the start of {@code value};
   * empty for anything else and for placeholder dates before 1990.
   */
  static Optional<String> withOffset(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    Matcher m = ISO_WITH_OFFSET.matcher(text);
    try {
      if (m.lookingAt()) {
        return iso(m);
      }
      ZonedDateTime rfc = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      return plausible(rfc.toLocalDate())
          ? Optional.of(format(rfc.toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES)))
          : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> iso(Matcher m) {
    LocalDate date =
        LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    if (!plausible(date)) {
      return Optional.empty();
    }
    if (m.group(4) == null) {
      return Optional.of(date.toString());
    }
    LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    String zone = m.group(6);
    if (zone == null) {
      return Optional.of(time.format(MINUTES));
    }
    ZoneOffset offset =
        zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")
            ? ZoneOffset.UTC
            : ZoneOffset.of(
                zone.length() == 3
                    ? zone + ":00"
                    : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
    return Optional.of(format(OffsetDateTime.of(time, offset)));
  }

  private static String format(OffsetDateTime time) {
    return time.format(MINUTES)
        + (time.getOffset().equals(ZoneOffset.UTC) ? "Z" : time.getOffset().getId());
  }

  private static boolean plausible(LocalDate date) {
    return date.getYear() >= EARLIEST_YEAR
        && date.getYear() <= LocalDate.now(ZoneOffset.UTC).getYear() + 1;
  }
}
