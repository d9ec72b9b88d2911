package org.newsledger.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.newsledger.core.CharSpan;

/**
 * The words of a text for overlap scoring: maximal runs of letters and digits, so white space and
 * punctuation (quote marks included) never count. Independent of any system's tokenizer.
 */
final class WordTokens {

  private final int[] begins;
  private final int[] ends;

  private WordTokens(int[] begins, int[] ends) {
    this.begins = begins;
    this.ends = ends;
  }

  /** The words of {@code text}. */
  static WordTokens of(String text) {
    List<int[]> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(new int[] {start, i});
        start = -1;
      }
    }
    int[] begins = words.stream().mapToInt(w -> w[0]).toArray();
    int[] ends = words.stream().mapToInt(w -> w[1]).toArray();
    return new WordTokens(begins, ends);
  }

  /** Indexes of the words lying wholly inside one of the spans. */
  BitSet inside(List<CharSpan> spans) {
    BitSet words = new BitSet();
    for (CharSpan span : spans) {
      int first = Arrays.binarySearch(begins, span.begin());
      first = first >= 0 ? first : -first - 1;
      for (int i = first; i < begins.length && ends[i] <= span.end(); i++) {
        words.set(i);
      }
    }
    return words;
  }

  /**
   * Shared words over the word count of the larger of the two (0 when either has none): 1 for the
   * same words, at least 0.5 when they share half of the longer one.
   */
  static double overlap(BitSet gold, BitSet system) {
    int larger = Math.max(gold.cardinality(), system.cardinality());
    if (gold.isEmpty() || system.isEmpty()) {
      return 0.0;
    }
    BitSet common = (BitSet) gold.clone();
    common.and(system);
    return (double) common.cardinality() / larger;
  }
}
