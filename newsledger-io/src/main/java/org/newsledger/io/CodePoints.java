package org.newsledger.io;

import java.util.Arrays;

/**
 * Converts offsets into a text from UTF-16 units (Java's, used inside newsledger) to Unicode code
 * points (what Python, spaCy and brat index by), the unit every JSON offset is written in.
 */
final class CodePoints {

  /** UTF-16 offsets of the high surrogate of every supplementary character, ascending. */
  private final int[] supplementary;

  private CodePoints(int[] supplementary) {
    this.supplementary = supplementary;
  }

  /** The converter for {@code text}. */
  static CodePoints of(String text) {
    int count = 0;
    int[] found = new int[0];
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(8, count * 2));
        }
        found[count++] = i;
        i++;
      }
    }
    return new CodePoints(Arrays.copyOf(found, count));
  }

  /**
   * The code-point offset of UTF-16 offset {@code offset}: one less for every supplementary
   * character that ends at or before it (an offset inside a pair counts as after its first unit).
   */
  int toCodePoint(int offset) {
    if (supplementary.length == 0) {
      return offset;
    }
    int low = 0;
    int high = supplementary.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (supplementary[mid] + 2 <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return offset - low;
  }
}
