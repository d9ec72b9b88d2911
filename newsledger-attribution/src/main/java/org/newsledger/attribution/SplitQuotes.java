package org.newsledger.attribution;

import java.util.List;

/**
 * The parts of a quotation split around its reporting clause ({@code "A," X said. "B."}): the words
 * quoted before the clause and the words quoted after it, without the clause, its quotation marks
 * and its punctuation; likewise for a content that a reporting clause set off by commas interrupts
 * ({@link #aroundClause}). A content that no reporting clause splits is one part.
 */
final class SplitQuotes {

  /** Most words between a cue and the comma closing its clause ("said on Friday in Oslo,"). */
  private static final int MAX_TAIL = 6;

  private final Article article;

  SplitQuotes(Article article) {
    this.article = article;
  }

  /**
   * The content's parts, in text order: one unless quotation marks close before the cue and open
   * again after it.
   */
  List<TokenSpan> parts(TokenSpan content, TokenSpan cue, TokenSpan source) {
    int clauseFirst = source == null ? cue.first() : Math.min(cue.first(), source.first());
    int clauseLast = source == null ? cue.last() : Math.max(cue.last(), source.last());
    if (content.first() >= clauseFirst || content.last() <= clauseLast) {
      return List.of(content);
    }
    int closing = lastQuote(content.first(), clauseFirst);
    int opening = firstQuote(clauseLast + 1, content.end());
    if (closing < 0 || opening < 0) {
      return List.of(content);
    }
    int firstEnd = trimBack(content.first(), closing);
    int secondFirst = trimForward(opening + 1, content.end());
    if (firstEnd <= content.first() || secondFirst >= content.end()) {
      return List.of(content);
    }
    return List.of(
        new TokenSpan(content.first(), firstEnd), new TokenSpan(secondFirst, content.end()));
  }

  /**
   * The parts of a content that a reporting clause set off by commas interrupts without quotation
   * marks ("The pier, the mayor said, will open in May"): the words before the clause and the words
   * after it; else the content as one part.
   */
  List<TokenSpan> aroundClause(TokenSpan content, TokenSpan cue, TokenSpan source) {
    int clauseFirst = source == null ? cue.first() : Math.min(cue.first(), source.first());
    int clauseLast = source == null ? cue.last() : Math.max(cue.last(), source.last());
    if (content.first() >= clauseFirst - 1
        || content.last() <= clauseLast
        || !article.isComma(clauseFirst - 1)) {
      return List.of(content);
    }
    int comma = clauseLast + 1;
    while (comma < content.end() && !article.isComma(comma)) {
      if (article.isFiniteVerb(comma) || article.isQuote(comma) || comma - clauseLast > MAX_TAIL) {
        return List.of(content);
      }
      comma++;
    }
    int firstEnd = trimBack(content.first(), clauseFirst - 1);
    int secondFirst = trimForward(comma + 1, content.end());
    if (firstEnd <= content.first() || secondFirst >= content.end()) {
      return List.of(content);
    }
    return List.of(
        new TokenSpan(content.first(), firstEnd), new TokenSpan(secondFirst, content.end()));
  }

  /** The last quotation mark in [from, to) that has words before it, or -1. */
  private int lastQuote(int from, int to) {
    for (int i = to - 1; i > from; i--) {
      if (article.isQuote(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The first quotation mark in [from, to) that has words after it, or -1. */
  private int firstQuote(int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (article.isQuote(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The end of [first, end) without trailing punctuation and quotation marks. */
  private int trimBack(int first, int end) {
    int stop = end;
    while (stop > first && isMark(stop - 1)) {
      stop--;
    }
    return stop;
  }

  /** The first word of [first, end) after leading punctuation and quotation marks. */
  private int trimForward(int first, int end) {
    int start = first;
    while (start < end && isMark(start)) {
      start++;
    }
    return start;
  }

  private boolean isMark(int i) {
    return article.isQuote(i) || article.isPunctuation(i);
  }
}
