package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * "As X stated, CONTENT." and "CONTENT, as X pointed out.": a parenthetical "as" clause with a cue
 * verb; the content is the main clause.
 */
final class AsStatedRule implements Rule {

  static final String NAME = "attribution:as-x-stated";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int as = first; as < end - 2; as++) {
      boolean opens = as == first || article.isComma(as - 1) || article.token(as - 1).isPos("CC");
      TokenSpan source =
          opens && article.is(as, WordClass.AS) ? phrases.startingAt(as + 1, end) : null;
      LemmaPhrases.Match<CueVerb> cue = source == null ? null : cueAfter(article, source, end);
      TokenSpan content = cue == null ? null : content(article, contents, sentence, as, cue.end());
      if (content != null) {
        TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
        found.add(Candidate.named(null, cueSpan, content, source));
      }
    }
    return found;
  }

  private static LemmaPhrases.Match<CueVerb> cueAfter(Article article, TokenSpan source, int end) {
    int verb = source.end();
    while (verb < end && (article.token(verb).isPos("RB") || article.isAuxiliary(verb))) {
      verb++;
    }
    return verb < end && article.token(verb).isPos("VB")
        ? article.lexicon().cueVerb(article.tokens(), verb, end)
        : null;
  }

  private static TokenSpan content(
      Article article, Contents contents, Sentence sentence, int as, int cueEnd) {
    int end = sentence.tokens().end();
    if (cueEnd < end && article.isComma(cueEnd)) {
      int contentEnd = as == sentence.tokens().first() ? contents.end(cueEnd + 1, sentence) : end;
      TokenSpan after = contents.trim(cueEnd + 1, contentEnd);
      if (as == sentence.tokens().first() || after != null && after.end() - after.first() > 3) {
        return after;
      }
    }
    boolean closes = cueEnd >= end || article.isPunctuation(cueEnd);
    return closes && as > sentence.tokens().first()
        ? contents.trim(nearestClause(article, sentence.tokens().first(), as), as)
        : null;
  }

  /**
   * Where the clause a trailing "as" phrase comments on begins: after the last "that" a verb
   * introduces before it ("X argued that the plan was illegal, as the court found": the court found
   * the plan illegal, not that X argued it), else the sentence's start.
   */
  private static int nearestClause(Article article, int first, int as) {
    for (int i = as - 2; i > first; i--) {
      if (article.is(i, WordClass.COMPLEMENTIZER)
          && article.token(i).text().equalsIgnoreCase("that")
          && article.token(i - 1).isPos("VB")) {
        return i + 1;
      }
    }
    return first;
  }
}
