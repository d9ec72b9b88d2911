package org.newsledger.eval.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsledger.core.lexicon.WordList;
import org.newsledger.store.stories.StoryFeatures;

/** The key an event word is grouped by: its synonym group's key, else its light stem. */
final class EventLemmas {

  private static final Map<String, String> KEYS =
      keys(WordList.load(EventLemmas.class, "event-lemmas.txt").rows());

  private EventLemmas() {}

  /** The key of the mention's head word (its first word), lower case. */
  static String key(String mentionText) {
    String word =
        mentionText
            .strip()
            .split("\\s+")[0]
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}-]", "");
    String key = KEYS.get(word);
    if (key != null) {
      return key;
    }
    String stem = StoryFeatures.stem(word);
    return KEYS.getOrDefault(stem, stem);
  }

  private static Map<String, String> keys(List<List<String>> rows) {
    Map<String, String> keys = new HashMap<>();
    for (List<String> row : rows) {
      for (String word : row) {
        keys.putIfAbsent(word.toLowerCase(Locale.ROOT), row.get(0).toLowerCase(Locale.ROOT));
      }
    }
    return keys;
  }
}
