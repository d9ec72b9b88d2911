package org.newsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.text.Sentence;

/**
 * Attribution after the words: "CONTENT, X said.", "\"CONTENT,\" said X, adding ...". The content
 * is the sentence before the comma, or the quotation ending there (which may open sentences earlier
 * in the paragraph).
 */
final class SaidAfterRule implements Rule {

  static final String NAME = "attribution:said-after";

  @Override
  public List<Candidate> find(Article article, Sentence sentence, Claims claims) {
    List<Candidate> found = new ArrayList<>();
    NounPhrases phrases = article.phrases();
    Contents contents = article.contents();
    int first = sentence.tokens().first();
    int end = sentence.tokens().end();
    // "\"Why now?\" said X.": the splitter may open a sentence with an inverted cue
    int from = first > 0 && article.isCloseQuote(first - 1) ? first : first + 1;
    for (int verb = from; verb < end; verb++) {
      LemmaPhrases.Match<CueVerb> cue = article.lexicon().cueVerb(article.tokens(), verb, end);
      if (cue == null
          || !article.token(verb).isPos("VB")
          || !SaidThatRule.speakerCue(article, verb)) {
        continue;
      }
      TokenSpan cueSpan = new TokenSpan(cue.first(), cue.end());
      // a verb naming its addressee ("told CNN") is rarely inverted: its subject comes first
      boolean addressee = cue.value().addressee();
      if (verb == first) {
        Candidate opening = inverted(article, phrases, contents, sentence, cueSpan);
        if (opening != null) {
          found.add(opening);
        }
        continue;
      }
      Candidate finding =
          addressee
              ? subjectFirst(article, phrases, contents, sentence, cueSpan)
              : inverted(article, phrases, contents, sentence, cueSpan);
      if (finding == null) {
        finding =
            addressee
                ? inverted(article, phrases, contents, sentence, cueSpan)
                : subjectFirst(article, phrases, contents, sentence, cueSpan);
      }
      if (finding != null) {
        found.add(finding);
      }
    }
    return found;
  }

  private static Candidate inverted(
      Article article, NounPhrases phrases, Contents contents, Sentence sentence, TokenSpan cue) {
    int end = sentence.tokens().end();
    TokenSpan source = phrases.startingAt(cue.end(), end);
    int separator = separatorBefore(article, cue.first(), sentence.tokens().first());
    String pos = article.token(cue.first()).pos();
    boolean tensed = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    boolean opening = cue.first() == sentence.tokens().first();
    if (!tensed
        || source == null
        || !speakerLike(article, phrases, source)
        || separator < 0 && !opening
        || !closes(article, source.end(), end, false)) {
      return null;
    }
    TokenSpan content =
        opening
            ? quoteBefore(article, contents, sentence)
            : content(article, contents, sentence, separator, source.end());
    return content == null || !statementLike(article, content)
        ? null
        : Candidate.named(null, cue, continued(article, contents, sentence, content), source);
  }

  private static Candidate subjectFirst(
      Article article, NounPhrases phrases, Contents contents, Sentence sentence, TokenSpan cue) {
    int first = sentence.tokens().first();
    TokenSpan source = phrases.subjectBefore(cue.first(), first);
    if (source == null
        || article.token(source.first()).pos().startsWith("W") // "Lee, who charges": no report
        || !SaidThatRule.finiteOrAuxiliated(article, cue.first(), first)
        || !SaidThatRule.quotedBefore(article, source.first(), first)
            && !closes(article, cue.end(), sentence.tokens().end(), true)) {
      return null; // after "\"A,\" X said" anything may follow: the quotation is what was said
    }
    int separator = separatorBefore(article, source.first(), first);
    TokenSpan content =
        separator >= 0
            ? content(article, contents, sentence, separator, cue.end())
            : source.first() == first ? quoteBefore(article, contents, sentence) : null;
    return content == null || !statementLike(article, content)
        ? null
        : Candidate.named(null, cue, continued(article, contents, sentence, content), source);
  }

  /** The content stretched over a quotation that continues it in the next sentence. */
  private static TokenSpan continued(
      Article article, Contents contents, Sentence sentence, TokenSpan content) {
    int end =
        content.end() >= sentence.tokens().end() - 1
            ? -1
            : article.quotations().continuedQuoteEnd(sentence);
    if (end < 0) {
      return content;
    }
    int stop = article.isCloseQuote(end - 1) ? end - 1 : end;
    int open = sentence.tokens().end();
    open = article.isOpenQuote(open - 1) ? open - 1 : open;
    Quotations quotations = article.quotations();
    int before = quotations.words(content.first(), content.end());
    int after = quotations.words(open, stop);
    if (!Quotations.joinPays(before, after, quotations.words(content.end(), open))) {
      // "\"A,\" said X, a long description. \"B.\"": the longer quoted part, not the description
      TokenSpan second = contents.trim(open, end);
      return second != null && after > before ? second : content;
    }
    TokenSpan stretched = contents.trim(content.first(), stop);
    return stretched == null ? content : stretched;
  }

  /** The quotation closing just before the sentence ("...?" Clinton said.), or null. */
  private static TokenSpan quoteBefore(Article article, Contents contents, Sentence sentence) {
    int first = sentence.tokens().first();
    int paragraphFirst = article.paragraphFirstToken(sentence);
    if (first == paragraphFirst || !article.isCloseQuote(first - 1)) {
      return null;
    }
    int open = article.quotations().openingQuote(first - 1, paragraphFirst);
    return open < 0 ? null : contents.trim(open, first);
  }

  /** True for a determined phrase, a name, a pronoun or a source noun: not "bankruptcy". */
  private static boolean speakerLike(Article article, NounPhrases phrases, TokenSpan source) {
    int head = phrases.head(source);
    if (phrases.isTemporal(head)) {
      return false; // "X, R-Ky., said Tuesday.": the day is when, not who
    }
    return article.token(source.first()).isPos("DT")
        || article.token(source.first()).isPos("CD") // "said one person with knowledge of ..."
        || article.token(source.first()).isPos("PRP")
        || possessiveName(article, source) // "said Rubio's deputy campaign manager"
        || article.token(head).isPos("NNP")
        || article.token(head).hasNer()
        || article.lexicon().sourceHead(article.tokens(), head, head + 1) != null;
  }

  /** True for a phrase opening with a name and its possessive ("Rubio's campaign manager"). */
  private static boolean possessiveName(Article article, TokenSpan source) {
    for (int i = source.first() + 1; i < source.end(); i++) {
      if (article.token(i).pos().equals("POS")) {
        return article.token(i - 1).isPos("NNP");
      }
      if (!article.token(i).isPos("NNP")) {
        return false;
      }
    }
    return false;
  }

  /** Index of the comma (or closing quote) just before {@code at}, or -1. */
  private static int separatorBefore(Article article, int at, int first) {
    int i = at - 1;
    while (i > first && article.isCloseQuote(i)) {
      i--;
    }
    return i > first && article.isComma(i) ? i : -1;
  }

  /**
   * True when the clause ends: punctuation, a quote, or a prepositional phrase to the end; right
   * after the cue ({@code afterCue}) also an adverbial clause or a prepositional phrase of any
   * shape ("said after the meeting broke up"), which after an inverted source could be its modifier
   * instead ("recommended the troops in Iraq withdraw").
   */
  private static boolean closes(Article article, int from, int end, boolean afterCue) {
    int rest = from;
    while (afterCue && rest < end && article.phrases().inTimePhrase(rest)) {
      rest++; // "said last month.", "said Thursday morning on CNN"
    }
    if (rest >= end || article.isPunctuation(rest) || article.isQuote(rest)) {
      return true;
    }
    if (afterCue && beforeSecondQuote(article, from, end)) {
      return true; // "\"A,\" X told Radio Valmora on Monday, \"B.\"": quotes frame the clause
    }
    if (afterCue
        && adjunctOpens(article, from)
        && (article.is(from, WordClass.SUBORDINATOR) || !article.hasFiniteVerb(from, end))) {
      return true; // "said after the meeting broke up", "said on CNN's \"State of the Union.\""
    }
    for (int i = from; i < end; i++) {
      if (article.isPunctuation(i)
          || (i > from || !afterCue) && article.is(i, WordClass.SUBORDINATOR)) {
        return true; // "said Friday as he entered the talks", "said Ann Lee when asked about it"
      }
      if (!afterCue && article.token(i).pos().startsWith("WP")) {
        return true; // "said one source who spoke on condition of anonymity": about the source
      }
      if (!afterCue && i == from && article.phrases().postmodifierAt(i, end)) {
        continue; // "said a person close to the Clintons", "said one official briefed on it"
      }
      if (i > from && article.isOpenQuote(i) && article.token(i - 1).text().endsWith(".")) {
        return true; // "said of RT. \"B\"": a period stuck to a word ends the clause
      }
      String pos = article.token(i).pos();
      boolean phrasal =
          article.isPhraseWord(i) || pos.equals("PRP") && i == from || pos.startsWith("RB");
      boolean opens =
          pos.equals("IN")
              || pos.startsWith("NN")
              || pos.equals("DT")
              || pos.startsWith("RB") // "explained earlier in the hearing"
              || pos.equals("PRP") // "\"...,\" he told me."
              || pos.equals("PRP$"); // "..., Obama told his advisers as he ..."
      if (!phrasal || i == from && !opens) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the words from {@code from} run without a tensed verb to a comma that opens a
   * quotation: the rest of a reporting clause standing between two parts of a quote.
   */
  private static boolean beforeSecondQuote(Article article, int from, int end) {
    for (int i = from; i < end && !article.isQuote(i); i++) {
      if (article.isFiniteVerb(i)) {
        return false;
      }
      if (article.isPunctuation(i)) {
        return article.isComma(i) && i + 1 < end && article.isOpenQuote(i + 1);
      }
    }
    return false;
  }

  /**
   * True for content that can be a statement: a quotation, or a clause with a tensed verb that does
   * not open with a subordinator or a participle ("Speaking to students, Biden responded"), unless
   * a main clause follows the subordinate one ("If states fail, the courts can step in, X said").
   */
  private static boolean statementLike(Article article, TokenSpan content) {
    int first = content.first();
    int last = content.last();
    if (article.isFiniteVerb(last)
        && article.lexicon().cueVerb(article.tokens(), last, last + 1) != null) {
      return false; // "In the end, he said, union voters will decide": a reporting clause
    }
    boolean quoted = first > 0 && article.isOpenQuote(first - 1);
    boolean finite = false;
    for (int i = first; i < content.end() && !quoted; i++) {
      quoted = article.isQuote(i);
      finite |= article.isFiniteVerb(i);
    }
    // "Finding what is under the surface is not simple, he said": a gerund subject, no comma
    boolean adjunct =
        article.is(first, WordClass.SUBORDINATOR)
            || article.token(first).pos().equals("VBG")
                && article.beforeComma(first, content.end()) < content.end();
    return quoted || finite && (!adjunct || mainClauseAfterComma(article, content));
  }

  private static boolean mainClauseAfterComma(Article article, TokenSpan content) {
    for (int i = content.first() + 2; i + 2 < content.end(); i++) {
      if (article.isComma(i) && article.phrases().clauseStartsAt(i + 1, content.end())) {
        return true;
      }
    }
    return false;
  }

  /** True at a preposition or subordinator opening an adjunct, not a reported clause. */
  private static boolean adjunctOpens(Article article, int i) {
    return article.token(i).pos().equals("IN")
        && !article.is(i, WordClass.COMPLEMENTIZER)
        && !article.is(i, WordClass.WH_COMPLEMENT);
  }

  private static TokenSpan content(
      Article article, Contents contents, Sentence sentence, int separator, int afterCue) {
    int first = sentence.tokens().first();
    int close =
        article.isCloseQuote(separator + 1)
            ? separator + 1
            : article.isCloseQuote(separator - 1) ? separator - 1 : -1;
    while (close > separator && close + 1 < afterCue && article.isCloseQuote(close + 1)) {
      close++; // "... ridiculous,' \" the president added": the outer quotation closes last
    }
    int start = first;
    if (close >= 0) {
      int open = article.quotations().openingQuote(close, article.paragraphFirstToken(sentence));
      start = open >= 0 && (open < first || reportedBefore(article, first, open)) ? open : first;
    }
    int end = separator;
    int reopen = reopening(article, afterCue, sentence.tokens().end());
    if (reopen > 0 && reopen < sentence.tokens().end() && article.isOpenQuote(reopen)) {
      int closing = article.quotations().closingQuote(reopen, article.paragraphEndToken(sentence));
      if (closing > 0) {
        return contents.trim(start, closing + 1);
      }
    }
    if (reopen > 0
        && close < 0
        && article.is(start, WordClass.SUBORDINATOR)
        && article.phrases().clauseStartsAt(reopen, sentence.tokens().end())) {
      // "If the budget passes, she said, the bridge will reopen": the cue interrupts a sentence
      // that opens with its subordinate clause
      return contents.trim(start, contents.end(reopen, sentence));
    }
    if (reopen > 0
        && !article.hasFiniteVerb(start, end)
        && article.phrases().clauseStartsAt(reopen, sentence.tokens().end())) {
      // "In the end, he said, union voters ...": a fronted adjunct, then the reported clause
      return contents.trim(reopen, contents.end(reopen, sentence));
    }
    if (reopen > 0
        && !article.hasFiniteVerb(start, end)
        && predicateAt(article, reopen, sentence.tokens().end())) {
      // "Acts of protest, he said, are acts of patriotism": the cue interrupts one clause
      return contents.trim(start, contents.end(reopen, sentence));
    }
    if (reopen > 0 && close < 0 && continuesReport(article, reopen, sentence.tokens().end())) {
      // "Lenox was a juggernaut, he said, until it went bankrupt": the reported sentence goes on
      return contents.trim(start, contents.end(reopen, sentence));
    }
    return contents.trim(start, end);
  }

  /**
   * True when a tensed cue verb stands in the words from {@code i}: "..., he said, because she said
   * ..." goes on with a report of its own.
   */
  private static boolean reportsAgain(Article article, int i, int end) {
    for (int j = i; j < end; j++) {
      if (article.isFiniteVerb(j)
          && !article.insideQuote(j)
          && article.lexicon().cueVerb(article.tokens(), j, end) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the words at {@code i}, after a reporting clause set off by commas, go on with the
   * reported sentence: a subordinator before a clause ("..., he said, because the fuel ran out"),
   * or "and", "but", "so" before a clause of its own ("..., he said, and the rest went unpaid"),
   * not before a second verb of the speaker ("..., he said, and left").
   */
  private static boolean continuesReport(Article article, int i, int end) {
    if (!article.is(i, WordClass.CONTINUATION) || i + 1 >= end || reportsAgain(article, i, end)) {
      return false;
    }
    boolean joins = article.token(i).isPos("CC") || article.token(i).isPos("RB");
    return joins ? article.phrases().clauseStartsAt(i + 1, end) : article.hasFiniteVerb(i + 1, end);
  }

  /**
   * True when a tensed cue verb stands before the quotation opening at {@code open}: "X said she
   * felt ... because \"A,\" she said" credits the words before the quotation to their own cue.
   */
  private static boolean reportedBefore(Article article, int first, int open) {
    if (article.insideQuote(open)) {
      return false; // a quotation within a quotation
    }
    for (int i = first; i < open; i++) {
      if (article.isFiniteVerb(i) && article.lexicon().cueVerb(article.tokens(), i, open) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token after the comma that ends the reporting clause at {@code afterCue}: right there, or
   * after a time or place phrase or a participle aside when a quotation opens next ("X said on
   * Monday, \"B\"", "X said, referring to the vote, \"B\""), or after the first comma of such a
   * phrase when no quotation opens before a tensed verb; or -1.
   */
  private static int reopening(Article article, int afterCue, int end) {
    if (afterCue < end && article.isComma(afterCue)) {
      boolean aside =
          afterCue + 1 < end
              && article.token(afterCue + 1).pos().equals("VBG")
              && article.lexicon().cueVerb(article.tokens(), afterCue + 1, end) == null;
      int after = aside ? reopening(article, afterCue + 2, end) : -1;
      return after > 0 && article.isOpenQuote(after) ? after : afterCue + 1;
    }
    int firstComma = -1;
    for (int i = afterCue; i < end && !article.isFiniteVerb(i); i++) {
      if (article.isQuote(i)) {
        // "said of RT. \"B\"": the period stuck to a word, the splitter saw no sentence end
        boolean stop = i > afterCue && article.token(i - 1).text().endsWith(".");
        return stop && article.isOpenQuote(i) ? i : -1;
      }
      boolean comma = article.isComma(i);
      if (comma && i + 1 < end && article.isOpenQuote(i + 1)) {
        return i + 1;
      }
      if (article.isPunctuation(i) && !comma) {
        return -1; // commas inside the clause go on: "said in Kenansville, N.C., \"B\""
      }
      firstComma = comma && firstComma < 0 ? i : firstComma;
    }
    // "X, she explained at the hearing, were ...": the clause goes on after the adjunct
    return firstComma < 0 ? -1 : firstComma + 1;
  }

  /**
   * True when the words at {@code i} reach a verb before any punctuation: the rest of a clause the
   * cue interrupts ("..., he said, local officials should be vigilant"), not an aside about the
   * speaker ("said Tim Hess, a developer in Virginia, who ...") or a relative clause about what the
   * cue mentions ("said of the race, in which she ...").
   */
  private static boolean predicateAt(Article article, int i, int end) {
    String opening = article.token(i).pos();
    if (opening.equals("IN") || opening.startsWith("W")) {
      return false;
    }
    for (int j = i; j < end && !article.isPunctuation(j) && !article.isQuote(j); j++) {
      if (article.isFiniteVerb(j) || j == i && article.token(j).isPos("VB")) {
        return true;
      }
    }
    return false;
  }
}
