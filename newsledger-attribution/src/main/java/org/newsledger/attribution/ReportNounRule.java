package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.text.Sentence;

/**
 * A report noun with a named source and content: "media reports, including from the Axios website,
 * about CONTENT", "a Reuters report that CONTENT". Reports with no recoverable source are left out.
 */
final class ReportNounRule implements Rule {

  static final String NAME = "attribution:report-noun";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int noun = first; noun < end - 2; noun++) {
      if (!article.lexicon().isReportNoun(article.token(noun))) {
        continue;
      }
      TokenSpan cue = new TokenSpan(noun, noun + 1);
      TokenSpan source = premodifier(article, phrases, noun, first);
      int next = noun + 1;
      TokenSpan specific = specificSource(article, phrases, next, end);
      if (specific != null) {
        source = specific;
        next = skipComma(article, specific.end(), end);
      }
      TokenSpan content = content(article, contents, next, end);
      if (source != null && content != null) {
        found.add(Candidate.named(AttributionKind.REPORT, cue, content, source));
      }
    }
    return found;
  }

  /** "media reports", "Reuters' report", "the ministry's statement": a source-like premodifier. */
  private static TokenSpan premodifier(Article article, NounPhrases phrases, int noun, int first) {
    TokenSpan phrase = phrases.endingAt(noun, first);
    if (phrase == null || phrase.first() == noun) {
      return null;
    }
    int last = noun - 1;
    if (article.token(last).isPos("POS")) {
      last--;
    }
    TokenSpan modifier = last < phrase.first() ? null : phrases.endingAt(last, phrase.first());
    return modifier != null && sourceLike(article, modifier) ? modifier : null;
  }

  private static boolean sourceLike(Article article, TokenSpan modifier) {
    for (int i = modifier.first(); i < modifier.end(); i++) {
      LemmaPhrases.Match<SourceType> head =
          article.lexicon().sourceHead(article.tokens(), i, i + 1);
      boolean named = article.token(i).isPos("NNP") && article.token(i).hasNer();
      if (named || head != null && head.value() != SourceType.DOCUMENT) {
        return true;
      }
    }
    return false;
  }

  /** ", including from the Axios website," or "by Reuters": the source named after the noun. */
  private static TokenSpan specificSource(Article article, NounPhrases phrases, int from, int end) {
    int i = from < end && article.isComma(from) ? from + 1 : from;
    LemmaPhrases.Match<String> cue =
        i < end ? article.lexicon().cuePhrase(article.tokens(), i, end) : null;
    if (cue == null || !cue.value().equals("including-from")) {
      return null;
    }
    TokenSpan source = phrases.startingAt(cue.end(), end);
    return source != null && sourceLike(article, source) ? source : null;
  }

  private static int skipComma(Article article, int from, int end) {
    return from < end && article.isComma(from) ? from + 1 : from;
  }

  /** "about X", "that CLAUSE", "on X": the content up to the next comma or the sentence end. */
  private static TokenSpan content(Article article, Contents contents, int from, int end) {
    if (from >= end) {
      return null;
    }
    boolean marker =
        article.is(from, WordClass.TOPIC)
            || article.is(from, WordClass.COMPLEMENTIZER) && article.token(from).isPos("IN");
    if (!marker) {
      return null;
    }
    int stop = from + 1;
    while (stop < end && !article.isComma(stop) && !article.isDash(stop)) {
      stop++;
    }
    TokenSpan content = contents.trim(from + 1, stop);
    return content == null || content.end() - content.first() < 2 ? null : content;
  }
}
