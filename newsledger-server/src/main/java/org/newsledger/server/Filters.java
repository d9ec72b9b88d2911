package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.regex.Pattern;

/** A request's filter parameters, read and checked by kind; an absent or blank filter is null. */
final class Filters {

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final Map<String, String> values;

  private Filters(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The filters given as single query parameter values. */
  static Filters of(Map<String, String> values) {
    return new Filters(requireNonNull(values, "values is null"));
  }

  /** The text of a filter, stripped, or null. */
  String text(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A date filter ("2025", "2025-03" or "2025-03-12"), or null; 400 when malformed. */
  String date(String name) {
    String value = text(name);
    if (value != null && !DATE.matcher(value).matches()) {
      throw Problem.badRequest(name + " must be a date like 2025-03-12: " + value);
    }
    return value;
  }

  /** A whole-number filter, or null; 400 when not a number. */
  Long number(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + " must be a whole number: " + value);
    }
  }
}
