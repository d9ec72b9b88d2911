package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsledger.core.NewsledgerException;

class SearchQueryTest {

  @Test
  void requiresEveryWordQuotingEachSoNoWordIsAnOperator() {
    assertThat(SearchQuery.toFts("Strike NEAR bridge")).isEqualTo("\"strike\" \"near\" \"bridge\"");
    assertThat(SearchQuery.toFts("col:umn (a) ^b")).isEqualTo("\"col\" \"umn\" \"a\" \"b\"");
  }

  @Test
  void understandsOrPhrasesAndPrefixes() {
    assertThat(SearchQuery.toFts("strike OR bridge")).isEqualTo("\"strike\" OR \"bridge\"");
    assertThat(SearchQuery.toFts("\"harbour strike\" port*"))
        .isEqualTo("\"harbour strike\" \"port\"*");
  }

  @Test
  void treatsLowerCaseOrAsAWord() {
    assertThat(SearchQuery.toFts("strike or bridge")).isEqualTo("\"strike\" \"or\" \"bridge\"");
  }

  @Test
  void rejectsAnUnclosedPhraseAndADanglingOr() {
    assertThatThrownBy(() -> SearchQuery.toFts("\"harbour strike"))
        .isInstanceOf(NewsledgerException.class)
        .hasMessageStartingWith("bad search query: a quotation mark");
    assertThatThrownBy(() -> SearchQuery.toFts("strike OR")).hasMessageContaining("OR needs");
    assertThatThrownBy(() -> SearchQuery.toFts("OR strike")).hasMessageContaining("OR needs");
    assertThatThrownBy(() -> SearchQuery.toFts("a OR OR b")).hasMessageContaining("OR needs");
  }

  @Test
  void searchesOnlyTheFirstTermsOfAHugeQuery() {
    String query = SearchQuery.toFts("word ".repeat(20_000) + "OR other");

    assertThat(query.split(" ")).hasSize(SearchQuery.MAX_TERMS);
  }

  @Test
  void givesNothingForTextWithoutWords() {
    assertThat(SearchQuery.toFts("  ... !! ")).isEmpty();
  }
}
