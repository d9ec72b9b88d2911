package org.newsledger.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsledger.core.testing.TestTokens;
import org.newsledger.core.text.Token;

class PhraseIndexTest {

  private static List<Token> tokens(String... words) {
    return TestTokens.of("NN", words);
  }

  @Test
  void prefersTheLongestPhraseAndIgnoresCase() {
    WordList list =
        WordList.parse("cues", "# cue\tclass\nsaid\tspeech\nsaid in a statement\tspeech\n");
    PhraseIndex<String> index = PhraseIndex.of(list, row -> row.get(1));
    List<PhraseIndex.Match<String>> found =
        index.findAll(tokens("She", "SAID", "in", "a", "statement", "and", "said", "more"));
    assertThat(found)
        .extracting(PhraseIndex.Match::first, PhraseIndex.Match::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 5), org.assertj.core.groups.Tuple.tuple(6, 7));
  }

  @Test
  void wordListSkipsCommentsAndSplitsColumnsOnTabs() {
    WordList list =
        WordList.parse("x", "  # header\nIsraeli\tIsrael # demonym\n\nUS\tUnited States\n");
    assertThat(list.rows())
        .containsExactly(List.of("Israeli", "Israel"), List.of("US", "United States"));
    assertThat(list.firstColumnLowerCase()).containsExactly("israeli", "us");
  }

  @Test
  void foldsTypographicApostrophes() {
    PhraseIndex<Boolean> index = new PhraseIndex<Boolean>().add("Prime Minister 's Office", true);
    assertThat(index.matchAt(tokens("Prime", "Minister", "\u2019s", "Office"), 0)).isNotNull();
  }
}
