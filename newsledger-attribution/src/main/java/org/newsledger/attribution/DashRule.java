package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * Words followed by a dash and their speaker: "CONTENT - said spokesman John Kirby." or "CONTENT -
 * Kirby said, recounting ...". The content runs back to the start of the paragraph, after any
 * earlier sentence of it that has its own reporting clause or names the speaker (people do not call
 * themselves by their surname: "Natarajan voted against it. It relies on ... - Natarajan said"
 * quotes only the second sentence).
 */
final class DashRule implements Rule {

  static final String SAID_AFTER = "attribution:dash-said-after";
  static final String SOURCE_SAID = "attribution:dash-source-said";

  /** True for the "- said X" shape ({@value #SAID_AFTER}), false for "- X said". */
  private final boolean saidFirst;

  /**
   * The rule for one of the two shapes; at each dash the "- said X" shape is tried first, and the
   * "- X said" one only where it does not fit, whichever rule runs.
   */
  DashRule(boolean saidFirst) {
    this.saidFirst = saidFirst;
  }

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    int end = sentence.tokens().end();
    boolean aside = false;
    for (int dash = sentence.tokens().first() + 1; dash < end - 1; dash++) {
      if (!article.isDash(dash)) {
        continue;
      }
      aside = !aside;
      if (!aside) {
        continue; // "Dale Hart -- the head of ... -- told me": the dash closes an aside
      }
      Candidate finding = after(article, phrases, contents, sentence, dash);
      if (finding != null) {
        found.add(finding);
      }
    }
    return found;
  }

  private Candidate after(
      Article article, NounPhrases phrases, Contents contents, Sentence sentence, int dash) {
    int end = sentence.tokens().end();
    Candidate speaker = saidThenSource(article, phrases, dash, end);
    boolean said = speaker != null;
    if (speaker == null) {
      speaker = sourceThenSaid(article, phrases, dash, end);
    }
    if (said != saidFirst) {
      return null;
    }
    TokenSpan content =
        speaker == null ? null : content(article, contents, sentence, dash, speaker.source());
    return content == null ? null : Candidate.named(null, speaker.cue(), content, speaker.source());
  }

  /** "- said spokesman John Kirby": a finding without content yet, or null. */
  private static Candidate saidThenSource(Article article, NounPhrases phrases, int dash, int end) {
    LemmaPhrases.Match<CueVerb> cue = article.lexicon().cueVerb(article.tokens(), dash + 1, end);
    if (cue == null || !article.token(dash + 1).isPos("VB")) {
      return null;
    }
    TokenSpan source = phrases.startingAt(cue.end(), end);
    if (source == null || !closesClause(article, source.end(), end)) {
      return null; // "Kall -- co-editor of a book -- said the candidate tended": a reported clause
    }
    TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
    return Candidate.named(null, cueSpan, cueSpan, source);
  }

  /** "- Kirby said," or "- Israeli media reports.": a finding without content yet, or null. */
  private static Candidate sourceThenSaid(Article article, NounPhrases phrases, int dash, int end) {
    TokenSpan source = phrases.startingAt(dash + 1, end);
    int verb = source == null ? -1 : skipAuxiliaries(article, source.end(), end);
    LemmaPhrases.Match<CueVerb> cue =
        verb < 0 ? null : article.lexicon().cueVerb(article.tokens(), verb, end);
    if (cue == null && source != null && source.end() - source.first() > 1) {
      // a tagger may read a final "reports" or "says" as a plural noun of the phrase
      cue = article.lexicon().cueVerb(article.tokens(), source.last(), end);
      source = cue == null ? null : new TokenSpan(source.first(), source.last());
    }
    if (cue == null || !closesClause(article, cue.end(), end)) {
      return null;
    }
    TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
    return Candidate.named(null, cueSpan, cueSpan, source);
  }

  private static int skipAuxiliaries(Article article, int from, int end) {
    int i = from;
    while (i < end && (article.token(i).isPos("RB") || article.isAuxiliary(i))) {
      i++;
    }
    return i < end ? i : -1;
  }

  /** True when nothing but punctuation, a comma clause or a prepositional phrase follows. */
  private static boolean closesClause(Article article, int from, int end) {
    return from >= end
        || article.isPunctuation(from)
        || article.token(from).isPos("IN")
        || article.isQuote(from);
  }

  private static TokenSpan content(
      Article article, Contents contents, Sentence sentence, int dash, TokenSpan source) {
    int first = article.paragraphFirstToken(sentence);
    for (Sentence s :
        article.sentences().subList(article.sentenceOf(first).index(), sentence.index())) {
      if (contents.hasReportingClause(s) || namesSpeaker(article, s, source)) {
        first = s.tokens().end();
      }
    }
    TokenSpan content = contents.trim(first, dash);
    return content == null || !statementLike(article, content) ? null : content;
  }

  /**
   * False for a dateline before the dash ("WASHINGTON -", "NEW YORK (AP) -"): proper nouns, words
   * in capitals and punctuation only.
   */
  private static boolean statementLike(Article article, TokenSpan content) {
    for (int i = content.first(); i < content.end(); i++) {
      String text = article.token(i).text();
      boolean capitals = text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT));
      if (!article.token(i).isPos("NNP") && !article.isPunctuation(i) && !capitals) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence holds the proper name that heads the source phrase. */
  private static boolean namesSpeaker(Article article, Sentence sentence, TokenSpan source) {
    Token head = article.token(source.last());
    if (!head.isPos("NNP")) {
      return false;
    }
    return article.doc().tokens(sentence).stream()
        .anyMatch(t -> t.isPos("NNP") && t.text().equals(head.text()));
  }
}
