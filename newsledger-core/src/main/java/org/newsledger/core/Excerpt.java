package org.newsledger.core;

import static java.util.Objects.requireNonNull;

/** A piece of evidence: a span of the original text and the text it covers. */
public record Excerpt(CharSpan span, String text) {

  /** Validates the fields. */
  public Excerpt {
    requireNonNull(span, "span is null");
    requireNonNull(text, "text is null");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("excerpt text length differs from its span " + span);
    }
  }

  /** The excerpt of {@code documentText} covered by {@code span}. */
  public static Excerpt of(String documentText, CharSpan span) {
    return new Excerpt(span, span.textOf(documentText));
  }

  /** The excerpt of {@code documentText} between the offsets. */
  public static Excerpt of(String documentText, int begin, int end) {
    return of(documentText, new CharSpan(begin, end));
  }
}
