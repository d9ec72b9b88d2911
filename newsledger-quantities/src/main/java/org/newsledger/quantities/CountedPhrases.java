package org.newsledger.quantities;

import java.util.List;
import java.util.Set;
import org.newsledger.core.TokenRange;
import org.newsledger.core.text.Token;

/** Finds the noun phrase a number counts: "batches of weaponry deliveries", "residents". */
final class CountedPhrases {

  private static final int MAX_WORDS = 6;
  private static final Set<String> MODIFIER_TAGS =
      Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG");
  private static final Set<String> HEAD_TAGS = Set.of("NN", "NNS", "NNPS");
  private static final Set<String> COMMON_NOUN_TAGS = Set.of("NN", "NNS");
  private static final Set<String> DETERMINER_TAGS = Set.of("DT", "PRP$", "PDT", "POS");
  private static final Set<String> TEMPORAL_NER = Set.of("DATE", "TIME", "DURATION", "SET");

  private final QuantityLexicon lexicon;
  private final NumberReader numbers;

  CountedPhrases(QuantityLexicon lexicon, NumberReader numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  /** The noun phrase starting at {@code start}, with a bare "of" phrase after it; or null. */
  TokenRange direct(List<Token> tokens, int start) {
    TokenRange head = nounPhrase(tokens, start);
    if (head == null || !isPartitive(tokens, head.end())) {
      return head;
    }
    TokenRange tail = nounPhrase(tokens, head.end() + 1);
    boolean common = tail != null && COMMON_NOUN_TAGS.contains(tokens.get(tail.end() - 1).pos());
    return common ? new TokenRange(head.first(), tail.end()) : head;
  }

  /**
   * What "of" at {@code start} points to: "of the 2.3 million residents" gives "residents", "of the
   * vote" gives "vote"; null when {@code start} is not a partitive.
   */
  TokenRange partitive(List<Token> tokens, int start) {
    if (!isPartitive(tokens, start)) {
      return null;
    }
    int i = start + 1;
    while (i < tokens.size() && DETERMINER_TAGS.contains(tokens.get(i).pos())) {
      i++;
    }
    Amount nested = i < tokens.size() ? numbers.readAt(tokens, i) : null;
    return nounPhrase(tokens, nested == null ? i : nested.end());
  }

  /** True when the phrase's head is a unit of time ("three weeks", "5% last year"). */
  boolean isTemporal(List<Token> tokens, TokenRange phrase) {
    Token head = tokens.get(phrase.end() - 1);
    return lexicon.timeUnits.contains(QuantityLexicon.lower(head.lemma()))
        || TEMPORAL_NER.contains(head.ner());
  }

  boolean isPartitive(List<Token> tokens, int index) {
    return index < tokens.size()
        && lexicon.partitives.contains(QuantityLexicon.lower(tokens.get(index).text()));
  }

  private TokenRange nounPhrase(List<Token> tokens, int start) {
    int end = start;
    boolean headSeen = false;
    while (end < tokens.size() && end - start < MAX_WORDS) {
      String tag = tokens.get(end).pos();
      if (headSeen ? !tag.startsWith("NN") : !MODIFIER_TAGS.contains(tag)) {
        break;
      }
      headSeen |= COMMON_NOUN_TAGS.contains(tag);
      end++;
    }
    while (end > start && !HEAD_TAGS.contains(tokens.get(end - 1).pos())) {
      end--;
    }
    return end > start ? new TokenRange(start, end) : null;
  }
}
