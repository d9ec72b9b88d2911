package org.newsledger.attribution;

/**
 * Where a content that is the cue's object, not a clause, ends: "praised the plan, which includes a
 * new port" and "described him as a fraud when he ran" report the plan and the label, while the
 * relative clause and the time clause are the author's own account.
 */
final class ObjectContents {

  private final Article article;

  ObjectContents(Article article) {
    this.article = article;
  }

  /**
   * The end (exclusive) of the object content from {@code start}, no later than {@code end}: before
   * the first adjunct outside quotation marks.
   */
  int end(int start, int end) {
    int depth = article.isOpenQuote(start) ? 1 : 0;
    for (int i = start + 1; i < end; i++) {
      depth += article.isOpenQuote(i) ? 1 : article.isCloseQuote(i) ? -1 : 0;
      if (depth <= 0 && adjunctAt(i)) {
        return i;
      }
    }
    return end;
  }

  /** True at a comma or at a subordinator other than "as" ("described X as Y when ..."). */
  private boolean adjunctAt(int i) {
    return article.isComma(i) || article.is(i, "subordinator") && !article.is(i, "as");
  }
}
