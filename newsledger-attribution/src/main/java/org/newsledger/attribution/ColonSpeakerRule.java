package org.newsledger.attribution;

import java.util.List;
import java.util.Locale;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.text.Sentence;

/**
 * A paragraph that opens with a speaker's name and a colon or a dash before a quotation: "Senator
 * Adler: Budget Talks Have Failed", "ADLER: Well, look, ...", "Ruth Adler ― \"...\""; a short name
 * the tagger missed counts when it is tagged a person or organization elsewhere. The content is the
 * rest of the paragraph.
 */
final class ColonSpeakerRule implements Rule {

  static final String NAME = "attribution:speaker-colon";
  private static final int MAX_SPEAKER_TOKENS = 5;
  private static final int MIN_CONTENT_TOKENS = 3;
  private static final int MAX_TOPIC_TOKENS = 8;

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    int first = sentence.tokens().first();
    if (first != article.paragraphFirstToken(sentence)) {
      return List.of();
    }
    if (article.isOpenQuote(first) && first + 1 < sentence.tokens().end()) {
      first++; // a transcript turn quoted whole: "\"HALE: We will ...\""
    }
    NounPhrases phrases = article.phrases();
    TokenSpan speaker = phrases.startingAt(first, sentence.tokens().end());
    if (speaker == null
        || speaker.end() - speaker.first() > MAX_SPEAKER_TOKENS
        || !named(article, phrases, speaker)) {
      return List.of();
    }
    int end = sentence.tokens().end();
    // "Rep. Lee (R-Ohio): ...": past a bracketed aside after the speaker
    int separator = topicEnd(article, phrases.skipBracketsForward(speaker.end(), end), end);
    if (!separates(article, separator)) {
      return List.of();
    }
    TokenSpan cue = new TokenSpan(separator, separator + 1);
    TokenSpan content = article.contents().trim(cue.end(), article.paragraphEndToken(sentence));
    if (content == null || content.end() - content.first() < MIN_CONTENT_TOKENS) {
      return List.of();
    }
    return List.of(Candidate.named(null, cue, content, speaker));
  }

  /** True for a person or organization name, or a source noun such as "spokesman". */
  private static boolean named(Article article, NounPhrases phrases, TokenSpan speaker) {
    int head = phrases.head(speaker);
    String ner = article.token(head).ner();
    LemmaPhrases.Match<SourceType> type =
        article.lexicon().sourceHead(article.tokens(), head, head + 1);
    boolean shortName = speaker.end() - speaker.first() <= 2;
    return ner.equals("PERSON")
        || ner.equals("ORGANIZATION")
        || type != null
        || namedWithin(article, speaker)
        || shortName && capitals(article.token(head).text())
        || shortName && article.token(head).isPos("NNP") && namedElsewhere(article, head);
  }

  /**
   * Past a topic between the speaker and a headline's colon ("CNN President On Trump: ...",
   * "Gillibrand on Her Speech Transcripts: ..."): the colon after "on" or "about" and a few words;
   * {@code from} itself otherwise.
   */
  private static int topicEnd(Article article, int from, int end) {
    String word = from < end ? article.token(from).text().toLowerCase(Locale.ROOT) : "";
    if (!word.equals("on") && !word.equals("about")) {
      return from;
    }
    for (int i = from + 1; i < end && i <= from + MAX_TOPIC_TOKENS; i++) {
      if (article.token(i).text().equals(":")) {
        return i;
      }
      if (article.isPunctuation(i) || article.isQuote(i) || article.isFiniteVerb(i)) {
        return from;
      }
    }
    return from;
  }

  /** True when the word is tagged a person or organization elsewhere ("Pence: ..." headlines). */
  private static boolean namedElsewhere(Article article, int head) {
    return article.namedAnywhere(article.token(head).text());
  }

  /**
   * True when a proper noun of the phrase is tagged a person or organization, though its head is
   * not ("Clinton camp").
   */
  private static boolean namedWithin(Article article, TokenSpan speaker) {
    for (int i = speaker.first(); i < speaker.end(); i++) {
      String ner = article.token(i).ner();
      if (article.token(i).isPos("NNP") && (ner.equals("PERSON") || ner.equals("ORGANIZATION"))) {
        return true;
      }
    }
    return false;
  }

  /** True for a transcript speaker label written in capitals ("WALLACE"). */
  private static boolean capitals(String word) {
    return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
  }

  /** True for a colon, or a dash followed by an opening quote. */
  private static boolean separates(Article article, int i) {
    if (i + 1 >= article.tokens().size()) {
      return false;
    }
    String text = article.token(i).text();
    boolean colon = text.equals(":");
    boolean dash = article.isDash(i) || text.equals("\u2015");
    return colon || dash && article.isOpenQuote(i + 1);
  }
}
