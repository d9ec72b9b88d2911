package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsledger.attribution.HandTagged.article;
import static org.newsledger.attribution.HandTagged.words;

import org.junit.jupiter.api.Test;

class NounPhrasesTest {

  @Test
  void subjectBeforeAVerbIsTheWholeNounPhrase() {
    Article a = article("The/DT harbour/NN board/NN said/VBD/say it/PRP would/MD wait/VB ./.");
    assertThat(words(a, a.phrases().subjectBefore(3, 0))).isEqualTo("The harbour board");
  }

  @Test
  void subjectBeforeAVerbTakesATitleWithTheName() {
    Article a =
        article(
            "Finance/NNP Minister/NNP Clara/NNP/clara/PERSON Holm/NNP/holm/PERSON"
                + " said/VBD/say prices/NNS/price fell/VBD/fall ./.");
    assertThat(words(a, a.phrases().subjectBefore(4, 0))).isEqualTo("Finance Minister Clara Holm");
  }

  @Test
  void subjectBeforeAVerbIsAPronoun() {
    Article a = article("Prices/NNS/price will/MD fall/VB ,/, she/PRP said/VBD/say ./.");
    assertThat(words(a, a.phrases().subjectBefore(5, 0))).isEqualTo("she");
  }

  @Test
  void phraseStartingAfterADashCueIsTheSpeaker() {
    Article a =
        article(
            "Talks/NNS/talk resume/VBP -/: said/VBD/say spokesman/NN"
                + " John/NNP/john/PERSON Kirby/NNP/kirby/PERSON ./.");
    assertThat(words(a, a.phrases().startingAt(4, 7))).isEqualTo("spokesman John Kirby");
  }

  @Test
  void headOfAPhraseIsItsLastNoun() {
    Article a = article("The/DT port/NN authority/NN of/IN Oslo/NNP said/VBD/say so/RB ./.");
    TokenSpan subject = a.phrases().subjectBefore(5, 0);
    assertThat(words(a, subject)).isEqualTo("The port authority of Oslo");
    assertThat(a.token(a.phrases().head(subject)).text()).isEqualTo("authority");
  }

  @Test
  void noSubjectBeforeAVerbOpeningTheSentence() {
    Article a = article("Said/VBD/say to/TO be/VB ready/JJ ./.");
    assertThat(a.phrases().subjectBefore(0, 0)).isNull();
  }
}
