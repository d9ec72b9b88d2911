package org.newsledger.quantities;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OddInputTest {

  static Stream<String> oddTexts() {
    return Stream.of(
        "",
        "   \n\n  ",
        "$",
        "over",
        "between 5 and",
        "1.6 trillion euros (",
        "( $3 )",
        "999999999999999999999999999 people",
        "0.0000001 percent of nothing",
        "1,2,3,4,5,6,7,8,9",
        "$$$ 5 5 5 5 5 %%%",
        "Zwei Millionen Menschen, 3 Millionen Euro.",
        "二百万人が避難した。",
        "- - - 4 - - - 5 to to to",
        "a a a million million million people");
  }

  @ParameterizedTest
  @MethodSource("oddTexts")
  void neverThrowsOnOddInput(String text) {
    assertThatCode(() -> Analysis.analyze(text)).doesNotThrowAnyException();
  }
}
