package org.newsledger.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newsledger.core.text.Token;

/**
 * Finds multi-word phrases in a token sequence, longest match first, case-insensitively.
 *
 * @param <V> what each phrase maps to
 */
public final class PhraseIndex<V> {

  /** A phrase found at tokens [first, end) of the list searched. */
  public record Match<V>(int first, int end, String phrase, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

  private record Entry<V>(String[] words, String phrase, V value) {}

  /** Adds a phrase (words separated by spaces; matched against token texts, ignoring case). */
  public PhraseIndex<V> add(String phrase, V value) {
    String[] words = split(phrase);
    if (words.length > 0) {
      List<Entry<V>> entries = byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>());
      entries.add(new Entry<>(words, phrase, value));
      entries.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    }
    return this;
  }

  /**
   * An index of every row of {@code list}: column 0 is the phrase, the value is made from the row.
   */
  public static <V> PhraseIndex<V> of(WordList list, Function<List<String>, V> value) {
    PhraseIndex<V> index = new PhraseIndex<>();
    list.rows().forEach(row -> index.add(row.get(0), value.apply(row)));
    return index;
  }

  /** The longest phrase starting at token {@code start}, or null. */
  public Match<V> matchAt(List<Token> tokens, int start) {
    List<Entry<V>> entries = byFirstWord.get(normalize(tokens.get(start).text()));
    if (entries == null) {
      return null;
    }
    for (Entry<V> entry : entries) {
      if (matches(tokens, start, entry.words)) {
        return new Match<>(start, start + entry.words.length, entry.phrase, entry.value);
      }
    }
    return null;
  }

  /** All non-overlapping longest matches, left to right. */
  public List<Match<V>> findAll(List<Token> tokens) {
    List<Match<V>> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match<V> match = matchAt(tokens, i);
      if (match != null) {
        found.add(match);
        i = match.end();
      } else {
        i++;
      }
    }
    return found;
  }

  private static boolean matches(List<Token> tokens, int start, String[] words) {
    if (start + words.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!normalize(tokens.get(start + k).text()).equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  private static String[] split(String phrase) {
    String trimmed = phrase.strip();
    return trimmed.isEmpty() ? new String[0] : normalize(trimmed).split("\\s+");
  }

  /** Lower case with typographic apostrophes folded, as phrases are compared. */
  public static String normalize(String word) {
    return word.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }
}
