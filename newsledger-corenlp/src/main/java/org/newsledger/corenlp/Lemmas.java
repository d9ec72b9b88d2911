package org.newsledger.corenlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lemmas from CoreNLP's Morpha, remembered per (word, tag). News text repeats its words (Zipf), so
 * after a few articles nearly every token is a lookup instead of a run of Morpha's finite-state
 * lexer. The memory is shared by all threads and stops growing at {@link #CAPACITY} entries (rare
 * words past that point are lemmatized every time), so it cannot grow with the input.
 */
final class Lemmas {

  /** Most (word, tag) pairs remembered: about 30 MB at most. */
  static final int CAPACITY = 200_000;

  private final Map<String, String> known = new ConcurrentHashMap<>();

  /** Morpha instances keep lexer state, so each thread has its own. */
  private final ThreadLocal<Morphology> morpha = ThreadLocal.withInitial(Morphology::new);

  /** The lemma of {@code word} tagged {@code tag}, as CoreNLP's lemma annotator gives it. */
  String of(String word, String tag) {
    if (tag == null || tag.isEmpty()) {
      return morpha.get().stem(word);
    }
    String key = word + '\u0000' + tag;
    String lemma = known.get(key);
    if (lemma == null) {
      lemma = morpha.get().lemma(word, tag);
      if (known.size() < CAPACITY) {
        known.put(key, lemma);
      }
    }
    return lemma;
  }
}
