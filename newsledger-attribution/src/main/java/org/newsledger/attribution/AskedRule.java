package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.text.Sentence;

/**
 * A question put to the subject without a subject of its own: "Asked whether the talks had failed,
 * Lee said ...", "\"Of course,\" she said when asked about the vote.", "Asked by reporters if ...".
 * The content is the question, from its wh-word, "if", "whether" or "about" to the comma or quote
 * that closes it; the source is the agent after "by", or no one the text names. A question about
 * reports is left to the reports' own attribution.
 */
final class AskedRule implements Rule {

  static final String NAME = "attribution:asked-participle";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int i = first; i < end - 2; i++) {
      if (!bareAsked(article, i, first)) {
        continue;
      }
      int start = i + 1;
      TokenSpan agent = null;
      if (article.token(start).text().equalsIgnoreCase("by")) {
        agent = article.phrases().startingAt(start + 1, end);
        if (agent == null) {
          continue;
        }
        start = agent.end();
      }
      if (start >= end || !opensQuestion(article, start) || aboutReports(article, start, end)) {
        continue;
      }
      TokenSpan cue = new TokenSpan(i, i + 1);
      TokenSpan content = article.contents().trim(start, questionEnd(article, start, end));
      if (content == null || content.end() - content.first() < 2) {
        continue;
      }
      found.add(
          agent != null
              ? Candidate.named(null, cue, content, agent)
              : new Candidate(null, cue, content, null, Finding.ImplicitSource.UNSTATED));
    }
    return found;
  }

  /**
   * "Asked" with no subject: opening the sentence (where a tagger may read it as a past tense), or
   * as a participle after a subordinator opening an adjunct ("when asked", "after being asked").
   */
  private static boolean bareAsked(Article article, int i, int first) {
    if (i == first) {
      return article.token(i).text().equals("Asked");
    }
    return article.token(i).lemma().equals("ask")
        && article.token(i).isPos("VBN")
        && (article.is(i - 1, WordClass.SUBORDINATOR)
            || i - 2 >= first
                && article.token(i - 1).lemma().equals("be")
                && article.is(i - 2, WordClass.SUBORDINATOR));
  }

  /**
   * "asked about media reports, including ..., that ...": the reports are the attribution, found by
   * their own rule; the question only leads to them.
   */
  private static boolean aboutReports(Article article, int start, int end) {
    if (!article.token(start).text().equalsIgnoreCase("about")) {
      return false;
    }
    TokenSpan object = article.phrases().startingAt(start + 1, end);
    return object != null
        && article.lexicon().isReportNoun(article.token(article.phrases().head(object)));
  }

  /** True at "whether", "if", "about" or a wh-word: the question itself. */
  private static boolean opensQuestion(Article article, int i) {
    String word = article.token(i).text().toLowerCase(Locale.ROOT);
    return article.is(i, WordClass.WH_COMPLEMENT) || word.equals("about") || word.equals("if");
  }

  /**
   * Where the question from {@code start} ends (exclusive): at a comma outside quotation marks, at
   * a quotation closing after its comma, or at the sentence end.
   */
  private static int questionEnd(Article article, int start, int end) {
    int depth = 0;
    for (int i = start; i < end; i++) {
      if (article.isOpenQuote(i)) {
        depth++;
      } else if (article.isCloseQuote(i)) {
        depth--;
        if (depth <= 0 && article.isComma(i - 1)) {
          return i + 1;
        }
      } else if (depth <= 0 && (article.isComma(i) || article.isDash(i))) {
        return i;
      }
    }
    return end;
  }
}
