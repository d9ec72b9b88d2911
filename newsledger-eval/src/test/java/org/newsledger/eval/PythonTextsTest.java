package org.newsledger.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTextsTest {

  @Test
  void roundsTheExactBinaryValueHalfEvenAsPythonFormatDoes() {
    assertThat(PythonTexts.fixed(0.125, 2)).isEqualTo("0.12");
    assertThat(PythonTexts.fixed(0.375, 2)).isEqualTo("0.38");
    assertThat(PythonTexts.fixed(2.0 / 3, 3)).isEqualTo("0.667");
    assertThat(PythonTexts.fixed(0.0625, 3)).isEqualTo("0.062");
    assertThat(PythonTexts.fixed(0.0, 3)).isEqualTo("0.000");
  }

  @Test
  void quotesAListOfStringsAsPythonRepr() {
    assertThat(PythonTexts.repr(List.of("Kirby"))).isEqualTo("['Kirby']");
    assertThat(PythonTexts.repr(List.of("Bob's"))).isEqualTo("[\"Bob's\"]");
    assertThat(PythonTexts.repr(List.of("a'b\"c", "x\u00a0y")))
        .isEqualTo("['a\\'b\"c', 'x\\xa0y']");
    assertThat(PythonTexts.repr(List.of())).isEqualTo("[]");
  }
}
