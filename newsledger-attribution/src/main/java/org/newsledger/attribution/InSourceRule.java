package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.text.Sentence;

/**
 * "In the latest poll, Clinton leads by nine points", "In a report released Monday, the deficit
 * grew": a sentence that opens with "In" and a document or outlet of the source-head list (poll,
 * survey, report, letter, newspaper ...), then a comma and a clause with no cue verb of its own.
 * The document is the source, the clause the content. When the clause has a cue ("In a statement,
 * the agency said ..."), that cue's rule credits its own subject instead.
 */
final class InSourceRule implements Rule {

  static final String NAME = "attribution:in-source";

  /** Most words of a modifier between the document and its comma ("released Monday by Gallup"). */
  private static final int MAX_MODIFIER_TOKENS = 8;

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    int in = sentence.tokens().first();
    int end = sentence.tokens().end();
    while (in < end && (article.isQuote(in) || article.token(in).isPos("CC"))) {
      in++; // "But in a poll released Monday, ..."
    }
    if (in + 3 >= end || !article.token(in).lemma().equalsIgnoreCase("in")) {
      return List.of();
    }
    TokenSpan source = article.phrases().startingAt(in + 1, end);
    if (source == null) {
      return List.of();
    }
    // "In a poll released Monday by Gallup,"
    int comma =
        article.beforeComma(source.end(), Math.min(end, source.end() + MAX_MODIFIER_TOKENS));
    if (comma + 1 < end && article.isComma(comma) && article.token(comma + 1).isPos("VBN")) {
      // "In the new poll, conducted March 11-13, ..."
      comma = article.beforeComma(comma + 1, Math.min(end, comma + 1 + MAX_MODIFIER_TOKENS));
    }
    int head = article.phrases().head(source);
    LemmaPhrases.Match<SourceType> type =
        article.lexicon().sourceHead(article.tokens(), head, head + 1);
    boolean document =
        type != null && (type.value() == SourceType.DOCUMENT || type.value() == SourceType.MEDIA);
    if (!document
        || comma >= end
        || !article.isComma(comma)
        || !article.phrases().clauseStartsAt(comma + 1, end)
        || hasCue(article, comma + 1, end)) {
      return List.of();
    }
    TokenSpan cue = new TokenSpan(in, in + 1);
    TokenSpan content =
        article.contents().trim(comma + 1, article.contents().end(comma + 1, sentence));
    List<Candidate> found = new ArrayList<>();
    if (content != null) {
      found.add(Candidate.named(AttributionKind.REPORT, cue, content, source));
    }
    return found;
  }

  private static boolean hasCue(Article article, int from, int end) {
    for (int i = from; i < end; i++) {
      if (article.token(i).isPos("VB")
          && article.lexicon().cueVerb(article.tokens(), i, end) != null) {
        return true;
      }
    }
    return false;
  }
}
