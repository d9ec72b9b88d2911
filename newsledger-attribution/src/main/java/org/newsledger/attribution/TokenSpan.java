package org.newsledger.attribution;

/** Token indexes [first, end) into the document's tokens; end exclusive. Not a char span. */
record TokenSpan(int first, int end) {

  TokenSpan {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("bad token span [" + first + ", " + end + ")");
    }
  }

  int last() {
    return end - 1;
  }

  boolean contains(int index) {
    return first <= index && index < end;
  }

  /** True when {@code other} lies inside this span and this span is longer. */
  boolean strictlyContains(TokenSpan other) {
    return first <= other.first && other.end <= end && end - first > other.end - other.first;
  }

  /** True when the two spans share a token. */
  boolean overlaps(TokenSpan other) {
    return first < other.end && other.first < end;
  }
}
