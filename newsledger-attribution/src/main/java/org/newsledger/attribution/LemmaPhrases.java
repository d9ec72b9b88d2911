package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsledger.core.lexicon.PhraseIndex;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.core.text.Token;

/**
 * Phrases matched against tokens by lemma or text, longest first; adverbs may stand between the
 * words of a phrase ("did not immediately confirm").
 *
 * @param <V> what each phrase maps to
 */
final class LemmaPhrases<V> {

  /** A phrase found at tokens [first, end); {@code end} is exclusive. */
  record Match<V>(int first, int end, V value) {}

  /** A phrase and its rank: longer phrases rank first, then the word list's order. */
  private record Entry<V>(List<String> words, V value, int rank) {}

  private static final int MAX_ADVERBS = 2;

  /** Phrases by their first word, each list in rank order. */
  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

  private LemmaPhrases(List<Entry<V>> entries) {
    List<Entry<V>> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt((Entry<V> e) -> e.words.size()).reversed());
    for (int rank = 0; rank < sorted.size(); rank++) {
      Entry<V> e = sorted.get(rank);
      byFirstWord
          .computeIfAbsent(e.words.get(0), w -> new ArrayList<>())
          .add(new Entry<>(e.words, e.value, rank));
    }
  }

  /** Phrases from column 0 of {@code list}, each valued by its row. */
  static <V> LemmaPhrases<V> of(WordList list, Function<List<String>, V> value) {
    List<Entry<V>> entries = new ArrayList<>();
    for (List<String> row : list.rows()) {
      List<String> words = List.of(PhraseIndex.normalize(row.get(0)).split("\\s+"));
      entries.add(new Entry<>(words, value.apply(row), entries.size()));
    }
    return new LemmaPhrases<>(entries);
  }

  /** The longest phrase starting at token {@code start}, ending before {@code limit}, or null. */
  Match<V> matchAt(List<Token> tokens, int start, int limit) {
    if (start >= limit) {
      return null;
    }
    Token first = tokens.get(start);
    String lemma = PhraseIndex.normalize(first.lemma());
    String text = PhraseIndex.normalize(first.text());
    Entry<V> best = null;
    int bestEnd = -1;
    for (String key : lemma.equals(text) ? List.of(lemma) : List.of(lemma, text)) {
      for (Entry<V> entry : byFirstWord.getOrDefault(key, List.of())) {
        if (best != null && entry.rank > best.rank) {
          break;
        }
        int end = matchEnd(tokens, start, limit, entry.words);
        if (end > 0) {
          best = entry;
          bestEnd = end;
          break;
        }
      }
    }
    return best == null ? null : new Match<>(start, bestEnd, best.value);
  }

  private static int matchEnd(List<Token> tokens, int start, int limit, List<String> words) {
    int i = start;
    for (int w = 0; w < words.size(); w++) {
      int skipped = 0;
      while (w > 0
          && i < limit
          && !same(tokens.get(i), words.get(w))
          && tokens.get(i).isPos("RB")
          && skipped < MAX_ADVERBS) {
        i++;
        skipped++;
      }
      if (i >= limit || !same(tokens.get(i), words.get(w))) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** True when the token's text or lemma is {@code word} (normalized). */
  static boolean same(Token token, String word) {
    return PhraseIndex.normalize(token.lemma()).equals(word)
        || PhraseIndex.normalize(token.text()).equals(word);
  }
}
