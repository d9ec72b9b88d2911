package org.newsledger.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.testing.TestTokens;
import org.newsledger.core.text.Token;

class CasedIndexTest {

  private static List<Token> tokens(String... words) {
    return TestTokens.of("NNP", words);
  }

  @Test
  void matchesAcronymOnlyInCapitals() {
    CasedIndex<String> index = new CasedIndex<String>().add("US", "USA");
    assertThat(index.matchAt(tokens("US"), 0)).isNotNull();
    assertThat(index.matchAt(tokens("us"), 0)).isNull();
  }

  @Test
  void matchesCapitalizedNameOnlyCapitalized() {
    CasedIndex<String> index = new CasedIndex<String>().add("Jordan", "JOR");
    assertThat(index.matchAt(tokens("Jordan"), 0)).isNotNull();
    assertThat(index.matchAt(tokens("jordan"), 0)).isNull();
  }

  @Test
  void loadsEveryWordList() {
    Lexicon lexicon = Lexicon.shared();
    assertThat(lexicon.countries.find(tokens("Israeli")))
        .extracting(Country::name)
        .isEqualTo("Israel");
    assertThat(lexicon.person("Biden").name()).isEqualTo("Joe Biden");
    assertThat(lexicon.isTitleWord("spokesman")).isTrue();
  }
}
