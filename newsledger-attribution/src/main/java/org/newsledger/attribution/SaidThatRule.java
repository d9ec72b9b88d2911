package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.text.Sentence;

/**
 * "X said (that) CONTENT", "X said: CONTENT", "X told reporters CONTENT": a subject, a cue verb and
 * a reported clause after it. A definite document subject ("The statement also noted that ...")
 * takes the issuer of the statement reported before.
 */
final class SaidThatRule implements Rule {

  static final String NAME = "attribution:said-that";
  static final String STATEMENT_ISSUER = "attribution:statement-issuer";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> find(Article article, Sentence sentence, Claims claims) {
    List<Finding> found = new ArrayList<>();
    NounPhrases phrases = new NounPhrases(article);
    Contents contents = new Contents(article, phrases);
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int verb = first + 1; verb < end; verb++) {
      LemmaPhrases.Match<CueVerb> cue = article.lexicon().cueVerb(article.tokens(), verb, end);
      if (cue == null
          || !finiteOrAuxiliated(article, verb, first)
          || !speakerCue(article, cue.value(), verb)) {
        continue;
      }
      TokenSpan subject = subject(article, phrases, verb, first, end);
      int start = subject == null ? -1 : contents.complementStart(cue.value(), cue.end(), end);
      if (start >= 0
          && quotedBefore(article, subject.first(), first)
          && (article.isOpenQuote(start) || contents.complementStart(cue.end(), end) < 0)) {
        continue; // "\"A,\" X said, \"B.\"": the quotation before is the content (SaidAfterRule)
      }
      TokenSpan content = start < 0 ? null : contents.trim(start, contents.end(start, sentence));
      TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
      if (content != null && claims.isFree(cueSpan)) {
        found.add(finding(article, phrases, cueSpan, content, subject, kindOf(cue.value())));
        verb = cue.end() - 1;
      }
    }
    return found;
  }

  /** False for a state of mind inside a quotation ("I think ..."): the quote is the statement. */
  static boolean speakerCue(Article article, CueVerb cue, int verb) {
    return !cue.isMental() || !article.insideQuote(verb);
  }

  /** True when a quotation closes with a comma just before the subject ("\"A,\" X said"). */
  static boolean quotedBefore(Article article, int subjectFirst, int first) {
    int before = subjectFirst - 1;
    if (before <= first) {
      return false;
    }
    return article.isCloseQuote(before) && article.isComma(before - 1)
        || article.isComma(before) && article.isCloseQuote(before - 1);
  }

  /** The subject before the verb, or for "and said" the one opening the sentence. */
  private static TokenSpan subject(
      Article article, NounPhrases phrases, int verb, int first, int end) {
    TokenSpan subject = phrases.subjectBefore(verb, first);
    if (subject != null || !article.token(verb - 1).isPos("CC")) {
      return subject;
    }
    return ParticipleRule.openingSubject(article, phrases, first, end);
  }

  /** BELIEF for a state of mind, else null: the content's quotation marks decide. */
  static AttributionKind kindOf(CueVerb cue) {
    return cue.isMental() ? AttributionKind.BELIEF : null;
  }

  private static Finding finding(
      Article article,
      NounPhrases phrases,
      TokenSpan cue,
      TokenSpan content,
      TokenSpan subject,
      AttributionKind kind) {
    int head = phrases.head(subject);
    LemmaPhrases.Match<SourceType> type =
        article.lexicon().sourceHead(article.tokens(), head, head + 1);
    boolean definite =
        article.token(subject.first()).isPos("DT")
            && !article.token(subject.first()).lemma().equals("a");
    if (type != null
        && type.value() == SourceType.DOCUMENT
        && definite
        && subject.end() - subject.first() <= 3) {
      return new Finding(
          STATEMENT_ISSUER, kind, cue, content, subject, Finding.ImplicitSource.STATEMENT_ISSUER);
    }
    return Finding.named(NAME, kind, cue, content, subject);
  }

  /** True for a tensed verb, or a participle or base form after its auxiliary ("are saying"). */
  static boolean finiteOrAuxiliated(Article article, int verb, int first) {
    String pos = article.token(verb).pos();
    if (article.isFiniteVerb(verb) && !pos.equals("MD")) {
      return true;
    }
    int aux = verb - 1;
    while (aux >= first && article.token(aux).isPos("RB")) {
      aux--;
    }
    if (aux < first || !article.isAuxiliary(aux)) {
      return false;
    }
    String auxLemma = article.token(aux).lemma();
    return switch (pos) {
      case "VBG" -> auxLemma.equals("be");
      case "VBN" -> auxLemma.equals("have");
      case "VB" -> !auxLemma.equals("be") && !auxLemma.equals("have");
      default -> false;
    };
  }
}
