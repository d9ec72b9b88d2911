package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.HandTagged.article;
import static org.newsledger.attribution.HandTagged.words;

import org.junit.jupiter.api.Test;

class ContentsTest {

  private static final String SAID_THAT =
      "Falk/NNP/falk/PERSON said/VBD/say that/IN the/DT budget/NN was/VBD/be"
          + " a/DT mistake/NN ./.";

  @Test
  void complementOfASpeechCueStartsAfterThat() {
    Article a = article(SAID_THAT);
    assertThat(a.contents().complementStart(2, a.tokens().size())).isEqualTo(3);
  }

  @Test
  void complementWithoutThatStartsAtTheSubject() {
    Article a = article("Falk/NNP said/VBD/say the/DT budget/NN was/VBD/be wrong/JJ ./.");
    assertThat(a.contents().complementStart(2, a.tokens().size())).isEqualTo(2);
  }

  @Test
  void noComplementAfterACueFollowedByAPreposition() {
    Article a = article("Falk/NNP spoke/VBD/speak at/IN the/DT meeting/NN ./.");
    assertThat(a.contents().complementStart(2, a.tokens().size())).isNegative();
  }

  @Test
  void contentRunsFromAfterThatToTheEndOfTheSentenceWithoutItsFullStop() {
    Article a = article(SAID_THAT);
    int start = a.contents().complementStart(2, a.tokens().size());
    TokenSpan content = a.contents().trim(start, a.contents().end(start, a.sentences().get(0)));
    assertThat(words(a, content)).isEqualTo("the budget was a mistake");
  }

  @Test
  void trimDropsPunctuationAtBothEnds() {
    Article a = article(",/, the/DT budget/NN was/VBD/be wrong/JJ ./.");
    assertThat(words(a, a.contents().trim(0, a.tokens().size()))).isEqualTo("the budget was wrong");
  }

  @Test
  void sentenceWithASpeechCueHasAReportingClause() {
    assertThat(
            article(SAID_THAT).contents().hasReportingClause(article(SAID_THAT).sentences().get(0)))
        .isTrue();
    Article plain = article("The/DT budget/NN was/VBD/be a/DT mistake/NN ./.");
    assertThat(plain.contents().hasReportingClause(plain.sentences().get(0))).isFalse();
  }
}
