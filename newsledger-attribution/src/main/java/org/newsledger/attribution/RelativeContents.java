package org.newsledger.attribution;

/**
 * Ends the content of a cue in a relative clause before the main clause that goes on after it: "the
 * ministry, which noted that X, was ..." ends at the comma, and "Voters who said the economy was
 * weak backed the governor" at the main clause's verb, the first tensed verb after the content's
 * own that no conjunction or subject introduces.
 */
final class RelativeContents {

  private RelativeContents() {}

  /**
   * The content of the cue whose relative pronoun subject stands at {@code pronoun}, without the
   * main clause after it; the content itself when none follows.
   */
  static TokenSpan of(Article article, Contents contents, int pronoun, TokenSpan content) {
    int end = afterComma(article, content);
    if (end < 0 && restrictsSentenceSubject(article, pronoun)) {
      end = mainVerb(article, content);
    }
    TokenSpan cut = end < 0 ? null : contents.trim(content.first(), end);
    return cut == null ? content : cut;
  }

  /** The comma before the main clause's tensed verb ("..., was"), or -1. */
  private static int afterComma(Article article, TokenSpan content) {
    for (int i = content.first() + 1; i + 1 < content.end(); i++) {
      int verb = i + 1;
      while (verb < content.end() && article.token(verb).isPos("RB")) {
        verb++;
      }
      if (article.isComma(i)
          && verb < content.end()
          && article.isFiniteVerb(verb)
          && !article.insideQuote(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True for a restrictive relative ("Voters who said", no comma) inside the sentence's subject: no
   * tensed verb stands before it, so the main clause's verb comes after.
   */
  private static boolean restrictsSentenceSubject(Article article, int pronoun) {
    int first = article.sentenceOf(pronoun).tokens().first();
    if (pronoun <= first || article.isComma(pronoun - 1)) {
      return false;
    }
    for (int i = first; i < pronoun; i++) {
      if (article.isFiniteVerb(i) && !article.insideQuote(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The main clause's tensed verb inside the content: after the content's first tensed verb, the
   * next one outside quotation marks with no conjunction, subordinator or pronoun before it since,
   * not right after another tensed verb ("the man they met was"); -1 when none.
   */
  private static int mainVerb(Article article, TokenSpan content) {
    int depth = 0;
    boolean clauseVerb = article.token(content.first()).isPos("TO"); // "who want to go are
    boolean opener = false;
    for (int i = content.first(); i < content.end(); i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      if (depth != 0) {
        continue;
      }
      if (article.isFiniteVerb(i)) {
        if (clauseVerb
            && !opener
            && !article.isFiniteVerb(i - 1)
            && !article.token(i - 1).isPos("RB")) {
          return i;
        }
        clauseVerb = true;
        opener = false;
      } else if (clauseVerb && opensClause(article, i)) {
        opener = true;
      }
    }
    return -1;
  }

  /** True at a word that can open a clause of its own: a conjunction, "that", "if", a pronoun. */
  private static boolean opensClause(Article article, int i) {
    String pos = article.token(i).pos();
    return pos.equals("CC")
        || article.is(i, WordClass.SUBORDINATOR)
        || pos.equals("PRP")
        || pos.startsWith("W")
        || pos.equals("TO")
        || article.isComma(i)
        || article.is(i, WordClass.COMPLEMENTIZER);
  }
}
