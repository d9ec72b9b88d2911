package org.newsledger.entities;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsledger.core.text.Token;

/** Shallow clause questions about a mention: is it a subject, a speaker, what title precedes it. */
final class Clauses {

  private static final Set<String> AUXILIARIES = Set.of("do", "have", "be");

  /** Most tokens in an aside between commas after a name. */
  private static final int MAX_ASIDE = 16;

  private final Lexicon lexicon;
  private final List<Token> tokens;
  private final String text;

  Clauses(Lexicon lexicon, List<Token> tokens, String text) {
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
    this.tokens = requireNonNull(tokens, "tokens is null");
    this.text = requireNonNull(text, "text is null");
  }

  /**
   * True when a finite verb follows the mention ending before token {@code end}, also across a
   * name's "of"/"from" phrase ("Prince Karim Oduya of Vestland accepted").
   */
  boolean isSubject(int first, int end) {
    int after = afterApposition(first, afterProperPhrase(end, first));
    Token verb = at(Tokens.skipAdverbs(tokens, after), first);
    return (verb != null && Tokens.isFiniteVerb(verb)) || isInvertedSpeaker(first);
  }

  /**
   * The index after the comma that closes a name set off by commas ("the spokesperson, Ana Ruiz,
   * said": the name stands for the subject), or {@code end} when the name is not between commas.
   */
  private int afterApposition(int first, int end) {
    Token before = at(first - 1, first);
    Token comma = at(end, first);
    if (comma == null || !comma.text().equals(",")) {
      return end;
    }
    if (before != null
        && before.text().equals(",")
        && first >= 2
        && tokens.get(first - 2).isPos("NN")) {
      return end + 1;
    }
    return afterAside(end, first);
  }

  /**
   * The index after the comma that closes an aside opening at the comma {@code comma} after a name:
   * a noun phrase in apposition ("Olga Renn, a close ally of Voss, told") or a relative clause
   * ("Voss, who met Palk on Sunday, played down"); {@code comma} when none closes within the
   * sentence or the aside is a list ("Renn, Voss and Palk").
   */
  private int afterAside(int comma, int sentenceOf) {
    Token opening = at(comma + 1, sentenceOf);
    if (opening == null) {
      return comma;
    }
    boolean relative = opening.isPos("WP") || opening.isPos("WP$");
    boolean apposition =
        opening.isPos("DT") || opening.isPos("PRP$") || opening.isPos("CD") || opening.isPos("JJ");
    if (!relative && !apposition) {
      return comma;
    }
    for (int i = comma + 2; i - comma <= MAX_ASIDE && at(i, sentenceOf) != null; i++) {
      Token token = tokens.get(i);
      if (token.text().equals(",")) {
        return i + 1;
      }
      if (!relative && (Tokens.isFiniteVerb(token) || token.isPos("CC"))) {
        return comma; // "Renn, a banker, and ..." or a clause, not an apposition
      }
    }
    return comma;
  }

  /**
   * The index after an "of"/"from" phrase of proper nouns starting at {@code i} ("of Saudi Arabia",
   * "from the Red Cross"), or {@code i} when there is none.
   */
  private int afterProperPhrase(int i, int sentenceOf) {
    Token preposition = at(i, sentenceOf);
    if (preposition == null
        || !preposition.isPos("IN")
        || !(preposition.lemma().equalsIgnoreCase("of")
            || preposition.lemma().equalsIgnoreCase("from"))) {
      return i;
    }
    int j = i + 1;
    Token determiner = at(j, sentenceOf);
    if (determiner != null && determiner.isPos("DT")) {
      j++;
    }
    int names = 0;
    while (names < 6 && at(j, sentenceOf) != null && at(j, sentenceOf).isPos("NNP")) {
      j++;
      names++;
    }
    return names == 0 ? i : j;
  }

  /**
   * True when the mention is the subject of a speech verb: "Kirby said", "said spokesman Kirby".
   */
  boolean isSpeaker(int first, int end) {
    int i = afterApposition(first, end);
    while (i < tokens.size()
        && sameSentence(i, first)
        && (tokens.get(i).isPos("RB") || tokens.get(i).isPos("MD") || isAuxiliaryBeforeVerb(i))) {
      i++;
    }
    Token verb = at(i, first);
    return (verb != null && verb.isPos("VB") && isSpeechVerb(verb)) || isInvertedSpeaker(first);
  }

  private boolean isAuxiliaryBeforeVerb(int i) {
    Token next = at(i + 1, i);
    return tokens.get(i).isPos("VB")
        && AUXILIARIES.contains(tokens.get(i).lemma())
        && next != null
        && (next.isPos("RB") || next.isPos("VB"));
  }

  private boolean isInvertedSpeaker(int first) {
    int i = roleStart(first) - 1;
    Token verb = at(i, first);
    return verb != null && verb.isPos("VB") && isSpeechVerb(verb);
  }

  private boolean isSpeechVerb(Token verb) {
    return lexicon.speechVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** The title words right before a name ("National Security Council spokesman"), or "". */
  String roleBefore(int first) {
    int start = roleStart(first);
    if (start == first || !isTitleToken(tokens.get(first - 1))) {
      return "";
    }
    return tokens.get(start).span().union(tokens.get(first - 1).span()).textOf(text);
  }

  /** First token of the run of title, demonym and organization-name words before {@code first}. */
  int roleStart(int first) {
    int start = first;
    while (start > 0 && sameSentence(start - 1, first) && isRoleToken(tokens.get(start - 1))) {
      start--;
    }
    return start;
  }

  private boolean isRoleToken(Token token) {
    if (token.isPos("IN") || token.isPos("DT") || token.isPos("TO") || token.isPos("CC")) {
      return false;
    }
    return isTitleToken(token)
        || Tokens.isProperWord(token) && !token.ner().equals("PERSON")
        || token.ner().equals("NATIONALITY")
        || isDemonym(token);
  }

  private boolean isDemonym(Token token) {
    return lexicon.countries.demonymAt(tokens, token.index()) != null;
  }

  private boolean isTitleToken(Token token) {
    return token.ner().equals("TITLE") || lexicon.isTitleWord(Tokens.lower(token));
  }

  private Token at(int index, int sentenceOf) {
    return index >= 0 && index < tokens.size() && sameSentence(index, sentenceOf)
        ? tokens.get(index)
        : null;
  }

  private boolean sameSentence(int index, int other) {
    return tokens.get(index).sentenceIndex() == tokens.get(other).sentenceIndex();
  }
}
