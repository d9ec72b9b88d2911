package org.newsledger.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerWindowsTest {

  /** Words separated by single spaces, except around "-" when written "a-b". */
  private static List<NerWindows.Word> words(String tagged) {
    List<NerWindows.Word> words = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.split(" ")) {
      boolean glued = item.startsWith("+");
      String[] parts = (glued ? item.substring(1) : item).split("/");
      if (glued) {
        offset--;
      }
      words.add(new NerWindows.Word(parts[0], parts[1], offset, offset + parts[0].length()));
      offset += parts[0].length() + 1;
    }
    return words;
  }

  @Test
  void lowerCaseStretchesAreLeftOut() {
    var sentence =
        words(
            "The/DT talks/NNS went/VBD on/IN for/IN a/DT long/JJ time/NN and/CC then/RB"
                + " ended/VBD in/IN Geneva/NNP without/IN any/DT deal/NN ./.");
    assertThat(NerWindows.of(sentence)).containsExactly(new NerWindows.Window(10, 15));
  }

  @Test
  void nearbyCandidatesShareOneWindow() {
    var sentence =
        words("Officials/NNS in/IN Paris/NNP and/CC in/IN Berlin/NNP said/VBD so/RB ./.");
    // "Officials" opens the sentence and is not a proper noun: not a candidate.
    assertThat(NerWindows.of(sentence)).containsExactly(new NerWindows.Window(0, 8));
  }

  @Test
  void hyphenGluedWordsStayWhole() {
    var sentence =
        words(
            "a/DT long/JJ and/CC bitter/JJ self/NN +-/HYPH +styled/VBN +-/HYPH +Western/JJ"
                + " movement/NN grew/VBD up/RP slowly/RB over/IN the/DT years/NNS");
    // "Western" is the candidate; two tokens of context reach into "self-styled-Western".
    assertThat(NerWindows.of(sentence)).containsExactly(new NerWindows.Window(4, 11));
  }

  @Test
  void numbersAndNumberWordsAreCandidates() {
    assertThat(NerWindows.isCandidate(new NerWindows.Word("1,200", "CD", 0, 5), false)).isTrue();
    assertThat(NerWindows.isCandidate(new NerWindows.Word("three", "CD", 0, 5), false)).isTrue();
    assertThat(NerWindows.isCandidate(new NerWindows.Word("second", "JJ", 0, 6), false)).isTrue();
    assertThat(NerWindows.isCandidate(new NerWindows.Word("pan-African", "JJ", 0, 11), false))
        .isTrue();
    assertThat(NerWindows.isCandidate(new NerWindows.Word("The", "DT", 0, 3), true)).isFalse();
    assertThat(NerWindows.isCandidate(new NerWindows.Word("Israeli", "JJ", 0, 7), true)).isTrue();
    assertThat(NerWindows.isCandidate(new NerWindows.Word("talks", "NNS", 0, 5), false)).isFalse();
  }
}
