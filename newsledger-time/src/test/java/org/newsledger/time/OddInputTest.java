package org.newsledger.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OddInputTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   \n\n  ",
        "On 31 February 2023 at 25:99 the 99th of Smarch happened.",
        "Scores: 3:2, 10:45:30, 1,2019 and $2020 and 2021% and 1.2023.",
        "MONDAY MORNING: every every every Monday Mondays on Mondays",
        "Am Montag, den 7. Mai 2024, um 9 Uhr.",
        "in in in 2024-13-45 May May May 7 7 7"
      })
  void neverThrowsOnOddInput(String text) {
    assertThat(Analysis.times(text, "2024-05-07"))
        .allSatisfy(t -> assertThat(t.rule()).isNotEmpty());
  }
}
