package org.newsledger.core;

/** A character range in the original article text: char offsets, begin inclusive, end exclusive. */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

  /** Validates the offsets. */
  public CharSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  /** Span of the given offsets. */
  public static CharSpan of(int begin, int end) {
    return new CharSpan(begin, end);
  }

  /** Number of chars covered. */
  public int length() {
    return end - begin;
  }

  /** True when no char is covered. */
  public boolean isEmpty() {
    return begin == end;
  }

  /** True when {@code other} lies inside this span. */
  public boolean contains(CharSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  /** True when {@code offset} lies inside this span. */
  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(CharSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** Smallest span covering both. */
  public CharSpan union(CharSpan other) {
    return new CharSpan(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /** The covered chars of {@code text}. */
  public String textOf(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  @Override
  public int compareTo(CharSpan other) {
    int byBegin = Integer.compare(begin, other.begin);
    return byBegin != 0 ? byBegin : Integer.compare(other.end, end);
  }
}
