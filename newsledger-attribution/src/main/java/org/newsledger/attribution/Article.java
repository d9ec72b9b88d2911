package org.newsledger.attribution;

import java.util.List;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.text.Paragraph;
import org.newsledger.core.text.Sentence;
import org.newsledger.core.text.Token;
import org.newsledger.core.text.Zone;

/** A read-only view of one document for the rules: tokens, sentences, paragraphs, grammar tests. */
final class Article {

  private final Document doc;
  private final Lexicon lexicon;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Paragraph> paragraphs;

  Article(Document doc, Lexicon lexicon) {
    this.doc = doc;
    this.lexicon = lexicon;
    this.tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    this.paragraphs = doc.get(Layers.PARAGRAPHS);
  }

  Document doc() {
    return doc;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  Token token(int index) {
    return tokens.get(index);
  }

  Sentence sentenceOf(int tokenIndex) {
    return sentences.get(tokens.get(tokenIndex).sentenceIndex());
  }

  Paragraph paragraphOf(Sentence sentence) {
    return paragraphs.get(sentence.paragraphIndex());
  }

  /** True when the sentence stands in a headline or subheading. */
  boolean inHeadline(Sentence sentence) {
    Zone zone = paragraphOf(sentence).zone();
    return zone == Zone.HEADLINE || zone == Zone.SUBHEADING;
  }

  /** Index of the first token of the sentence's paragraph. */
  int paragraphFirstToken(Sentence sentence) {
    int first = sentence.tokens().first();
    while (first > 0 && sentenceOf(first - 1).paragraphIndex() == sentence.paragraphIndex()) {
      first--;
    }
    return first;
  }

  /** Index after the last token of the sentence's paragraph. */
  int paragraphEndToken(Sentence sentence) {
    int end = sentence.tokens().end();
    while (end < tokens.size() && sentenceOf(end).paragraphIndex() == sentence.paragraphIndex()) {
      end++;
    }
    return end;
  }

  /** Char span from the start of token {@code first} to the end of token {@code last}. */
  CharSpan span(int first, int last) {
    return new CharSpan(tokens.get(first).begin(), tokens.get(last).end());
  }

  /** True for a dash standing apart between spaces (" - ", " – "), not a hyphen inside a word. */
  boolean isDash(int i) {
    Token t = tokens.get(i);
    String word = t.text();
    boolean dashText =
        word.equals("-") || word.equals("--") || word.equals("\u2013") || word.equals("\u2014");
    String text = doc.text();
    boolean spacedBefore = t.begin() == 0 || Character.isWhitespace(text.charAt(t.begin() - 1));
    boolean spacedAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()));
    return dashText && spacedBefore && spacedAfter;
  }

  /** True for an opening quotation mark, judged by the spaces around it (taggers lose track). */
  boolean isOpenQuote(int i) {
    return quoteDirection(i) > 0;
  }

  /** True for a closing quotation mark. */
  boolean isCloseQuote(int i) {
    return quoteDirection(i) < 0;
  }

  /** 1 for an opening quote, -1 for a closing one, 0 for any other token. */
  private int quoteDirection(int i) {
    Token t = tokens.get(i);
    boolean tagged = t.pos().equals("``") || t.pos().equals("''");
    if (!tagged) {
      return 0;
    }
    String text = doc.text();
    boolean spaceBefore = t.begin() == 0 || Character.isWhitespace(text.charAt(t.begin() - 1));
    boolean spaceAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()));
    if (spaceBefore != spaceAfter) {
      return spaceBefore ? 1 : -1;
    }
    return t.pos().equals("``") ? 1 : -1;
  }

  /** True when token {@code i} stands between an opening and a closing quote of its paragraph. */
  boolean insideQuote(int i) {
    int first = paragraphFirstToken(sentenceOf(i));
    for (int j = i - 1; j >= first; j--) {
      if (isOpenQuote(j)) {
        return true;
      }
      if (isCloseQuote(j)) {
        return false;
      }
    }
    return false;
  }

  boolean isQuote(int i) {
    return isOpenQuote(i) || isCloseQuote(i);
  }

  /** True for sentence-final or clause punctuation that content spans never start or end with. */
  boolean isPunctuation(int i) {
    String pos = tokens.get(i).pos();
    return pos.equals(",")
        || pos.equals(".")
        || pos.equals(":")
        || pos.equals("-LRB-")
        || pos.equals("-RRB-")
        || isDash(i);
  }

  boolean isComma(int i) {
    return tokens.get(i).pos().equals(",");
  }

  /** True for a noun, pronoun or number that can head a noun phrase. */
  boolean isNominal(int i) {
    Token t = tokens.get(i);
    return t.isPos("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
  }

  /** True for an auxiliary or modal verb (be, have, do, will). */
  boolean isAuxiliary(int i) {
    Token t = tokens.get(i);
    if (t.pos().equals("MD")) {
      return true;
    }
    String lemma = t.lemma();
    return t.isPos("VB") && (lemma.equals("be") || lemma.equals("have") || lemma.equals("do"));
  }

  /** True for a verb with tense: past, present or a modal. */
  boolean isFiniteVerb(int i) {
    String pos = tokens.get(i).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** True when the token is a function word of the class (see function-words.tsv). */
  boolean is(int i, String wordClass) {
    return lexicon.is(tokens.get(i), wordClass);
  }
}
