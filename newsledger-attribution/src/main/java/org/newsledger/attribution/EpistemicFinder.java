package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.Excerpt;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.EpistemicKind;
import org.newsledger.core.facts.Source;
import org.newsledger.core.text.Sentence;

/**
 * Finds stances that are not statements: "did not confirm this information", "declined to comment",
 * "denied the report". A target that refers back ("it", "this information") is resolved to the
 * content of the report or attribution before it.
 */
final class EpistemicFinder {

  static final String STANCE = "epistemic:stance-phrase";
  static final String OBJECT = "epistemic:confirm-deny-object";

  private final Article article;
  private final NounPhrases phrases;
  private final Contents contents;
  private final Sources sources;

  EpistemicFinder(Article article, NounPhrases phrases, Sources sources) {
    this.article = article;
    this.phrases = phrases;
    this.contents = article.contents();
    this.sources = sources;
  }

  /** The acts in the text, ids "x1".., given the attributions already found. */
  List<EpistemicAct> find(List<Attribution> attributions, Claims claims) {
    List<EpistemicAct> acts = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      int end = sentence.tokens().end();
      for (int i = sentence.tokens().first(); i < end; i++) {
        LemmaPhrases.Match<EpistemicKind> match =
            article.lexicon().epistemicAct(article.tokens(), i, end);
        EpistemicAct act =
            match == null || !claims.isFree(i)
                ? null
                : act(sentence, match, attributions, "x" + (acts.size() + 1));
        if (act != null) {
          acts.add(act);
          i = match.end() - 1;
        }
      }
    }
    return acts;
  }

  private EpistemicAct act(
      Sentence sentence,
      LemmaPhrases.Match<EpistemicKind> match,
      List<Attribution> attributions,
      String id) {
    EpistemicKind kind = match.value();
    boolean affirmative = kind == EpistemicKind.CONFIRMED || kind == EpistemicKind.DENIED;
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    if (affirmative
        && (!article.isFiniteVerb(match.first())
            || contents.complementStart(match.end(), end) >= 0)) {
      return null;
    }
    List<Attribution> earlier = before(attributions, match.first());
    TokenSpan actorWords = actor(match.first(), first);
    Source actor =
        actorWords != null ? sources.named(actorWords, earlier) : elided(sentence, earlier);
    TokenSpan target = target(kind, match.end(), end);
    if (actor == null || affirmative && target == null) {
      return null;
    }
    String text = article.doc().text();
    int spanBegin = actorWords != null ? actorWords.first() : match.first();
    int spanLast = target != null ? target.last() : match.end() - 1;
    return new EpistemicAct(
        id,
        kind,
        actor,
        Excerpt.of(text, article.span(match.first(), match.end() - 1)),
        target == null ? null : resolve(target, earlier),
        article.span(spanBegin, spanLast),
        affirmative ? OBJECT : STANCE);
  }

  private TokenSpan actor(int cue, int first) {
    int i = cue - 1;
    while (i >= first && article.token(i).isPos("RB")) {
      i--;
    }
    return i < first || article.token(i).isPos("CC") ? null : phrases.endingAt(i, first);
  }

  /** The subject a coordinated verb shares: the source of a clause earlier in the sentence. */
  private Source elided(Sentence sentence, List<Attribution> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Attribution a = earlier.get(i);
      if (sentence.span().contains(a.cue().span())) {
        return a.source();
      }
    }
    return null;
  }

  private TokenSpan target(EpistemicKind kind, int from, int end) {
    if (from >= end) {
      return null;
    }
    boolean topic = article.is(from, WordClass.TOPIC) && kind == EpistemicKind.DECLINED_TO_COMMENT;
    int start = topic ? from + 1 : from;
    int clause = contents.complementStart(from, end);
    if (clause >= 0) {
      return contents.trim(clause, contents.end(clause, article.sentenceOf(from)));
    }
    TokenSpan noun = phrases.startingAt(start, end);
    if (noun == null || kind == EpistemicKind.DECLINED_TO_COMMENT && start == from) {
      return null;
    }
    int stop = noun.end();
    if (stop < end && article.token(stop).isPos("IN")) {
      while (stop < end && !article.isPunctuation(stop)) {
        stop++;
      }
    }
    return new TokenSpan(noun.first(), stop);
  }

  /** The content of the report or attribution a referring target ("it") points back to. */
  private Excerpt resolve(TokenSpan target, List<Attribution> earlier) {
    String text = article.doc().text();
    Excerpt words = Excerpt.of(text, article.span(target.first(), target.last()));
    if (!refersBack(target)) {
      return words;
    }
    Attribution latestReport = null;
    Attribution latest = null;
    for (Attribution a : earlier) {
      latest = a;
      latestReport = a.kind() == AttributionKind.REPORT ? a : latestReport;
    }
    Attribution antecedent = latestReport != null ? latestReport : latest;
    return antecedent == null ? words : antecedent.content();
  }

  /**
   * "it", "this information", or a definite report noun or noun of something said ("the report",
   * "the claims", "the accusation").
   */
  private boolean refersBack(TokenSpan target) {
    if (article.is(target.first(), WordClass.REFERRING)) {
      return true;
    }
    boolean definite = article.token(target.first()).lemma().equalsIgnoreCase("the");
    return definite
        && target.last() - target.first() == 1
        && (article.lexicon().isReportNoun(article.token(target.last()))
            || Boolean.FALSE.equals(article.lexicon().stanceNoun(article.token(target.last()))));
  }

  /** The attributions whose cue comes before token {@code token}. */
  private List<Attribution> before(List<Attribution> attributions, int token) {
    int offset = article.token(token).begin();
    return attributions.stream().filter(a -> a.cue().span().begin() < offset).toList();
  }
}
