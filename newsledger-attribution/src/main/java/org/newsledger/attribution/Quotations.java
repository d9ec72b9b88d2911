package org.newsledger.attribution;

import org.newsledger.core.text.Quotes;
import org.newsledger.core.text.Sentence;

/**
 * Pairs quotation marks within a paragraph: which mark closes or opens which, a 'quote within' a
 * "quotation" told apart by its single marks, and a quotation that runs on into the next sentence.
 */
final class Quotations {

  private final Article article;

  Quotations(Article article) {
    this.article = article;
  }

  /** Index of the quote closing the one opened at {@code open}, before {@code limit}, or -1. */
  int closingQuote(int open, int limit) {
    boolean single = isSingleQuote(open);
    for (int i = open + 1; i < limit; i++) {
      if (isSingleQuote(i) != single) {
        continue; // a 'quote within' a "quotation"
      }
      if (article.isCloseQuote(i)) {
        return i;
      }
      if (article.isOpenQuote(i)) {
        return -1;
      }
    }
    return -1;
  }

  /** True for a single quotation mark (' ‘ ’ `), false for a double one and for other tokens. */
  private boolean isSingleQuote(int i) {
    return article.isQuote(i) && Quotes.isSingleMark(article.token(i).text());
  }

  /** Index of the quote opening the one closed at {@code close}, from {@code lowerBound}, or -1. */
  int openingQuote(int close, int lowerBound) {
    boolean single = isSingleQuote(close);
    for (int i = close - 1; i >= lowerBound; i--) {
      if (isSingleQuote(i) != single) {
        continue;
      }
      if (article.isOpenQuote(i)) {
        return i;
      }
      if (article.isCloseQuote(i)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * End (exclusive) of a quotation that opens the next sentence of the paragraph and carries no cue
   * of its own ("\"A,\" X said. \"B.\""), or -1 when there is none.
   */
  int continuedQuoteEnd(Sentence sentence) {
    int open = sentence.tokens().end();
    if (article.isOpenQuote(open - 1)) {
      open--; // the splitter often leaves the next quote's opening mark on this sentence
    }
    int paragraphEnd = article.paragraphEndToken(sentence);
    if (open >= paragraphEnd || !article.isOpenQuote(open)) {
      return -1;
    }
    int close = closingQuote(open, paragraphEnd);
    int last = close < 0 ? paragraphEnd - 1 : close;
    boolean endsThere =
        close < 0
            ? !article.isQuote(paragraphEnd - 1)
            : close + 1 == paragraphEnd || closesSentence(close);
    if (close >= 0 && !endsThere) {
      int tailEnd = quotedTailEnd(close + 1, article.sentenceOf(close).tokens().end());
      return tailEnd < 0 || close + 1 == tailEnd ? -1 : tailEnd;
    }
    boolean quoteWithin = last > open && isSingleQuote(last - 1) && !isSingleQuote(last);
    return endsThere && (quoteWithin || !article.isCloseQuote(last - 1)) ? last + 1 : -1;
  }

  /**
   * True when the quote at {@code close} ends its sentence, or opens the next one: the splitter
   * often leaves a closing mark at the start of the author's next sentence.
   */
  private boolean closesSentence(int close) {
    Sentence sentence = article.sentenceOf(close);
    return close + 1 == sentence.tokens().end() || close == sentence.tokens().first();
  }

  /**
   * End of the words that finish the author's sentence after a quotation ("\"B\" for the top
   * bracket."): the sentence end when no tensed verb, cue or quote stands before it; else -1.
   */
  private int quotedTailEnd(int from, int sentenceEnd) {
    for (int i = from; i < sentenceEnd; i++) {
      if (article.isFiniteVerb(i) || article.isQuote(i) || article.isComma(i)) {
        return -1;
      }
    }
    return sentenceEnd;
  }

  /** Number of words (tokens holding a letter or digit) from {@code from} to {@code end}. */
  int words(int from, int end) {
    int count = 0;
    for (int i = from; i < end; i++) {
      count += article.token(i).text().codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
    }
    return count;
  }

  /**
   * True when one content over two quoted parts of {@code first} and {@code second} words and the
   * {@code between} words of the reporting clause between them is mostly quoted words, or shares
   * more of its words with both parts than the longer part alone does.
   */
  static boolean joinPays(int first, int second, int between) {
    int both = first + second;
    return both >= between || both * both >= Math.max(first, second) * (both + between);
  }
}
