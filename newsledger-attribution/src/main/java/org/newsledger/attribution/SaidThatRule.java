package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.AttributionKind;
import org.newsledger.core.facts.SourceType;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;

/**
 * "X said (that) CONTENT", "X said: CONTENT", "X told reporters CONTENT": a subject, a cue verb and
 * a reported clause after it. A definite document subject ("The statement also noted that ...")
 * takes the issuer of the statement reported before.
 */
final class SaidThatRule implements Rule {

  private static final int MAX_TAIL_TOKENS = 5;

  static final String NAME = "attribution:said-that";
  static final String STATEMENT_ISSUER = "attribution:statement-issuer";

  /** True for the rule that keeps document subjects ({@value #STATEMENT_ISSUER}) only. */
  private final boolean documentSubjects;

  /**
   * The rule for named speakers ({@value #NAME}) or, with {@code documentSubjects}, for definite
   * document subjects ({@value #STATEMENT_ISSUER}); both read the sentence the same way and keep
   * only their own subjects.
   */
  SaidThatRule(boolean documentSubjects) {
    this.documentSubjects = documentSubjects;
  }

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    ObjectContents objects = article.objects();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    for (int i = first + 1; i < end; i++) {
      LemmaPhrases.Match<CueVerb> cue = article.lexicon().cueVerb(article.tokens(), i, end);
      int tensed = raisingVerb(article, i, first);
      if (cue == null || !finiteOrAuxiliated(article, tensed, first) || !speakerCue(article, i)) {
        continue;
      }
      TokenSpan subject = subject(article, phrases, tensed, first, end);
      CueVerb verb =
          subject == null ? cue.value() : findingOf(article, phrases, subject, cue.value());
      int start = subject == null ? -1 : contents.complementStart(verb, cue.end(), end);
      TokenSpan block = subject == null ? null : contents.paragraphAfterColon(cue.end(), sentence);
      if (start < 0 && block != null && claims.isFree(new TokenSpan(cue.first(), cue.end()))) {
        // "He said:" closing its paragraph: the next paragraph is what he said
        keep(
            found,
            finding(
                article,
                phrases,
                new TokenSpan(cue.first(), cue.end()),
                block,
                subject,
                kindOf(cue.value())));
        continue;
      }
      if (start >= 0
          && quotedBefore(article, subject.first(), first)
          && (article.isOpenQuote(start) || contents.complementStart(cue.end(), end) < 0)) {
        continue; // "\"A,\" X said, \"B.\"": the quotation before is the content (SaidAfterRule)
      }
      if (start == cue.end() && article.is(start, WordClass.COORDINATOR)) {
        continue; // "who said and did the same": a second verb follows, not a complement
      }
      if (start == cue.end() && adjunctClause(article, start)) {
        continue; // "said when she resigned": when, not what
      }
      TokenSpan content = start < 0 ? null : contents.trim(start, contents.end(start, sentence));
      if (content != null && reportingTail(article, content, cue.end())) {
        continue; // "Those talks are continuing, he said.": the words before are the content
      }
      if (content != null && start != contents.complementStart(cue.end(), end)) {
        content = contents.trim(start, objects.end(start, content.end()));
      }
      if (content != null
          && subject.first() > first
          && openedBySubordinator(article, subject, first)) {
        content = contents.trim(start, contents.frontedClauseEnd(start, content.end()));
      }
      if (content != null) {
        content = SecondPredicates.before(article, contents, tensed, content);
      }
      if (content != null && phrases.isRelativeWho(subject.first())) {
        content = RelativeContents.of(article, contents, subject.first(), content);
      }
      TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
      if (content != null && claims.isFree(cueSpan)) {
        // a document's finding is a report, not a state of mind
        AttributionKind kind = verb == cue.value() ? kindOf(verb) : null;
        keep(found, finding(article, phrases, cueSpan, content, subject, kind));
        i = cue.end() - 1;
      }
    }
    return found;
  }

  /**
   * True for a content that is only a speaker and a cue verb after a comma ("..., he said"): the
   * reporting clause of the words before the comma, not a complement.
   */
  private static boolean reportingTail(Article article, TokenSpan content, int cueEnd) {
    int last = content.end() - 1;
    boolean comma = false;
    for (int i = cueEnd; i < content.first(); i++) {
      comma |= article.isComma(i);
    }
    return comma
        && last > content.first()
        && content.end() - content.first() <= MAX_TAIL_TOKENS
        && article.lexicon().cueVerb(article.tokens(), last, last + 1) != null
        && article.isFiniteVerb(last);
  }

  /** True at a subordinator that opens an adverbial clause, not a reported question ("if"). */
  private static boolean adjunctClause(Article article, int start) {
    return article.is(start, WordClass.SUBORDINATOR) && !article.is(start, WordClass.WH_COMPLEMENT);
  }

  /**
   * False for a cue inside a quotation ("I think ...", "you say you ..."): the quotation is the
   * quoted speaker's own statement, reported by the cue outside it; false too for a participle
   * modifying the noun after it ("384 pledged delegates", "the reported talks").
   */
  static boolean speakerCue(Article article, int verb) {
    return !article.insideQuote(verb) && !article.phrases().modifiesNextNoun(verb, -1);
  }

  /**
   * True when a quotation that opens the sentence closes with a comma just before the subject
   * ("\"A,\" X said"); a quoted title inside a phrase ("the broadcast of \"Fox News Sunday,\" X
   * said") does not count.
   */
  static boolean quotedBefore(Article article, int subjectFirst, int first) {
    int before = subjectFirst - 1;
    if (before <= first) {
      return false;
    }
    int close =
        article.isCloseQuote(before) && article.isComma(before - 1)
            ? before
            : article.isComma(before) && article.isCloseQuote(before - 1) ? before - 1 : -1;
    return close >= 0 && opensQuotation(article, close, first);
  }

  /** True when the quotation closed at {@code close} opens at the sentence start or before it. */
  private static boolean opensQuotation(Article article, int close, int first) {
    for (int i = close - 1; i >= first; i--) {
      if (article.isOpenQuote(i)) {
        return i == first;
      }
    }
    return true;
  }

  /**
   * The tensed verb that raises the cue at {@code verb} ("She appeared to suggest"), whose subject
   * and tense the cue shares; else {@code verb}.
   */
  private static int raisingVerb(Article article, int verb, int first) {
    boolean raised =
        verb - 2 >= first
            && article.token(verb).isPos("VB")
            && article.token(verb - 1).pos().equals("TO")
            && article.is(verb - 2, WordClass.RAISING);
    return raised ? verb - 2 : verb;
  }

  /** The subject before the verb, or for "and said" the one opening the sentence. */
  private static TokenSpan subject(
      Article article, NounPhrases phrases, int verb, int first, int end) {
    TokenSpan subject = phrases.subjectBefore(verb, first);
    if (subject != null || verb == first || !article.token(verb - 1).isPos("CC")) {
      return subject;
    }
    TokenSpan opening = ParticipleRule.openingSubject(article, phrases, first, end);
    int comma = opening == null ? frontedAdjunctEnd(article, first, verb) : -1;
    return comma < 0 ? opening : ParticipleRule.openingSubject(article, phrases, comma + 1, end);
  }

  /**
   * The comma closing a phrase that opens the sentence before its subject ("In his speech, Ann Lee
   * urged ... and criticized"), when no tensed verb stands in it; else -1.
   */
  private static int frontedAdjunctEnd(Article article, int first, int verb) {
    if (!article.token(first).isPos("IN") && !article.token(first).isPos("RB")) {
      return -1;
    }
    for (int i = first + 1; i < verb; i++) {
      if (article.isFiniteVerb(i) || article.isQuote(i)) {
        return -1;
      }
      if (article.isComma(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The cue verb as a document subject uses it: a poll or a study that "found" or "saw" something
   * reports whatever follows ("A June survey found Roth leading"); else the cue verb itself.
   */
  private static CueVerb findingOf(
      Article article, NounPhrases phrases, TokenSpan subject, CueVerb verb) {
    if (!verb.cueClass().equals("perception") || verb.complement() == CueVerb.Complement.ANY) {
      return verb;
    }
    int head = phrases.head(subject);
    LemmaPhrases.Match<SourceType> type =
        article.lexicon().sourceHead(article.tokens(), head, head + 1);
    return type != null && type.value() == SourceType.DOCUMENT
        ? new CueVerb(verb.cueClass(), CueVerb.Complement.ANY, verb.addressee())
        : verb;
  }

  /** BELIEF for a state of mind, else null: the content's quotation marks decide. */
  static AttributionKind kindOf(CueVerb cue) {
    return cue.isMental() ? AttributionKind.BELIEF : null;
  }

  private void keep(List<Candidate> found, Candidate candidate) {
    if ((candidate.implicit() == Finding.ImplicitSource.STATEMENT_ISSUER) == documentSubjects) {
      found.add(candidate);
    }
  }

  private static Candidate finding(
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
        && subject.end() - subject.first() <= 3
        && !namesItsIssuer(article, subject, head)) {
      return new Candidate(kind, cue, content, subject, Finding.ImplicitSource.STATEMENT_ISSUER);
    }
    return Candidate.named(kind, cue, content, subject);
  }

  /**
   * True when a proper noun or a nationality before the head names who issued it ("the US
   * statement", "the Swedish statement").
   */
  private static boolean namesItsIssuer(Article article, TokenSpan subject, int head) {
    for (int i = subject.first(); i < head; i++) {
      Token token = article.token(i);
      boolean properAdjective = token.isPos("JJ") && Character.isUpperCase(token.text().charAt(0));
      if (token.isPos("NNP") || properAdjective) {
        return true;
      }
    }
    return false;
  }

  /** True when "by" follows the participle or its particle ("the plan called for by unions"). */
  static boolean agentFollows(Article article, int verb) {
    for (int i = verb + 1; i < Math.min(verb + 3, article.tokens().size()); i++) {
      if (article.token(i).lemma().equals("by")) {
        return true;
      }
      if (!article.token(i).isPos("IN") && !article.token(i).isPos("RP")) {
        return false;
      }
    }
    return false;
  }

  /** True when "that" follows the verb, across time words ("noted Friday that"). */
  private static boolean thatFollows(Article article, int verb) {
    int i = verb + 1;
    while (i < article.tokens().size() && article.phrases().isTemporal(i)) {
      i++;
    }
    return i < article.tokens().size()
        && article.is(i, WordClass.COMPLEMENTIZER)
        && article.token(i).pos().equals("IN");
  }

  /** True for a tensed verb, or a participle or base form after its auxiliary ("are saying"). */
  static boolean finiteOrAuxiliated(Article article, int verb, int first) {
    String pos = article.token(verb).pos();
    if (article.isFiniteVerb(verb) && !pos.equals("MD")) {
      return true;
    }
    if (pos.equals("VBN") && verb > first && article.token(verb - 1).isPos("NNP")) {
      return !agentFollows(
          article, verb); // "the NAACP called for": a past tense read as participle
    }
    if (pos.equals("VBN") && verb > first + 1 && article.isComma(verb - 1)) {
      return !agentFollows(article, verb) // "Lee, a former aide, endorsed": a past tense
          && article.phrases().subjectBefore(verb, first) != null;
    }
    if (pos.equals("VBN") && verb > first && article.is(verb - 1, WordClass.COORDINATOR)) {
      return !agentFollows(article, verb) // "criticized X and called for": a second past tense
          && article.hasFiniteVerb(first, verb - 1);
    }
    if (pos.equals("VBN") && verb > first && article.isNominal(verb - 1)) {
      return thatFollows(article, verb); // "The council noted Friday that": no participle does
    }
    int aux = verb - 1;
    while (aux >= first && article.token(aux).isPos("RB")) {
      aux--;
    }
    if (aux < first || !article.isAuxiliary(aux)) {
      return false;
    }
    if (article.contractedAuxiliary(aux)) {
      return pos.equals("VBG") || pos.equals("VBN"); // "he's claiming", "she's said"
    }
    String auxLemma = article.token(aux).lemma();
    return switch (pos) {
      case "VBG" -> auxLemma.equals("be");
      case "VBN" -> auxLemma.equals("have");
      case "VB" -> !auxLemma.equals("be") && !auxLemma.equals("have");
      default -> false;
    };
  }

  /**
   * True when the cue's clause is a subordinate one opening the sentence or set off after a comma
   * ("When X asked Y if ..., Z", "Last month, when I asked him if ..., he looked ..."): its content
   * ends where the main clause begins.
   */
  private static boolean openedBySubordinator(Article article, TokenSpan subject, int first) {
    if (article.is(first, WordClass.SUBORDINATOR)) {
      return true;
    }
    int before = subject.first() - 1;
    return before > first
        && article.is(before, WordClass.SUBORDINATOR)
        && article.isComma(before - 1);
  }
}
