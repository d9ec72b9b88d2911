package org.newsledger.attribution;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsledger.core.text.Pos;
import org.newsledger.core.text.Token;

/** Finds noun phrases around a position with part-of-speech patterns (no parser). */
final class NounPhrases {

  /** Prepositional phrases or conjuncts a clause's subject may carry before its verb. */
  private static final int MAX_POSTMODIFIERS = 2;

  private static final int MAX_TOKENS = 12;
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final int MAX_APPOSITIVE_TOKENS = 30;
  private static final int MAX_BRACKET_TOKENS = 8;
  private static final int MAX_NAME_TOKENS = 4;

  /**
   * Comma-separated asides between a subject and its verb ("Cory Lee, 22, of Flint, Mich., said").
   */
  private static final int MAX_ASIDES = 3;

  private static final int MAX_RELATIVE_TOKENS = 12;

  private final Article article;

  NounPhrases(Article article) {
    this.article = article;
  }

  /** The noun phrase ending at nominal token {@code last}, from {@code lowerBound}, or null. */
  TokenSpan endingAt(int last, int lowerBound) {
    if (last < lowerBound || !article.isNominal(last)) {
      return null;
    }
    if (article.token(last).pos().equals("PRP")) {
      return ownedBy(last, last, lowerBound); // "he", "many of them"
    }
    int first = last;
    while (first - 1 >= lowerBound && last - first < MAX_TOKENS && extendsBackward(first - 1)) {
      first--;
      if (article.token(first).isPos("DT") || article.token(first).isPos("PRP$")) {
        break;
      }
    }
    while (first < last && !startsPhrase(first)) {
      first++;
    }
    return ownedBy(first, last, lowerBound);
  }

  /**
   * The phrase {@code [first, last]} stretched back over a noun and "of" before it ("60 percent of
   * those polled"), else the phrase itself.
   */
  private TokenSpan ownedBy(int first, int last, int lowerBound) {
    int of = first - 1;
    if (of - 1 >= lowerBound
        && article.token(of).lemma().equals("of")
        && (article.isNominal(of - 1) || article.is(of - 1, WordClass.QUANTIFIER_PRONOUN))
        && !article.token(of - 1).pos().equals("PRP")) {
      TokenSpan owner =
          article.is(of - 1, WordClass.QUANTIFIER_PRONOUN)
              ? new TokenSpan(of - 1, of)
              : endingAt(of - 1, Math.max(lowerBound, last - MAX_TOKENS));
      return owner == null
          ? new TokenSpan(first, last + 1)
          : new TokenSpan(owner.first(), last + 1);
    }
    return new TokenSpan(first, last + 1);
  }

  private boolean extendsBackward(int i) {
    String pos = article.token(i).pos();
    if (pos.equals("IN")) {
      return article.token(i).lemma().equals("of") && i > 0 && article.isNominal(i - 1);
    }
    return pos.startsWith("NN")
        || pos.startsWith("JJ")
        || gradedModifier(i)
        || pos.equals("DT")
        || pos.equals("PRP$")
        || pos.equals("POS")
        || pos.equals("CD")
        || pos.equals("HYPH") && !article.isDash(i)
        || article.inHyphenatedWord(i) // "The far-right leader"
        || pos.equals("VBN") && i + 1 < article.tokens().size() && article.token(i + 1).isPos("NN");
  }

  private boolean startsPhrase(int i) {
    String pos = article.token(i).pos();
    return !pos.equals("IN") && !pos.equals("POS") && !pos.equals("HYPH");
  }

  /** The noun phrase starting at {@code first}, ending before {@code limit}, or null. */
  TokenSpan startingAt(int first, int limit) {
    int end = first;
    int lastNominal = -1;
    while (end < limit && end - first < MAX_TOKENS && continuesForward(end, first)) {
      if (article.isNominal(end)) {
        lastNominal = end;
      }
      if (article.token(end).pos().equals("PRP")) {
        break;
      }
      end++;
    }
    return lastNominal < 0 ? null : new TokenSpan(first, lastNominal + 1);
  }

  private boolean continuesForward(int i, int first) {
    String pos = article.token(i).pos();
    if (pos.equals("IN")) {
      return i > first && article.token(i).lemma().equals("of") && article.isNominal(i - 1);
    }
    if (pos.equals("DT") || pos.equals("PRP$")) {
      return i == first || article.token(i - 1).lemma().equals("of");
    }
    return pos.startsWith("NN")
        || pos.startsWith("JJ")
        || gradedModifier(i)
        || coordinatedModifier(i, first)
        || pos.equals("POS")
        || pos.equals("CD")
        || pos.equals("PRP") && i == first
        || pos.equals("HYPH") && !article.isDash(i)
        || article.inHyphenatedWord(i)
        || (pos.equals("VBG") || pos.equals("VBN"))
            && i > first
            && article.token(i - 1).pos().equals("HYPH") // "conservative-leaning"
        || modifiesNextNoun(i, first);
  }

  /**
   * True at a participle between a determiner, possessive, adjective or number (or the start {@code
   * first} of a phrase) and the noun it modifies: "retired neurosurgeon Ben Carson", "another
   * leading advocate", "384 pledged delegates". A past tense counts only after such a word: taggers
   * often read "pledged" there as one.
   */
  boolean modifiesNextNoun(int i, int first) {
    String pos = article.token(i).pos();
    boolean start = i == first;
    boolean participle =
        pos.equals("VBG") || pos.equals("VBN") || pos.equals("VBD") && !start && i > 0;
    if (!participle || i + 1 >= article.tokens().size() || !start && i == 0) {
      return false;
    }
    String before = start ? "DT" : article.token(i - 1).pos();
    String after = article.token(i + 1).pos();
    return (before.equals("DT")
            || before.equals("PRP$")
            || before.startsWith("JJ")
            || before.equals("CD"))
        && (after.startsWith("NN") && !isTemporal(i + 1) || after.startsWith("JJ"));
  }

  /** True at "most" or "more" before an adjective ("the most recent data"). */
  private boolean gradedModifier(int i) {
    String pos = article.token(i).pos();
    return (pos.equals("RBS") || pos.equals("RBR"))
        && i + 1 < article.tokens().size()
        && article.token(i + 1).isPos("JJ");
  }

  /**
   * True at "and"/"or" between two modifiers of one noun ("Democratic and independent analysts"):
   * the word after it is an adjective.
   */
  private boolean coordinatedModifier(int i, int first) {
    return i > first
        && i + 1 < article.tokens().size()
        && article.token(i).isPos("CC")
        && (article.token(i - 1).isPos("JJ") || article.token(i - 1).pos().equals("NNP"))
        && article.token(i + 1).isPos("JJ");
  }

  /** The head noun: the last nominal before a first "of" or the phrase's last nominal. */
  int head(TokenSpan phrase) {
    int head = phrase.last();
    for (int i = phrase.first(); i < phrase.end(); i++) {
      if (article.token(i).pos().equals("IN") && !insideName(i, phrase)) {
        break;
      }
      if (article.isNominal(i)) {
        head = i;
      }
    }
    return head;
  }

  /**
   * True for a preposition inside a name the tagger gave one entity type ("Department of State",
   * "House of Commons"), not one between a title and a place ("Governor of Texas").
   */
  private boolean insideName(int i, TokenSpan phrase) {
    String ner = article.token(i).ner();
    return i > phrase.first()
        && i + 1 < phrase.end()
        && !ner.equals("O")
        && ner.equals(article.token(i - 1).ner())
        && ner.equals(article.token(i + 1).ner());
  }

  /**
   * The subject of the verb at {@code verb}: the noun phrase before it, across adverbs and
   * auxiliaries; null when there is none or the verb is negated.
   */
  TokenSpan subjectBefore(int verb, int lowerBound) {
    int i = skipBracketsBack(verb - 1, lowerBound);
    if (i > lowerBound && (article.isComma(i) || article.isDash(i))) {
      return beforeAppositive(i, lowerBound);
    }
    while (i >= lowerBound && (article.token(i).isPos("RB") || article.isAuxiliary(i))) {
      if (article.is(i, WordClass.NEGATION)) {
        return null;
      }
      i--;
    }
    if (i > lowerBound && i < verb - 1 && (article.isComma(i) || article.isDash(i))) {
      return beforeAppositive(i, lowerBound); // "Lee, a former aide, has also said"
    }
    if (i > lowerBound && isRelativeWho(i)) {
      return new TokenSpan(i, i + 1);
    }
    if (i > lowerBound && article.token(i).isPos("CC")) {
      return sharedSubject(i, lowerBound);
    }
    i = skipTemporalPhraseBack(i, lowerBound);
    if (i > lowerBound && isRelativeWho(i)) {
      return new TokenSpan(i, i + 1); // "X, who in 2010 said"
    }
    TokenSpan group = i > lowerBound ? groupOrFraction(i, lowerBound) : null;
    if (group != null) {
      return group; // "those surveyed say", "Nearly a third say"
    }
    int participle = i > lowerBound && isTemporal(i) ? i - 1 : i;
    if (participle > lowerBound
        && article.token(participle).pos().equals("VBN")
        && article.isNominal(participle - 1)) {
      TokenSpan modified = endingAt(participle - 1, lowerBound); // "A report issued Monday said"
      return modified != null && opensClause(modified.first() - 1, lowerBound) ? modified : null;
    }
    if (i >= lowerBound && isQuantifierSubject(i, verb, lowerBound)) {
      return new TokenSpan(i, i + 1); // "Most said they were worried"
    }
    TokenSpan restricted = i > lowerBound ? beforeRestrictiveRelative(i, lowerBound) : null;
    if (restricted != null) {
      return restricted; // "Officials who spoke on condition of anonymity said"
    }
    TokenSpan subject = i < lowerBound ? null : endingAt(i, lowerBound);
    if (subject == null || isTemporal(head(subject)) || isYear(head(subject))) {
      return null;
    }
    // "advisers to the mayor say": the modified noun, when it opens the clause
    TokenSpan modified = clauseOpeningPhrase(i, lowerBound);
    return modified != null && modified.first() < subject.first()
        ? modified
        : withConjunct(subject, lowerBound);
  }

  /**
   * The noun phrase opening the clause before a restrictive relative clause that ends at {@code i}
   * ("Officials who spoke on condition of anonymity said", "A group that monitors the war said"):
   * "who" or "that" right before a verb, with no comma or quotation mark up to {@code i}; or null.
   */
  private TokenSpan beforeRestrictiveRelative(int i, int lowerBound) {
    for (int j = i - 1; j > lowerBound && i - j <= MAX_RELATIVE_TOKENS; j--) {
      if (article.isComma(j) || article.isQuote(j) || article.isDash(j)) {
        return null;
      }
      Token relative = article.token(j);
      if (!relative.isPos("WP") && !relative.isPos("WDT")) {
        continue;
      }
      Token verb = article.token(j + 1);
      if (!verb.isPos("VB") && !verb.isPos("MD")
          || !article.isNominal(j - 1)
          || clauseStartsAt(j + 2, i + 1)) {
        return null; // "Voters who said the ferry was slow backed": the relative reports
      }
      TokenSpan head = endingAt(j - 1, lowerBound);
      return head != null && opensClause(head.first() - 1, lowerBound) ? head : null;
    }
    return null;
  }

  /**
   * "Ann Lee and Bob Stone wrote", "she and another reporter said": the subject stretched back over
   * "and" to a name or pronoun opening the clause; else {@code subject} itself.
   */
  private TokenSpan withConjunct(TokenSpan subject, int lowerBound) {
    int and = subject.first() - 1;
    if (and - 1 < lowerBound || !article.token(and).lemma().equals("and")) {
      return subject;
    }
    Token before = article.token(and - 1);
    boolean plural = before.isPos("NNS") && article.token(head(subject)).isPos("NNS");
    if (!before.isPos("NNP") && !before.pos().equals("PRP") && !plural) {
      return subject; // "teachers and union officials", not "the plan and its critics"
    }
    TokenSpan first = endingAt(and - 1, lowerBound);
    return first != null && opensClause(first.first() - 1, lowerBound)
        ? new TokenSpan(first.first(), subject.end())
        : subject;
  }

  /**
   * True for a quantifier standing alone right before the verb and opening its clause ("Most said",
   * "but several say"): it stands for people named before.
   */
  private boolean isQuantifierSubject(int i, int verb, int lowerBound) {
    return article.is(i, WordClass.QUANTIFIER_PRONOUN)
        && (i + 1 == verb || article.token(i + 1).isPos("RB") || article.isAuxiliary(i + 1))
        && opensClause(i - 1, lowerBound);
  }

  /**
   * A subject ending at {@code last} that names people without a noun: "those" and a participle
   * ("those surveyed", "60 percent of those polled"), or "a"/"one" and an ordinal ("a third"); null
   * for anything else.
   */
  private TokenSpan groupOrFraction(int last, int lowerBound) {
    Token token = article.token(last);
    String before = article.token(last - 1).text().toLowerCase(Locale.ROOT);
    boolean group = token.pos().equals("VBN") && before.equals("those");
    boolean fraction =
        token.pos().startsWith("JJ")
            && token.ner().equals("ORDINAL")
            && (before.equals("a") || before.equals("one"));
    if (!group && !fraction) {
      return null;
    }
    return ownedBy(last - 1, last, lowerBound);
  }

  /**
   * "Clinton, the former secretary, stressed her record ... and said": the subject opening the
   * sentence, shared by the first finite verb and the one after the conjunction at {@code and};
   * null when the sentence does not open with the subject of its first finite verb.
   */
  private TokenSpan sharedSubject(int and, int lowerBound) {
    TokenSpan nearest = subjectOfNearestPredicate(and, lowerBound);
    if (nearest != null) {
      return nearest;
    }
    for (int v = lowerBound + 1; v < and; v++) {
      if (article.isFiniteVerb(v) && !article.token(v - 1).isPos("CC")) {
        TokenSpan subject = subjectBefore(v, lowerBound);
        if (subject != null && subject.first() == lowerBound) {
          return subject;
        }
        break;
      }
    }
    return null;
  }

  /**
   * "- he called her \"weak\" and said", "Clinton, though she praised Garland and said", "Tom Hale,
   * 70, had served in the navy and said": the subject of the nearest tensed verb before {@code and}
   * whose subject opens a clause (after a comma, a dash or a subordinator); null when there is
   * none.
   */
  private TokenSpan subjectOfNearestPredicate(int and, int lowerBound) {
    for (int v = and - 1; v > lowerBound; v--) {
      if (!article.isFiniteVerb(v)
          || article.token(v - 1).isPos("CC")
          || article.isAuxiliary(v - 1) && article.isFiniteVerb(v - 1)) {
        continue;
      }
      TokenSpan subject = subjectBefore(v, lowerBound);
      if (subject == null || subject.last() >= v) {
        continue;
      }
      int before = subject.first() - 1;
      if (before < lowerBound
          || article.isComma(before)
          || article.isDash(before)
          || article.is(before, WordClass.SUBORDINATOR)) {
        return subject;
      }
    }
    return null;
  }

  /**
   * "Phil Lovas, the state's campaign chairman, said", "The state's campaign chairman, Phil Lovas,
   * said", "Schiff, 56, who has served ..., said", "Officials at the agency, a division of ...,
   * said": the phrase before one or two comma-enclosed appositions or relative clauses ending at
   * {@code closingComma}, or null.
   */
  private TokenSpan beforeAppositive(int closingComma, int lowerBound) {
    int close = closingComma;
    for (int group = 0; group < MAX_ASIDES; group++) {
      int opening = openingComma(close, closingComma, lowerBound);
      if (opening < 0) {
        return null;
      }
      TokenSpan subject = clauseOpeningPhrase(opening - 1, lowerBound);
      // "The campaign chairman, Phil Lovas, said": the role with the name apposed to it
      TokenSpan apposed =
          subject == null || article.token(head(subject)).isPos("NNP")
              ? null
              : namedByApposition(subject, opening, closingComma);
      TokenSpan named = apposed != null ? apposed : subject == null ? null : named(subject);
      if (named == null && subject != null && keepsSubject(subject, opening + 1, close)) {
        named = subject; // "Executives, who ..., say", "Supporters, however, argued"
      }
      if (named != null) {
        return named;
      }
      close = opening; // "Schiff, 56, who has served ..., said": an age or role before the aside
    }
    return null;
  }

  /**
   * True for an aside {@code [first, end)} that is an adverb or a prepositional phrase without a
   * verb ("however", "on the other hand", "in a statement"): it leaves the noun before it the
   * subject.
   */
  private boolean adverbial(int first, int end) {
    Token opener = article.token(first);
    if (!opener.isPos("RB") && !(opener.isPos("IN") && !opener.lemma().equals("of"))) {
      return false;
    }
    for (int i = first; i < end; i++) {
      if (Pos.isVerbOrModal(article.token(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the aside {@code [first, end)} can only be about people: it holds a relative "who"
   * ("who served ...", "a registered Republican who ..."), opens with "like" or "including" before
   * a name, or is names alone ("David and Jeanne Heidler").
   */
  private boolean describesPeople(int first, int end) {
    boolean example =
        article.is(first, WordClass.EXEMPLIFIER)
            && first + 1 < end
            && article.token(first + 1).isPos("NNP");
    boolean who = false;
    boolean names = true;
    for (int i = first; i < end; i++) {
      who |= article.is(i, WordClass.PERSONAL_RELATIVE);
      names &= article.token(i).isPos("NNP") || article.token(i).isPos("CC");
    }
    return who || example || names;
  }

  /**
   * True when a noun {@code subject} stays the subject across the aside {@code [first, end)} about
   * people or an adverbial one; a number stays one across a share ("two-thirds, 67 percent, say").
   */
  private boolean keepsSubject(TokenSpan subject, int first, int end) {
    Token head = article.token(head(subject));
    boolean share = true;
    for (int i = first; i < end; i++) {
      Token token = article.token(i);
      share &= token.isPos("CD") || token.text().equals("%") || token.lemma().equals("percent");
    }
    return head.isPos("NN")
            && (describesPeople(first, end)
                || adverbial(first, end)
                || share
                || relativeAside(first, end)
                || participleAside(first, end))
        || head.isPos("CD") && share;
  }

  /**
   * True for an aside {@code [first, end)} that is a relative clause on the noun before it ("The
   * union, which represents 400 workers, said"): "which" or "whose" and a tensed verb.
   */
  private boolean relativeAside(int first, int end) {
    String pronoun = article.token(first).lemma();
    return (pronoun.equals("which") || pronoun.equals("whose"))
        && article.hasFiniteVerb(first, end);
  }

  /**
   * True for an aside {@code [first, end)} that is a participle phrase on the noun before it ("The
   * researchers, led by Anna Berg of the institute, found"): a past participle (or a past tense the
   * tagger chose, before a preposition) and no tensed verb after it.
   */
  private boolean participleAside(int first, int end) {
    Token participle = article.token(first);
    boolean opens =
        participle.isPos("VBN")
            || participle.isPos("VBD") && first + 1 < end && article.token(first + 1).isPos("IN");
    return opens && !article.hasFiniteVerb(first + 1, end);
  }

  /**
   * The comma opening the aside that {@code close} ends, or the dash when a dash ends it ("Kall --
   * co-editor of a book on the debates -- said"), within the apposition limit, or -1.
   */
  private int openingComma(int close, int closingComma, int lowerBound) {
    boolean dash = article.isDash(close);
    int opening = close - 1;
    while (opening > lowerBound
        && !separates(opening, dash)
        && closingComma - opening < MAX_APPOSITIVE_TOKENS) {
      opening--;
    }
    return opening <= lowerBound || !separates(opening, dash) || opening + 1 >= close
        ? -1
        : opening;
  }

  private boolean separates(int i, boolean dash) {
    return dash ? article.isDash(i) : article.isComma(i);
  }

  /**
   * The noun phrase ending at {@code last} when it opens its clause, stretched over a prepositional
   * modifier ("Officials at Homeland Security Investigations", "A report published by the Post");
   * else null.
   */
  private TokenSpan clauseOpeningPhrase(int last, int lowerBound) {
    TokenSpan subject = endingAt(skipBracketsBack(last, lowerBound), lowerBound);
    if (subject == null) {
      return null;
    }
    int before = subject.first() - 1;
    // "A report published by the Post said": the participle stays in the phrase
    int participle =
        before - 1 > lowerBound && article.token(before - 1).pos().equals("VBN") ? 1 : 0;
    if (before - participle > lowerBound
        && article.token(before).pos().equals("IN")
        && !article.is(before, WordClass.SUBORDINATOR)
        && article.isNominal(before - 1 - participle)) {
      TokenSpan head = endingAt(before - 1 - participle, lowerBound);
      int opener = head == null ? lowerBound - 1 : head.first() - 1;
      boolean coordinated = opener >= lowerBound && article.token(opener).isPos("CC");
      if (head != null && !coordinated && opensClause(opener, lowerBound)) {
        return new TokenSpan(head.first(), subject.end());
      }
    }
    TokenSpan modified = participleModified(before, lowerBound);
    if (modified != null) {
      return modified;
    }
    // "Sailors guarding the cargo said": the noun a gerund-participle and its object describe
    if (before - 1 >= lowerBound
        && article.token(before).pos().equals("VBG")
        && article.isNominal(before - 1)) {
      TokenSpan described = endingAt(before - 1, lowerBound);
      if (described != null && opensClause(described.first() - 1, lowerBound)) {
        return described;
      }
    }
    int approximated = before;
    while (approximated >= lowerBound && article.is(approximated, WordClass.APPROXIMATOR)) {
      approximated--; // "Just over a quarter, 26 percent, say": the share approximated
    }
    if (approximated < before && opensClause(approximated, lowerBound)) {
      return new TokenSpan(approximated + 1, subject.end());
    }
    return opensClause(before, lowerBound) ? subject : null;
  }

  /**
   * "Workers marching through the town chanted", "A source close to him said", "Officials briefed
   * on the talks said": the noun phrase opening the clause before a participle or adjective and the
   * preposition at {@code preposition}, or null.
   */
  private TokenSpan participleModified(int preposition, int lowerBound) {
    if (preposition - 2 < lowerBound
        || !postmodifierAt(preposition - 1, preposition + 1)
        || !article.isNominal(preposition - 2)) {
      return null;
    }
    TokenSpan head = endingAt(preposition - 2, lowerBound);
    return head != null && opensClause(head.first() - 1, lowerBound) ? head : null;
  }

  /**
   * True at an adjective, adverb or participle followed by a preposition before {@code limit},
   * which after a noun describes it ("a source close to him", "people familiar with", "officials
   * briefed on", "workers marching through").
   */
  boolean postmodifierAt(int i, int limit) {
    String pos = article.token(i).pos();
    boolean modifier =
        pos.equals("JJ") || pos.equals("VBN") || pos.equals("VBG") || pos.equals("RB");
    return modifier
        && i + 1 < limit
        && (article.token(i + 1).isPos("IN") || article.token(i + 1).isPos("TO"));
  }

  private boolean opensClause(int before, int lowerBound) {
    int i = before;
    while (i >= lowerBound && article.token(i).isPos("RB")) {
      i--; // "Even China, ..., said"
    }
    return i < lowerBound
        || article.isComma(i)
        || article.isCloseQuote(i)
        || article.token(i).isPos("CC")
        || article.is(i, WordClass.SUBORDINATOR);
  }

  /** "The campaign chairman, Phil Lovas,": the phrase and its apposed name, or null. */
  private TokenSpan namedByApposition(TokenSpan subject, int opening, int closingComma) {
    int first = opening + 1;
    if (closingComma - first > MAX_NAME_TOKENS) {
      return null;
    }
    for (int i = first; i < closingComma; i++) {
      if (!article.token(i).isPos("NNP") && !article.inHyphenatedWord(i)) {
        return null; // a name may hold a hyphen: "Itamar Ben-Gvir", "Abdel Fattah al-Sisi"
      }
    }
    return new TokenSpan(subject.first(), closingComma);
  }

  /** Index before "on Tuesday" ending at {@code i} ("Sanders on Tuesday said"), else i. */
  private int skipTemporalPhraseBack(int i, int lowerBound) {
    if (i <= lowerBound || !isTemporal(i) && !isYear(i)) {
      return i > lowerBound && article.is(i, WordClass.TIME_PHRASE)
          ? beforeBareTimePhrase(i, lowerBound)
          : i;
    }
    int j = i;
    while (j > lowerBound && i - j < MAX_BRACKET_TOKENS && !article.token(j).pos().equals("IN")) {
      j--;
    }
    boolean preposition = j > lowerBound && article.token(j).pos().equals("IN");
    if (preposition && (article.isNominal(j - 1) || article.token(j - 1).pos().equals("WP"))) {
      return j - 1;
    }
    return beforeBareTimePhrase(i, lowerBound);
  }

  /** Index before "this month" ending at {@code i} ("Acme this month announced"), else i. */
  private int beforeBareTimePhrase(int i, int lowerBound) {
    int j = i;
    boolean determined = false;
    while (j > lowerBound
        && i - j < MAX_BRACKET_TOKENS
        && (inTimePhrase(j) || article.token(j).isPos("RB"))) {
      determined |= article.is(j, WordClass.TIME_PHRASE) && !article.isNominal(j);
      j--;
    }
    return determined && article.isNominal(j) && !isTemporal(j) ? j : i;
  }

  /**
   * True for "who" opening a relative clause after a comma ("Ann Lee, who said ...") or right after
   * the noun it restricts ("an architect who said ..."), and for "which" after a comma and a noun
   * ("the ministry, which said ...").
   */
  boolean isRelativeWho(int i) {
    boolean which = article.token(i).lemma().equals("which");
    if (article.token(i).pos().equals("WDT") && which) {
      return i > 1 && article.isComma(i - 1) && article.token(i - 2).pos().startsWith("NN")
          || restrictsObject(i) && speakerNoun(i - 1);
    }
    if (article.token(i).pos().equals("WDT") && article.token(i).lemma().equals("that")) {
      return restrictsObject(i) && speakerNoun(i - 1); // "a union that supports the plan"
    }
    return article.token(i).pos().equals("WP")
        && article.token(i).lemma().equals("who")
        && i > 0
        && (article.isComma(i - 1)
            || article.token(i - 1).pos().startsWith("NN")
                && (reportsPast(i + 1) || restrictsObject(i)));
  }

  /** True for a name, or a noun the source-head list knows ("council", "critic", "poll"). */
  private boolean speakerNoun(int i) {
    return article.token(i).isPos("NNP") && !isTemporal(i) // not "an ad Thursday that"
        || article.lexicon().sourceHead(article.tokens(), i, i + 1) != null;
  }

  /**
   * True for a relative word right after a noun that stands after the sentence's tensed verb ("the
   * port has critics who say ..."): its clause then runs to the end of the sentence, while one
   * inside the subject ("critics who say ... are wrong") would run into the main verb.
   */
  private boolean restrictsObject(int i) {
    if (i < 1 || !article.token(i - 1).pos().startsWith("NN")) {
      return false;
    }
    int first = article.sentenceOf(i).tokens().first();
    int end = article.sentenceOf(i).tokens().end();
    for (int j = i - 2; j >= first; j--) {
      if (article.lexicon().cueVerb(article.tokens(), j, end) != null
          || article.is(j, WordClass.COMPLEMENTIZER)
          || article.is(j, WordClass.SUBORDINATOR)) {
        return false; // "saying anybody who complains ... is": the subject of a reported clause
      }
      if (article.isFiniteVerb(j) && !article.insideQuote(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a past or perfect verb follows ("an architect who said ..."): a present one is more
   * often a restrictive clause inside a longer subject ("anybody who complains ... is").
   */
  private boolean reportsPast(int i) {
    int j = i;
    while (j < article.tokens().size() && article.token(j).isPos("RB")) {
      j++;
    }
    return j < article.tokens().size()
        && (article.token(j).pos().equals("VBD") || article.token(j).lemma().equals("have"));
  }

  /** The noun phrase a relative "who" at {@code who} refers to, or null. */
  TokenSpan antecedentOf(int who) {
    int before = article.isComma(who - 1) ? who - 2 : who - 1;
    int last = skipBracketsBack(before, 0);
    return last < 0 ? null : endingAt(last, Math.max(0, before - MAX_TOKENS));
  }

  /** Index after a bracketed aside starting at {@code i} ("Rep. Ann Lee (D-Ohio):"), else i. */
  int skipBracketsForward(int i, int limit) {
    if (i >= limit || !article.token(i).pos().equals("-LRB-")) {
      return i;
    }
    for (int j = i + 1; j < limit && j - i <= MAX_BRACKET_TOKENS; j++) {
      if (article.token(j).pos().equals("-RRB-")) {
        return j + 1;
      }
    }
    return i;
  }

  /** Index before a bracketed aside ending at {@code i} ("Rep. Ann Lee (D-Ohio)"), else i. */
  int skipBracketsBack(int i, int lowerBound) {
    if (i <= lowerBound || !article.token(i).pos().equals("-RRB-")) {
      return i;
    }
    for (int j = i - 1; j > lowerBound && i - j <= MAX_BRACKET_TOKENS; j--) {
      if (article.token(j).pos().equals("-LRB-")) {
        return j - 1;
      }
    }
    return i;
  }

  private TokenSpan named(TokenSpan subject) {
    int head = head(subject);
    boolean name = article.token(head).isPos("NNP") || article.token(head).pos().equals("PRP");
    return name || article.lexicon().sourceHead(article.tokens(), head, head + 1) != null
        ? subject
        : null;
  }

  /** True for a number that reads as a year ("in 2010"), which cannot be a speaker. */
  private boolean isYear(int i) {
    return article.token(i).pos().equals("CD") && YEAR.matcher(article.token(i).text()).matches();
  }

  /** True for a date or time word ("Monday", "week") that cannot be a speaker. */
  boolean isTemporal(int i) {
    String ner = article.token(i).ner();
    return article.is(i, WordClass.TEMPORAL)
        || ner.equals("DATE")
        || ner.equals("TIME")
        || ner.equals("DURATION")
        || ner.equals("SET");
  }

  /** True for a word of a time phrase: a time word or "last", "this", "earlier" ... */
  boolean inTimePhrase(int i) {
    return isTemporal(i) || article.is(i, WordClass.TIME_PHRASE);
  }

  /** True when a clause begins at {@code i}: a noun phrase followed by a finite verb. */
  boolean clauseStartsAt(int i, int limit) {
    if (i >= limit) {
      return false;
    }
    if (article.token(i).pos().equals("EX")) {
      return i + 1 < limit && article.isFiniteVerb(i + 1);
    }
    if (standsAlone(i) && i + 1 < limit && article.isFiniteVerb(i + 1)) {
      return true; // "this was", "most were"
    }
    int number = approximatorEnd(i, limit);
    boolean numbered = number > i && number < limit && article.token(number).isPos("CD");
    boolean approximate =
        (article.token(i).isPos("IN") || article.token(i).isPos("RB"))
            && i + 1 < limit
            && article.is(i, WordClass.APPROXIMATOR);
    // "about 20 people have", "at least 30 people were", "about half of the deficit came"
    TokenSpan subject = startingAt(numbered ? number : approximate ? i + 1 : i, limit);
    if (subject == null) {
      return false;
    }
    int j = afterAside(postmodified(subject.end(), limit), limit);
    while (j < limit && (article.token(j).isPos("RB") || article.isOpenQuote(j))) {
      j++; // "the law \"imposes a burden\"": a quotation may open at the predicate
    }
    return j < limit && article.isFiniteVerb(j);
  }

  /**
   * The end of the words of an approximate number that open a noun phrase before its numeral
   * ("about", "at least", "more than", "as many as"): up to three prepositions, adverbs or
   * comparatives; {@code i} when none.
   */
  private int approximatorEnd(int i, int limit) {
    int k = i;
    while (k < limit && k - i < 3) {
      Token t = article.token(k);
      boolean word =
          t.isPos("IN")
              || t.isPos("RB")
              || t.isPos("RBR")
              || t.isPos("JJR")
              || t.isPos("JJS")
              || t.isPos("TO")
              || t.isPos("JJ") && t.lemma().equalsIgnoreCase("many");
      if (!word
          || article.is(k, WordClass.COMPLEMENTIZER)
          || article.is(k, WordClass.SUBORDINATOR)) {
        break; // "said that about 1,200 people were": "that" introduces the clause
      }
      k++;
    }
    return k;
  }

  /**
   * True at a demonstrative or quantifier that may be a subject on its own ("this was", "most
   * were"); not "that", which after a cue introduces the clause instead.
   */
  private boolean standsAlone(int i) {
    return article.token(i).isPos("DT")
            && article.is(i, WordClass.REFERRING)
            && !article.is(i, WordClass.COMPLEMENTIZER)
        || article.is(i, WordClass.QUANTIFIER_PRONOUN);
  }

  /**
   * True at a word that after "and" more likely opens a clause than a conjunct: a number, "that".
   */
  private boolean opensClause(int i) {
    return article.token(i).isPos("CD") || article.is(i, WordClass.REFERRING);
  }

  /**
   * The index after an aside set off by commas that starts at the comma {@code comma} after a
   * subject: a relative clause, a participle phrase or an apposition ("the savings, estimated at
   * 1.2 billion euros, were", "the plant, which employs 9,000 people, was"; a participle the tagger
   * read as a past tense when a preposition follows it); {@code comma} itself when there is none.
   * An aside holds no quotation mark and, unless it is a relative clause, no tensed verb.
   */
  private int afterAside(int comma, int limit) {
    if (comma + 2 >= limit || !article.isComma(comma)) {
      return comma;
    }
    Token opening = article.token(comma + 1);
    boolean relative = opening.isPos("WDT") || opening.isPos("WP") || opening.isPos("WP$");
    boolean aside =
        relative
            || opening.isPos("VBN")
            || opening.isPos("VBD") && comma + 2 < limit && article.token(comma + 2).isPos("IN")
            || opening.isPos("DT")
            || opening.isPos("CD")
            || opening.isPos("RB") && !article.is(comma + 1, WordClass.CONTINUATION);
    if (!aside) {
      return comma;
    }
    for (int i = comma + 2; i < limit && i - comma <= MAX_APPOSITIVE_TOKENS; i++) {
      if (article.isComma(i)) {
        return i + 1;
      }
      if (article.isQuote(i) || !relative && article.isFiniteVerb(i)) {
        return comma;
      }
    }
    return comma;
  }

  /**
   * The end of up to two prepositional phrases or coordinated noun phrases after a noun phrase
   * ending at {@code i} ("the outreach [to black voters] [in the South]", "bigotry [and
   * xenophobia]"), or {@code i} itself when none follows.
   */
  private int postmodified(int i, int limit) {
    int j = i;
    for (int k = 0; k < MAX_POSTMODIFIERS && j + 1 < limit; k++) {
      Token token = article.token(j);
      boolean preposition = token.isPos("IN") || token.isPos("TO") || token.isPos("CC");
      if (!preposition
          || article.is(j, WordClass.COMPLEMENTIZER)
          || article.is(j, WordClass.SUBORDINATOR)
          || article.is(j, WordClass.WH_COMPLEMENT)) {
        break;
      }
      if (token.isPos("CC") && opensClause(j + 1)) {
        break; // "5 percent prefer Johnson and 1 percent support Stein": a second clause
      }
      if (token.isPos("TO") && article.token(j + 1).pos().equals("VB")) {
        TokenSpan verbObject = j + 2 < limit ? startingAt(j + 2, limit) : null;
        j = verbObject == null ? j + 2 : verbObject.end(); // "the decision to forgo X"
        continue;
      }
      TokenSpan object = startingAt(j + 1, limit);
      if (object == null) {
        break;
      }
      j = object.end();
    }
    return j;
  }
}
