package org.newsledger.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsledger.core.lexicon.WordList;

class WordClassTest {

  /** A row for every class, so that only the row under test can be wrong. */
  private static String everyClass() {
    return Arrays.stream(WordClass.values())
        .map(c -> "w" + c.ordinal() + "\t" + c.fileName() + "\n")
        .collect(Collectors.joining());
  }

  @Test
  void shippedFunctionWordsLoadWithEveryClass() {
    assertThat(Lexicon.load()).isNotNull();
    assertThat(Lexicon.functionWords(WordList.parse("f.tsv", everyClass())))
        .hasSize(WordClass.values().length);
  }

  @Test
  void misspeltClassInTheWordListFailsWhenItLoads() {
    WordList list = WordList.parse("f.tsv", everyClass() + "although\tconcesive\n");
    assertThatThrownBy(() -> Lexicon.functionWords(list))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown word class 'concesive'");
  }

  @Test
  void classWithoutAnyWordFailsWhenItLoads() {
    String withoutNegation =
        everyClass()
            .lines()
            .filter(l -> !l.endsWith("\tnegation"))
            .collect(Collectors.joining("\n"));
    assertThatThrownBy(() -> Lexicon.functionWords(WordList.parse("f.tsv", withoutNegation)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEGATION");
  }

  @Test
  void classNamesFollowTheFileSpelling() {
    assertThat(WordClass.WH_COMPLEMENT.fileName()).isEqualTo("wh-complement");
    assertThat(WordClass.ofFileName("time-phrase")).isEqualTo(WordClass.TIME_PHRASE);
  }
}
