package org.newsledger.core.facts;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;

/**
 * A time expression normalized against the article date.
 *
 * @param id unique within the document ("d1")
 * @param span char span in the original text
 * @param text the covered text
 * @param type TIMEX3 type
 * @param value ISO 8601 value ("2024-05-06", "2024-05-07T09:04", "P2D", "PAST_REF"), or null when
 *     it cannot be normalized
 * @param rule the rule that recognized and normalized it
 */
public record TimeExpression(
    String id, CharSpan span, String text, TimeType type, String value, String rule)
    implements Annotation {

  /** Validates the fields; value may be null. */
  public TimeExpression {
    requireNonNull(id, "id is null");
    requireNonNull(span, "span is null");
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    requireNonNull(rule, "rule is null");
  }
}
