package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Source;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * "X reported, citing two security sources, that ..." and "Citing unnamed sources, the newspaper
 * said ...": the cited sources get an attribution of the same content, reported via X's.
 */
final class Citations {

  static final String NAME = "attribution:citing";

  private final Article article;
  private final NounPhrases phrases;
  private final Sources sources;

  Citations(Article article, NounPhrases phrases, Sources sources) {
    this.article = article;
    this.phrases = phrases;
    this.sources = sources;
  }

  /** The attributions plus one per citing phrase in a sentence that holds one of them. */
  List<Attribution> add(List<Attribution> attributions, Claims claims) {
    List<Attribution> all = new ArrayList<>(attributions);
    for (Attribution outer : attributions) {
      Sentence sentence = article.sentenceOf(tokenAt(outer.cue().span().begin()));
      int end = sentence.tokens().end();
      for (int i = sentence.tokens().first(); i < end; i++) {
        LemmaPhrases.Match<String> cue = article.lexicon().cuePhrase(article.tokens(), i, end);
        TokenSpan cited =
            cue == null || !cue.value().equals("citing") || !claims.isFree(i)
                ? null
                : phrases.startingAt(cue.end(), end);
        if (cited == null || !namesSource(article, phrases, cited)) {
          continue;
        }
        TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
        claims.claim(cueSpan);
        Source source = sources.named(cited, all);
        all.add(
            new Attribution(
                "a" + (all.size() + 1),
                outer.kind(),
                Excerpt.of(article.doc().text(), article.span(cue.first(), cue.end() - 1)),
                outer.content(),
                source,
                outer.id(),
                outer.inHeadline(),
                NAME,
                outer.contentParts()));
      }
    }
    return List.copyOf(all);
  }

  /**
   * True when the phrase {@code cited} after "citing" or "quoting" names a source: a name, a
   * pronoun, a recognized entity, a source noun or counted people ("citing officials", "quoting the
   * Post", "citing two council members"); not a reason ("citing fears of terrorism"), which is what
   * the participle reports.
   */
  static boolean namesSource(Article article, NounPhrases phrases, TokenSpan cited) {
    int head = phrases.head(cited);
    Token token = article.token(head);
    return token.isPos("NNP")
        || token.isPos("PRP")
        || token.hasNer() && !phrases.isTemporal(head)
        || article.lexicon().sourceHead(article.tokens(), head, head + 1) != null
        || token.pos().equals("NNS") && counted(article, cited, head);
  }

  /** True when a number or quantifier stands in the phrase before its head ("two members"). */
  private static boolean counted(Article article, TokenSpan phrase, int head) {
    for (int i = phrase.first(); i < head; i++) {
      if (article.token(i).isPos("CD") || article.is(i, WordClass.QUANTIFIER_PRONOUN)) {
        return true;
      }
    }
    return false;
  }

  private int tokenAt(int offset) {
    return article.tokenEndingAfter(offset);
  }
}
