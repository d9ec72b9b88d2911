package org.newsledger.attribution;

import org.newsledger.core.facts.AttributionKind;

/** Decides how content is quoted and keeps it within the length a fact may cite. */
final class ContentShapes {

  /** Longest content, in chars, an attribution may cite. */
  static final int MAX_CONTENT_CHARS = 600;

  private final Article article;

  ContentShapes(Article article) {
    this.article = article;
  }

  /** DIRECT inside quotation marks, MIXED when it holds some, INDIRECT otherwise. */
  AttributionKind kind(TokenSpan content) {
    boolean quotedInside = false;
    for (int i = content.first(); i < content.end(); i++) {
      quotedInside |= article.isQuote(i);
    }
    boolean opened = content.first() > 0 && article.isOpenQuote(content.first() - 1);
    int after = content.end();
    while (after < article.tokens().size() && article.isPunctuation(after)) {
      after++;
    }
    boolean closed = after < article.tokens().size() && article.isCloseQuote(after);
    if (opened && closed && !quotedInside) {
      return AttributionKind.DIRECT;
    }
    return quotedInside || opened ? AttributionKind.MIXED : AttributionKind.INDIRECT;
  }

  /** The content, starting at a later sentence while it is longer than the limit. */
  TokenSpan clip(TokenSpan content) {
    TokenSpan clipped = content;
    while (length(clipped) > MAX_CONTENT_CHARS) {
      int next = article.sentenceOf(clipped.first()).tokens().end();
      if (next >= clipped.end()) {
        return clipped;
      }
      clipped = new TokenSpan(next, clipped.end());
    }
    return clipped;
  }

  private int length(TokenSpan span) {
    return article.token(span.last()).end() - article.token(span.first()).begin();
  }
}
