package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;

/** Odd inputs never make the stage throw and always give a sound document. */
class OddInputsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        " ",
        "\"",
        "\"\"\"",
        "- said",
        "said said said.",
        "According to",
        "According to,",
        "As he said,",
        "It was added that",
        "\"Unbalanced, he said.",
        "Kirby said: \"",
        "- - - Kirby said - -",
        "reports about",
        "He did not confirm",
        "“Curly” quotes, she said.",
        "The statement noted that.",
        "Citing, citing, that",
        "Asked about the plan, the mayor shrugged, saying the city would wait.",
        "Seemed to say that",
        "’s claiming that",
        "’” she said.",
        "-- told me --"
      })
  void neverThrowsOnOddText(String text) {
    Document doc = Analyzer.body(text);
    assertThat(doc.has(Layers.ATTRIBUTIONS)).isTrue();
    assertThat(doc.has(Layers.EPISTEMIC)).isTrue();
  }
}
