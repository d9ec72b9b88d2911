package org.newsledger.attribution;

import java.util.BitSet;

/** Tokens already used as cues by earlier rules; the first rule to claim a cue wins. */
final class Claims {

  private final BitSet claimed = new BitSet();

  /** True when no token of the span has been claimed. */
  boolean isFree(TokenSpan span) {
    return claimed.get(span.first(), span.end()).isEmpty();
  }

  boolean isFree(int token) {
    return !claimed.get(token);
  }

  void claim(TokenSpan span) {
    claimed.set(span.first(), span.end());
  }
}
