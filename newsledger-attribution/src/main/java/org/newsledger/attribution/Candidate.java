package org.newsledger.attribution;

import static java.util.Objects.requireNonNull;

import org.newsledger.core.facts.AttributionKind;

/**
 * What one rule of the cascade found, before the cascade stamps the rule's name on it and claims
 * its cue (see {@link Cascade}).
 *
 * @param kind the kind the rule decided, or null to derive it from the content's quotation marks
 * @param cue tokens of the cue
 * @param content tokens of the content (trimmed later)
 * @param source tokens naming the source, or null when the source comes from context
 * @param implicit how to find a source the text does not name here
 */
record Candidate(
    AttributionKind kind,
    TokenSpan cue,
    TokenSpan content,
    TokenSpan source,
    Finding.ImplicitSource implicit) {

  Candidate {
    requireNonNull(cue, "cue is null");
    requireNonNull(content, "content is null");
    requireNonNull(implicit, "implicit is null");
  }

  /** A candidate whose source is named by {@code source}. */
  static Candidate named(AttributionKind kind, TokenSpan cue, TokenSpan content, TokenSpan source) {
    return new Candidate(
        kind, cue, content, requireNonNull(source, "source is null"), Finding.ImplicitSource.NONE);
  }

  /** The finding of the rule named {@code rule}. */
  Finding stamped(String rule) {
    return new Finding(rule, kind, cue, content, source, implicit);
  }
}
