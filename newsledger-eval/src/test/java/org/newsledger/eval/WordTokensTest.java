package org.newsledger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.CharSpan;

class WordTokensTest {

  private static final String TEXT = "\u201cWe will win,\u201d she said, \u201cno doubt.\u201d";

  private static BitSet words(String part) {
    int at = TEXT.indexOf(part);
    return WordTokens.of(TEXT).inside(List.of(new CharSpan(at, at + part.length())));
  }

  @Test
  void ignoresPunctuationAndQuoteMarks() {
    assertThat(WordTokens.overlap(words("\u201cWe will win,\u201d"), words("We will win")))
        .isEqualTo(1.0);
  }

  @Test
  void dividesSharedWordsByTheLargerSpan() {
    assertThat(WordTokens.overlap(words("We will win"), words("We will win,\u201d she said")))
        .isEqualTo(0.6);
    assertThat(WordTokens.overlap(words("We will"), words("We will win,\u201d she said")))
        .isEqualTo(0.4);
  }

  @Test
  void countsOnlyWholeWordsInsideASpan() {
    assertThat(words("e will wi").cardinality()).isEqualTo(1);
  }

  @Test
  void givesNoOverlapWhenEitherSideHasNoWord() {
    assertThat(WordTokens.overlap(words(", "), words("We will"))).isZero();
  }
}
