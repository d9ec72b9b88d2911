package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Source;
import org.newsledger.core.text.Sentence;

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
        if (cited == null || !speakerLike(cited)) {
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
                NAME));
      }
    }
    return List.copyOf(all);
  }

  /**
   * True for a name, a pronoun, a plural or a source noun ("citing two council members"): not a
   * reason ("citing the risk of delay").
   */
  private boolean speakerLike(TokenSpan cited) {
    int head = phrases.head(cited);
    return article.token(head).isPos("NNP")
        || article.token(head).pos().equals("NNS")
        || article.token(head).isPos("PRP")
        || article.token(head).hasNer() && !phrases.isTemporal(head)
        || article.lexicon().sourceHead(article.tokens(), head, head + 1) != null;
  }

  private int tokenAt(int offset) {
    for (int i = 0; i < article.tokens().size(); i++) {
      if (article.token(i).end() > offset) {
        return i;
      }
    }
    return article.tokens().size() - 1;
  }
}
