package org.newsledger.attribution;

import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * A paragraph that opens with a quotation and names no speaker continues the speaker of the
 * paragraph before: "\"We are hopeful,\" he said." followed by "\"The hard part is done.\"".
 */
final class QuoteContinuationRule implements Rule {

  static final String NAME = "attribution:quote-continuation";
  private static final int MIN_TOKENS = 5;

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    int open = sentence.tokens().first();
    int paragraphFirst = article.paragraphFirstToken(sentence);
    if (open != paragraphFirst
        || paragraphFirst == 0
        || !article.isOpenQuote(open)
        || hasCue(article, sentence)
        || !previousParagraphAttributes(article, open, claims)) {
      return List.of();
    }
    Contents contents = article.contents();
    int paragraphEnd = article.paragraphEndToken(sentence);
    int close = article.quotations().closingQuote(open, paragraphEnd);
    TokenSpan content = contents.trim(open, close < 0 ? paragraphEnd : close + 1);
    if (content == null
        || content.end() - content.first() < MIN_TOKENS
        || signed(article, close)
        || titleCased(article, content)) {
      return List.of();
    }
    TokenSpan cue = new TokenSpan(open, open + 1);
    return content == null
        ? List.of()
        : List.of(new Candidate(null, cue, content, null, Finding.ImplicitSource.PREVIOUS));
  }

  /** True when a dash after the closing quote names the quotation's own speaker ("\" ― X"). */
  private static boolean signed(Article article, int close) {
    return close >= 0
        && close + 1 < article.tokens().size()
        && QuoteDashSpeakerRule.DASHES.contains(article.token(close + 1).text());
  }

  /**
   * True for a quoted section heading ("'Return of the Mill Town.'"): every long word capitalized.
   */
  static boolean titleCased(Article article, TokenSpan content) {
    for (int i = content.first(); i < content.end(); i++) {
      String text = article.token(i).text();
      if (text.length() > 3 && Character.isLowerCase(text.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCue(Article article, Sentence sentence) {
    int end = article.paragraphEndToken(sentence);
    for (int i = sentence.tokens().first(); i < end; i++) {
      if (article.lexicon().cueVerb(article.tokens(), i, end) != null
          || article.lexicon().cuePhrase(article.tokens(), i, end) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean previousParagraphAttributes(Article article, int open, Claims claims) {
    Sentence previous = article.sentenceOf(open - 1);
    if (!article.paragraphOf(previous).zone().isText()) {
      return false;
    }
    boolean quoted = false;
    boolean claimed = false;
    for (int i = article.paragraphFirstToken(previous); i < open; i++) {
      quoted |= article.isCloseQuote(i);
      claimed |= !claims.isFree(i);
    }
    return quoted && claimed;
  }
}
