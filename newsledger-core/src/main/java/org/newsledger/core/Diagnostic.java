package org.newsledger.core;

import static java.util.Objects.requireNonNull;

/**
 * Something a stage noticed and could not fully handle; the document is still valid.
 *
 * @param code short machine-readable code ("stage_failed", "no_date")
 * @param message one line for a person
 * @param stage name of the stage or reader that reported it
 * @param span where in the text, or null when it concerns the whole article
 */
public record Diagnostic(String code, String message, String stage, CharSpan span) {

  /** Validates the fields; span may be null. */
  public Diagnostic {
    requireNonNull(code, "code is null");
    requireNonNull(message, "message is null");
    requireNonNull(stage, "stage is null");
  }
}
