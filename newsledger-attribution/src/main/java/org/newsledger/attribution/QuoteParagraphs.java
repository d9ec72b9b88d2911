package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * Stretches a quotation that ends its paragraph's last attribution over the next paragraph when
 * that paragraph is one whole quotation with no cue of its own: "\"A,\" X said." followed by
 * "\"B.\"" is one content from A to B.
 */
final class QuoteParagraphs {

  private final Article article;

  QuoteParagraphs(Article article) {
    this.article = article;
  }

  /**
   * The findings (sorted by cue) with each paragraph-ending quotation stretched where it goes on.
   */
  List<Finding> stretch(List<Finding> findings) {
    List<Finding> stretched = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      Finding next = i + 1 < findings.size() ? findings.get(i + 1) : null;
      int end = continuationEnd(finding, next);
      TokenSpan content = end < 0 ? null : article.contents().trim(finding.content().first(), end);
      stretched.add(
          content == null
              ? finding
              : new Finding(
                  finding.rule(),
                  finding.kind(),
                  finding.cue(),
                  content,
                  finding.source(),
                  finding.implicit()));
    }
    return stretched;
  }

  /**
   * Index of the closing quote of the quoted paragraph after the finding's, when the finding's
   * content is quoted, the next finding's cue lies beyond that paragraph, nothing but the quotation
   * fills it, it is no quoted heading and its words outweigh the reporting clause's; else -1.
   */
  private int continuationEnd(Finding finding, Finding next) {
    int first = finding.content().first();
    Sentence sentence = article.sentenceOf(finding.cue().first());
    int paragraphEnd = article.paragraphEndToken(sentence);
    if (first == 0
        || !article.isOpenQuote(first - 1)
        || first < article.paragraphFirstToken(sentence)
        || finding.content().end() > paragraphEnd
        || paragraphEnd >= article.tokens().size()) {
      return -1;
    }
    Sentence following = article.sentenceOf(paragraphEnd);
    int followingEnd = article.paragraphEndToken(following);
    if (!article.paragraphOf(following).zone().isText()
        || !article.isOpenQuote(paragraphEnd)
        || next != null && next.cue().first() < followingEnd) {
      return -1;
    }
    Quotations quotations = article.quotations();
    int close = quotations.closingQuote(paragraphEnd, followingEnd);
    boolean pays =
        Quotations.joinPays(
            quotations.words(first, finding.content().end()),
            quotations.words(paragraphEnd, close),
            quotations.words(finding.content().end(), paragraphEnd));
    boolean heading =
        close > paragraphEnd + 1
            && QuoteContinuationRule.titleCased(article, new TokenSpan(paragraphEnd + 1, close));
    return close == followingEnd - 1 && pays && !heading ? close : -1;
  }
}
