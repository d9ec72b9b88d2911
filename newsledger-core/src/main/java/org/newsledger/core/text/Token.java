package org.newsledger.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.newsledger.core.Annotation;
import org.newsledger.core.CharSpan;

/**
 * A word or punctuation mark with its tags.
 *
 * @param index position in the document's token list
 * @param span char span in the original text
 * @param text the covered text
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma base form, lower case for common words
 * @param ner named-entity tag from the NLP model ({@code O} when none)
 * @param sentenceIndex index of the sentence holding the token
 * @param rule the model that produced the tags
 */
public record Token(
    int index,
    CharSpan span,
    String text,
    String pos,
    String lemma,
    String ner,
    int sentenceIndex,
    String rule)
    implements Annotation {

  /** Validates the fields. */
  public Token {
    requireNonNull(span, "span is null");
    requireNonNull(text, "text is null");
    requireNonNull(pos, "pos is null");
    requireNonNull(lemma, "lemma is null");
    requireNonNull(ner, "ner is null");
    requireNonNull(rule, "rule is null");
  }

  @Override
  public String id() {
    return "t" + index;
  }

  /** Char offset where the token begins. */
  public int begin() {
    return span.begin();
  }

  /** Char offset where the token ends (exclusive). */
  public int end() {
    return span.end();
  }

  /** True when the part-of-speech tag starts with {@code prefix} (e.g. "VB", "NNP"). */
  public boolean isPos(String prefix) {
    return pos.startsWith(prefix);
  }

  /** True when the model gave the token a named-entity tag. */
  public boolean hasNer() {
    return !"O".equals(ner);
  }

  /**
   * Index of the first of {@code tokens} (in text order) ending after char offset {@code offset},
   * or {@code tokens.size()} when none does; a binary search.
   */
  public static int firstEndingAfter(List<Token> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
