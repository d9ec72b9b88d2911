package org.newsledger.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTextTest {

  @Test
  void leavesNormalProseUntouched() {
    String prose =
        "\"We will not accept this,\" said Maria Lindqvist, the port's spokeswoman. AT&T and"
            + " O'Brien's firm agreed.\n\nhttps://news.example.org/a?b=1&c=2&d=3";

    assertThat(TokenizerText.of(prose)).isSameAs(prose);
  }

  @Test
  void cutsALongRunOfQuotationMarksIntoShortPiecesKeepingOffsets() {
    String quotes = "\"".repeat(1000);

    String safe = TokenizerText.of(quotes);

    assertThat(safe).hasSameSizeAs(quotes);
    for (String piece : safe.split(" ")) {
      assertThat(piece.length()).isLessThanOrEqualTo(TokenizerText.PIECE);
    }
  }

  @Test
  void breaksAStretchWithoutSentenceEndsIntoLines() {
    String words = "word ".repeat(2000);

    String safe = TokenizerText.of(words);

    assertThat(safe).hasSameSizeAs(words);
    for (String line : safe.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(TokenizerText.MAX_SENTENCE_CHARS + 5);
    }
    assertThat(safe.replace('\n', ' ')).isEqualTo(words);
  }
}
