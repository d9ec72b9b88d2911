package org.newsledger.time;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsledger.core.facts.TimeType;

/**
 * A named recognition rule: a pattern whose group {@code x} is the expression's extent (words
 * outside it, such as a leading preposition, are context), and a resolver that normalizes it.
 */
record Rule(String name, Pattern pattern, Resolver resolver) {

  /** Validates the fields. */
  Rule {
    requireNonNull(name, "name is null");
    requireNonNull(pattern, "pattern is null");
    requireNonNull(resolver, "resolver is null");
  }

  /** A rule matching {@code before}, then the extent {@code body}, then {@code after}. */
  static Rule of(String name, String before, String body, String after, Resolver resolver) {
    String regex = before + "(?<x>" + body + ")" + after;
    return new Rule(name, Pattern.compile(regex), resolver);
  }

  /** A rule whose whole match is the extent, bounded by word edges. */
  static Rule of(String name, String body, Resolver resolver) {
    return of(name, "(?<![\\w'’])", body, "(?![\\w])", resolver);
  }

  /** Normalizes one match; returns null to reject it. */
  @FunctionalInterface
  interface Resolver {
    /** The type and value of the expression matched by {@code match}. */
    Resolved resolve(Matcher match, Context context);
  }

  /** A normalized expression: its type and its ISO value (null when unknown). */
  record Resolved(TimeType type, String value) {

    /** A DATE with the given value. */
    static Resolved date(String value) {
      return new Resolved(TimeType.DATE, value);
    }
  }
}
