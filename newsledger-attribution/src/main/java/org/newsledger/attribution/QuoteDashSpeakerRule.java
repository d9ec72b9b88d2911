package org.newsledger.attribution;

import java.util.List;
import java.util.Set;
import org.newsledger.core.text.Sentence;

/**
 * A quotation signed with a dash and a bare name, with no cue verb: "\"We will rebuild the
 * harbour.\" ― Lena Roth" (reader comments, epigraphs, round-ups of voices). The content is the
 * quotation, from the start of its paragraph when the paragraph opens with it.
 */
final class QuoteDashSpeakerRule implements Rule {

  static final String NAME = "attribution:quote-dash-speaker";
  static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014", "\u2015");
  private static final int MAX_SPEAKER_TOKENS = 6;

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    int paragraphFirst = article.paragraphFirstToken(sentence);
    int paragraphEnd = article.paragraphEndToken(sentence);
    for (int dash = Math.max(sentence.tokens().first(), paragraphFirst + 1);
        dash < sentence.tokens().end();
        dash++) {
      if (!DASHES.contains(article.token(dash).text()) || !article.isCloseQuote(dash - 1)) {
        continue;
      }
      NounPhrases phrases = article.phrases();
      TokenSpan speaker = phrases.startingAt(dash + 1, paragraphEnd);
      if (speaker == null || !signs(article, phrases, speaker, paragraphEnd)) {
        return List.of();
      }
      Contents contents = article.contents();
      int open =
          article.isOpenQuote(paragraphFirst)
              ? paragraphFirst
              : article.quotations().openingQuote(dash - 1, paragraphFirst);
      TokenSpan content = open < 0 ? null : contents.trim(open, dash);
      TokenSpan cue = new TokenSpan(dash, dash + 1);
      return content == null ? List.of() : List.of(Candidate.named(null, cue, content, speaker));
    }
    return List.of();
  }

  /** True for a short proper name that ends the paragraph, bar punctuation. */
  private static boolean signs(
      Article article, NounPhrases phrases, TokenSpan speaker, int paragraphEnd) {
    int head = phrases.head(speaker);
    boolean name = article.token(head).isPos("NNP") || article.token(head).hasNer();
    if (!name || speaker.end() - speaker.first() > MAX_SPEAKER_TOKENS) {
      return false;
    }
    for (int i = speaker.end(); i < paragraphEnd; i++) {
      if (!article.isPunctuation(i)) {
        return false;
      }
    }
    return true;
  }
}
