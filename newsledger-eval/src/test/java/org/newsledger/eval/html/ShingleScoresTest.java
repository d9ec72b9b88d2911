package org.newsledger.eval.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.newsledger.eval.html.ShingleScores.PageScore;

class ShingleScoresTest {

  @Test
  void tokensAreLowerCasedWordsWithEachCjkCharacterOnItsOwn() {
    assertThat(ShingleScores.tokens("The judge's ruling, 2024: OK_done"))
        .containsExactly("the", "judge", "s", "ruling", "2024", "ok_done");
    assertThat(ShingleScores.tokens("東京abc です")).containsExactly("東", "京", "abc", "で", "す");
  }

  @Test
  void scoresSharedFourGramsAsPrecisionAndRecall() {
    PageScore score = ShingleScores.score("one two three four five", "one two three four five six");

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.f1()).isCloseTo(0.8, within(1e-9));
    assertThat(score.exact()).isFalse();
  }

  @Test
  void emptyPredictionHasNoPrecisionAndZeroRecall() {
    PageScore score = ShingleScores.score("  ", "some gold text here");

    assertThat(score.empty()).isTrue();
    assertThat(score.recall()).isZero();
    assertThat(score.f1()).isZero();
  }

  @Test
  void layoutAndPunctuationDoNotMatterForExactMatch() {
    assertThat(ShingleScores.score("A b, c.\n\nD e", "a b c d e").exact()).isTrue();
  }
}
