package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.text.Sentence;

/**
 * "his claim that CONTENT", "the senator's fear that CONTENT": a possessive, a noun of a claim or a
 * state of mind (stance-nouns.tsv) and a "that" clause; the possessor is the source. Words inside a
 * quotation are left out.
 */
final class StanceNounRule implements Rule {

  static final String NAME = "attribution:stance-noun";

  private static final int MAX_MODIFIERS = 2;

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int noun = first + 1; noun < end - 3; noun++) {
      Boolean belief = article.lexicon().stanceNoun(article.token(noun));
      int that = noun + 1;
      if (belief == null
          || article.insideQuote(noun)
          || !article.is(that, WordClass.COMPLEMENTIZER)
          || !article.token(that).isPos("IN")
          || !article.phrases().clauseStartsAt(that + 1, end)) {
        continue;
      }
      TokenSpan source = possessor(article, noun, first);
      TokenSpan content = source == null ? null : content(article, that + 1, sentence);
      if (content != null && content.end() - content.first() > 2) {
        AttributionKind kind = belief ? AttributionKind.BELIEF : null;
        found.add(Candidate.named(kind, new TokenSpan(noun, noun + 1), content, source));
      }
    }
    return found;
  }

  /**
   * The clause from {@code start}; when the noun stands before the sentence's first tensed verb
   * ("Contrary to his claim that ..., the plan ...", "Her fear that ... proved right") the clause
   * ends where the main clause goes on.
   */
  private static TokenSpan content(Article article, int start, Sentence sentence) {
    Contents contents = article.contents();
    int end = contents.end(start, sentence);
    if (!article.hasFiniteVerb(sentence.tokens().first(), start)) {
      end = contents.frontedClauseEnd(start, end);
      int verb = start;
      while (verb < end && !article.isFiniteVerb(verb)) {
        verb++;
      }
      end = Math.min(end, secondVerbGroup(article, verb, end));
    }
    return contents.trim(start, end);
  }

  /**
   * Where a tensed verb after the clause's own verb group stands with no conjunction, comma,
   * preposition or relative word before it ("... would sink proved right"), or {@code end}.
   */
  private static int secondVerbGroup(Article article, int verb, int end) {
    int i = verb + 1;
    while (i < end && nonFinite(article, i)) {
      i++;
    }
    if (i < end && article.token(i).pos().equals("VBN")) {
      return i; // "would sink proved right": a past tense tagged as a participle
    }
    for (; i < end; i++) {
      if (article.isFiniteVerb(i)) {
        return i;
      }
      if (article.token(i).isPos("CC")
          || article.token(i).isPos("IN")
          || article.token(i).isPos("W")
          || article.isComma(i)
          || article.isQuote(i)) {
        return end; // another clause may open here: leave the end alone
      }
    }
    return end;
  }

  /** An adverb, or a verb form without tense in the group: a participle only after "have"/"be". */
  private static boolean nonFinite(Article article, int i) {
    String pos = article.token(i).pos();
    return pos.startsWith("RB")
        || pos.equals("VB")
        || pos.equals("VBG")
        || pos.equals("VBN") && article.isAuxiliary(i - 1);
  }

  /**
   * "his" or "the senator's" before the noun, across up to two adjectives ("her repeated claim"):
   * the possessive pronoun, or the noun phrase before "'s"; else null.
   */
  private static TokenSpan possessor(Article article, int noun, int first) {
    int i = noun - 1;
    while (i > first && noun - i <= MAX_MODIFIERS && article.token(i).isPos("JJ")) {
      i--;
    }
    if (article.token(i).pos().equals("PRP$")) {
      return new TokenSpan(i, i + 1);
    }
    if (article.token(i).pos().equals("POS") && i > first) {
      return article.phrases().endingAt(i - 1, first);
    }
    return null;
  }
}
