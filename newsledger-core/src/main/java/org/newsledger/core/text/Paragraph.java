package org.newsledger.core.text;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;

/** A block of text between line breaks, with its zone. Index is its position in the document. */
public record Paragraph(int index, CharSpan span, Zone zone, String rule) implements Annotation {

  /** Validates the fields. */
  public Paragraph {
    requireNonNull(span, "span is null");
    requireNonNull(zone, "zone is null");
    requireNonNull(rule, "rule is null");
  }

  @Override
  public String id() {
    return "p" + index;
  }
}
