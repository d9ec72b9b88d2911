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
    // Four tokens of context on each side of "Geneva" (token 12).
    assertThat(NerWindows.of(sentence)).containsExactly(new NerWindows.Window(8, 17));
  }

  @Test
  void nearbyCandidatesShareOneWindow() {
    var sentence =
        words("Officials/NNS in/IN Paris/NNP and/CC in/IN Berlin/NNP said/VBD so/RB ./.");
    // "Officials" opens the sentence and is not a proper noun: not a candidate.
    assertThat(NerWindows.of(sentence)).containsExactly(new NerWindows.Window(0, 9));
  }

  @Test
  void hyphenGluedWordsStayWhole() {
    var sentence =
        words(
            "the/DT army/NN of/IN the/DT old/JJ anti/JJ +-/HYPH +government/NN +-/HYPH"
                + " +backed/VBN +-/HYPH +Western/JJ alliance/NN fought/VBD on/IN for/IN years/NNS"
                + " and/CC years/NNS");
    // Context reaches back from "Western" (11) to "government" (7), then to the whole glued word.
    assertThat(NerWindows.of(sentence)).containsExactly(new NerWindows.Window(5, 16));
  }

  @Test
  void distantCandidatesGetWindowsOfTheirOwn() {
    var sentence =
        words(
            "Paris/NNP was/VBD calm/JJ on/IN the/DT day/NN when/WRB the/DT long/JJ talks/NNS"
                + " over/IN the/DT old/JJ treaty/NN ended/VBD in/IN Geneva/NNP");
    assertThat(NerWindows.of(sentence))
        .containsExactly(new NerWindows.Window(0, 5), new NerWindows.Window(12, 17));
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
