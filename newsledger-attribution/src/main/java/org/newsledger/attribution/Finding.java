package org.newsledger.attribution;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.facts.AttributionKind;

/**
 * What a rule found before its source is resolved.
 *
 * @param rule name of the rule that fired
 * @param kind the kind the rule decided, or null to derive it from the content's quotation marks
 * @param cue tokens of the cue
 * @param content tokens of the content (trimmed later)
 * @param source tokens naming the source, or null when the source comes from context
 * @param implicit how to find a source the text does not name here
 */
record Finding(
    String rule,
    AttributionKind kind,
    TokenSpan cue,
    TokenSpan content,
    TokenSpan source,
    ImplicitSource implicit) {

  /** How a source that the clause does not name is recovered. */
  enum ImplicitSource {
    /** The source is named in the clause. */
    NONE,
    /** The source of the nearest earlier attribution ("It was added that ..."). */
    PREVIOUS,
    /** The issuer of an earlier statement ("The statement also noted ..."). */
    STATEMENT_ISSUER,
    /** No one: an impersonal expectation ("The vote is expected to pass"). */
    UNSTATED
  }

  Finding {
    requireNonNull(rule, "rule is null");
    requireNonNull(cue, "cue is null");
    requireNonNull(content, "content is null");
    requireNonNull(implicit, "implicit is null");
  }

  /** A finding whose source is named by {@code source}. */
  static Finding named(
      String rule, AttributionKind kind, TokenSpan cue, TokenSpan content, TokenSpan source) {
    return new Finding(
        rule, kind, cue, content, requireNonNull(source, "source is null"), ImplicitSource.NONE);
  }
}
