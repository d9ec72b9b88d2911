package org.newsledger.core;

/** A range of token indexes in a document: first inclusive, end exclusive. Not a char span. */
public record TokenRange(int first, int end) {

  /** Validates the indexes. */
  public TokenRange {
    if (first < 0 || end < first) {
      throw new IllegalArgumentException("bad token range [" + first + ", " + end + ")");
    }
  }

  /** Number of tokens covered. */
  public int size() {
    return end - first;
  }

  /** True when token {@code index} lies in the range. */
  public boolean contains(int index) {
    return first <= index && index < end;
  }
}
